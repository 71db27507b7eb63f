import { msg, str } from '@lit/localize';
import { html, type TemplateResult } from 'lit';
import { glossaryEntry } from './glossary.js';
import { mayHaveChanged, trialStatusView, type TrialStatusView } from './trial-freshness.js';
import { registryLabel, registryLinkLabel } from './registry-labels.js';
import { trials } from './trials.js';
import type { FactId, RichText, Trial } from './types.js';

// Where <nb-treatment-card> states what became of a trial the page describes (S15, S16: newer
// than the page), it says it from the same trial data as <nb-trial-list>: the same status word,
// the same note on results, the same freshness rule and the same registry records.

/** The trials behind a source fact, in the fact sheet's order. */
export function trialsBehind(fact: FactId): readonly Trial[] {
  return trials.filter((t) => t.sourceFact === fact);
}

/**
 * The comma between the items of a list built by the code (registry records, treatments), "," in
 * English, "،" in Arabic; the code adds the space after it.
 */
export const listComma = (): string =>
  msg(',', {
    id: 'list.comma',
    desc: 'The comma between items of a short list (e.g. two registry records, or the drugs a trial tests). Only the comma: the space after it is added by the code. Arabic uses "،".',
  });

/** The registry records of a trial as links (records without a public page as plain text). */
function recordLinks(trial: Trial): TemplateResult {
  return html`${registryLabel.text()}:
  ${trial.registryIds.map((r, i) => {
    const label = registryLinkLabel.text(r.registry, r.id);
    const sep = i > 0 ? `${listComma()} ` : '';
    return r.url ? html`${sep}<a href=${r.url}>${label}</a>` : html`${sep}${label}`;
  })}.`;
}

/**
 * One line per trial: its name, the status word from the registries, the note on its results,
 * "this may have changed" when the status is over six months old, and its registry records.
 */
export function trialStatusList(
  shown: readonly Trial[],
  name: (trial: Trial) => RichText,
  locale: string,
  now: Date,
): TemplateResult {
  const line = (trial: Trial, view: TrialStatusView) =>
    html`<li data-trial=${trial.id}>
      ${name(trial)}:
      <span class="status-word" data-status=${view.status} data-stale=${String(view.stale)}
        >${view.word}.</span
      >
      ${view.stale ? html`<span class="stale">${mayHaveChanged.text()}</span>` : ''}
      ${view.note ? html`<span class="status-note">${view.note}</span>` : ''}
      <span class="records">${recordLinks(trial)}</span>
    </li>`;
  return html`<ul class="trial-statuses">
    ${shown.map((t) => line(t, trialStatusView(t, now, locale)))}
  </ul>`;
}

/** The month the trials were checked, e.g. "Mar 2025" (all of them were read together). */
export function checkedMonth(shown: readonly Trial[], locale: string, now: Date): string {
  return shown[0] ? trialStatusView(shown[0], now, locale).checked : '';
}

/** A trial named by the glossary word for the drug it tests (a toggletip in the card). */
export function trialByDrug(trial: Trial): RichText {
  const key = trial.treatments[0] ?? '';
  const entry = glossaryEntry(key);
  return entry ? html`<nb-drug-term term=${entry.key}>${entry.name()}</nb-drug-term>` : trial.name;
}

export const otherTargetedRegistries = (month: string): string =>
  msg(str`What the trial registries said about these trials in ${month}:`, {
    id: 'treatment.research.other-targeted-status',
    desc: 'Introduces a list of trials with their status as the registries gave it. ${month} is when they were checked, e.g. "Mar 2025".',
  });

export const otherTrialsMayBeOpen = (): TemplateResult =>
  msg(
    html`Other trials of these drugs may be open. Your child’s
      <nb-drug-term term="specialist">specialist</nb-drug-term> can tell you.`,
    {
      id: 'treatment.research.other-trials-open',
      desc: 'After the list of closed trials: newer trials of the same drugs may take patients; the child’s specialist doctor knows. Keep the <nb-drug-term> placeholders around "specialist".',
    },
  );

export const parcRegistries = (month: string): string =>
  msg(str`This trial is called PARC. Its registry records said this in ${month}:`, {
    id: 'treatment.research.arginase-parc',
    desc: 'Introduces the PARC trial’s status as the registries gave it. "PARC" is the trial’s name: keep it. ${month} is e.g. "Mar 2025".',
  });
