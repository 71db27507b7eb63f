import * as citationsModule from './citations.js';
import * as credits from './credits.js';
import { glossary } from './glossary.js';
import * as helpline from './helpline.js';
import * as meta from './meta.js';
import * as source from './source.js';
import { formatCalendarDate } from '../locale/format.js';
import { sourcePage } from './source.js';
import * as trialList from './trial-list.js';
import { careTeamNote } from './care-team.js';
import * as trialFreshness from './trial-freshness.js';
import { registryLabel, registryLinkLabel } from './registry-labels.js';
import * as trialStatus from './trial-status.js';
import { statusLabels } from './trial-status.js';
import {
  aboutHeading,
  helplineHeading,
  riskGroupLabels,
  sectionHeadings,
  situationLabels,
  treatmentSections,
  trialsTeaser,
} from './treatment.js';
import { trials } from './trials.js';
import type { ContentUnit, FactId, RichText } from './types.js';

export * from './citations.js';
export * from './credits.js';
export * from './glossary.js';
export * from './helpline.js';
export * from './meta.js';
export * from './origins.js';
export * from './source.js';
export * from './trial-list.js';
export * from './trial-freshness.js';
export * from './registry-labels.js';
export * from './trial-status.js';
export * from './treatment.js';
export * from './trials.js';
export type * from './types.js';

/** Every piece of content, flattened for tests and tools (coverage test, readability report). */
export interface ContentRecord {
  /** Unit id (the msg() id, or `glossary.<key>` / `trial.<Txx>` for composite entries). */
  readonly id: string;
  readonly facts: readonly FactId[];
  /** Module the unit lives in. */
  readonly module:
    | 'glossary'
    | 'trials'
    | 'trial-list'
    | 'treatment'
    | 'citations'
    | 'meta'
    | 'helpline'
    | 'source'
    | 'credits';
  /** Grouping for reports: a treatment section id, or the module name. */
  readonly section: string;
  /** True for running prose that families read (held to the readability budget). */
  readonly body: boolean;
  /** English rendering (plain text or a lit template). */
  readonly render: () => RichText;
}

const sample = {
  time: '5 pm',
  day: 'Monday',
  number: '0808 800 4040',
  date: '29 Nov 2026',
  month: 'Mar 2025',
};

/** A module's exported units, with sample arguments for those that take some. */
function unitsOf(
  mod: Record<string, unknown>,
  args: Record<string, unknown[]> = {},
): { unit: ContentUnit<unknown[]>; args: unknown[] }[] {
  return Object.values(mod)
    .filter(
      (v): v is ContentUnit<unknown[]> =>
        typeof v === 'object' &&
        v !== null &&
        typeof (v as ContentUnit).id === 'string' &&
        Array.isArray((v as ContentUnit).facts) &&
        typeof (v as ContentUnit).text === 'function',
    )
    .map((unit) => ({ unit, args: args[unit.id] ?? [] }));
}

/** Every content unit of every module, each with its id, facts and an English render. */
export function allContentUnits(): ContentRecord[] {
  const records: ContentRecord[] = [];
  const add = (
    module: ContentRecord['module'],
    section: string,
    body: boolean,
    unit: { id: string; facts: readonly FactId[] },
    render: () => RichText,
  ) => records.push({ id: unit.id, facts: unit.facts, module, section, body, render });

  for (const s of treatmentSections) {
    add('treatment', s.id, false, s.heading, () => s.heading.text());
    for (const u of s.units) add('treatment', s.id, u.kind !== 'subheading', u, () => u.text());
  }
  for (const h of Object.values(sectionHeadings))
    if (!records.some((r) => r.id === h.id)) add('treatment', 'headings', false, h, () => h.text());
  if (!records.some((r) => r.id === careTeamNote.id))
    add('treatment', 'specialist', true, careTeamNote, () => careTeamNote.text());
  add('treatment', 'find-trial', true, trialsTeaser, () => trialsTeaser.text());
  for (const label of [
    ...Object.values(riskGroupLabels),
    ...Object.values(situationLabels),
    helplineHeading,
    aboutHeading,
  ])
    add('treatment', 'headings', false, label, () => label.text());

  for (const e of glossary)
    add(
      'glossary',
      'glossary',
      true,
      { id: `glossary.${e.key}`, facts: e.facts },
      () => `${e.name()}: ${e.definition()}`,
    );

  for (const t of trials) {
    // The prose alone, for the readability budget (names and registry IDs are labels).
    add('trials', 'trials', true, { id: `trial.${t.id}.prose`, facts: [] }, () =>
      [t.summary(), t.statusNote?.() ?? ''].filter(Boolean).join(' '),
    );
    add('trials', 'trials', false, { id: `trial.${t.id}`, facts: t.facts }, () =>
      [
        `${t.name}.`,
        t.summary(),
        t.statusNote?.() ?? '',
        ...t.registryIds.map((r) => `${r.registry} ${r.id}.`),
      ]
        .filter(Boolean)
        .join(' '),
    );
  }
  for (const label of Object.values(statusLabels))
    add('trials', 'trial-status', false, label, () => label.text());
  for (const { unit, args } of unitsOf(
    { ...trialStatus, registryLinkLabel },
    {
      'trial-status.checked': [sample.month],
      'trial-status.registry-link': ['ClinicalTrials.gov', 'NCT03165292'],
    },
  ))
    if (!records.some((r) => r.id === unit.id))
      add('trials', 'trial-status', false, unit, () => unit.text(...args));
  for (const { unit, args } of unitsOf(trialFreshness, {
    'trial-status.when-checked': ['Recruiting', sample.month],
  }))
    add('trials', 'trial-status', false, unit, () => unit.text(...args));

  // <nb-trial-list>'s own words: labels and notes (its count messages are one per plural form).
  for (const { unit, args } of unitsOf(
    { ...trialList, registryLabel },
    {
      'trial-list.live-status': [sample.date],
      'trial-list.live-record-updated': [sample.date],
      'trial-list.feed-from': ['www.example.org'],
    },
  ))
    add('trial-list', 'trial-list', unit.id === 'trial-list.feed-failed', unit, () =>
      unit.text(...args),
    );
  for (const unit of Object.values(trialList.resultCount))
    add('trial-list', 'trial-list', false, unit, () => unit.text('3'));

  for (const { unit, args } of unitsOf(citationsModule, {
    'sources.and-others': ['Whittle SB'],
    'sources.accessed': ['Jul 2022'],
    'sources.edition': ['7'],
  }))
    add(
      'citations',
      'sources',
      unit.id === 'sources.intro' || unit.id === 'sources.further',
      unit,
      () => unit.text(...args),
    );

  for (const { unit, args } of unitsOf(meta, {
    'meta.version': [meta.contentMeta.version],
    'meta.checked': [sample.date],
    'meta.reviewer': ['A. Reviewer'],
  }))
    add('meta', 'sources', false, unit, () => unit.text(...args));

  for (const { unit, args } of unitsOf(helpline, {
    'helpline.call': [sample.number],
    'helpline.summary': [sample.number],
    'helpline.open-until': [sample.time],
    'helpline.opens-today': [sample.time],
    'helpline.opens-tomorrow': [sample.time],
    'helpline.opens-on': [sample.day, sample.time],
    'helpline.opens-again-tomorrow': [sample.time],
    'helpline.opens-again-on': ['Tuesday 29 December', sample.time],
    'helpline.uk-time': [sample.time],
    'helpline.uk-and-local-time': [sample.time, '12 pm'],
    'helpline.range': ['Monday', 'Friday'],
    'helpline.hours-line': ['Monday to Friday', '9 am to 5 pm'],
  }))
    add('helpline', 'helpline', unit.id === 'helpline.summary', unit, () => unit.text(...args));

  // The footer always shows both review dates together (S21): one record, the real dates.
  const reviewed = formatCalendarDate(sourcePage.lastReviewed, 'en-GB');
  const due = formatCalendarDate(sourcePage.nextReviewDue, 'en-GB');
  add(
    'source',
    'sources',
    false,
    { id: 'source.review-dates', facts: source.lastReviewed.facts },
    () => `${source.lastReviewed.text(reviewed)} ${source.nextReview.text(due)}`,
  );
  for (const { unit } of unitsOf(source))
    if (unit !== source.lastReviewed && unit !== source.nextReview)
      add('source', 'sources', false, unit, () => unit.text());

  // The credits footer's own words (who checked what, and the care-team line of a popup).
  for (const { unit, args } of unitsOf(credits, {
    'credits.registry': [sample.month],
    'credits.references': ['NCI Drug Dictionary'],
    'credits.reference-note': ['NCI Drug Dictionary', sample.month],
    'credits.ofcom': ['Ofcom'],
    'credits.gov-uk': ['GOV.UK'],
    'credits.partner-check': ['Solving Kids’ Cancer UK', sample.date],
    'credits.partner-check-due': ['Solving Kids’ Cancer UK', sample.date, sample.date],
    'credits.overdue-partner-checked': ['Solving Kids’ Cancer UK', sample.date],
    'credits.overdue-partner-lapsed': ['Solving Kids’ Cancer UK', sample.date],
  }))
    add('credits', 'sources', unit.id === 'credits.care-team-short', unit, () =>
      unit.text(...args),
    );

  return records;
}
