/**
 * What the trial list shows, as plain data: which trials pass the filter, in which order and
 * group, with which status (a live answer wins over the bundled one), and what the credits name.
 * No DOM, no network: the element renders the result, `TrialSources` supplies the inputs.
 */
import { mapRegistryStatus } from '../../content/trial-status.js';
import { undatedStatus } from '../../content/trial-freshness.js';
import type { Trial, TrialStatus } from '../../content/types.js';
import { zonedParts } from '../../internal/time.js';
import type { FeedTrial } from './feed-schema.js';
import type { LiveStatus } from './live-status.js';
import { NCT_PATTERN } from './urls.js';

export type StatusFilter = 'all' | 'recruiting' | 'closed';
export type TrialSort = 'status' | 'name';
export type TrialGroup = 'open' | 'closed' | 'unknown';

export const FILTERS: readonly StatusFilter[] = ['all', 'recruiting', 'closed'];
export const SORTS: readonly TrialSort[] = ['status', 'name'];
/** The order of the groups when the list is sorted by status. */
export const GROUP_ORDER: readonly TrialGroup[] = ['open', 'closed', 'unknown'];

/** One trial as shown: the data, plus where its links may point and any live status. */
export interface ShownTrial {
  readonly trial: Trial;
  /** Origin of the feed the trial came from; links to it are allowed. */
  readonly feedOrigin?: string;
  readonly live?: LiveStatus;
}

/** Which group a status sits in (a Map: never a lookup on Object.prototype). */
const GROUP_OF: ReadonlyMap<TrialStatus, TrialGroup> = new Map<TrialStatus, TrialGroup>([
  ['recruiting', 'open'],
  ['by-invitation', 'open'],
  ['not-yet-recruiting', 'open'],
  ['closed', 'closed'],
  ['paused', 'closed'],
  ['stopped-early', 'closed'],
  ['completed', 'closed'],
  ['unknown', 'unknown'],
]);

export function groupOf(status: TrialStatus): TrialGroup {
  return GROUP_OF.get(status) ?? 'unknown';
}

/** A feed entry as a Trial: its words are plain text from outside, never HTML. */
export function fromFeed(entry: FeedTrial, feedOrigin: string): ShownTrial {
  return {
    feedOrigin,
    trial: {
      id: entry.id,
      facts: [],
      name: entry.name,
      summary: () => entry.summary,
      registryIds: entry.registryIds,
      sponsor: entry.sponsor,
      phase: entry.phase,
      // An impossible check date (2025-02-31) is no date: the status then reads "check the registry".
      status: undatedStatus(mapRegistryStatus(entry.registryStatus), entry.statusChecked),
      registryStatus: entry.registryStatus,
      statusChecked: entry.statusChecked,
      treatments: entry.treatments,
      newerThanSource: entry.newerThanSource ?? false,
    },
  };
}

/** The status to show: a live ClinicalTrials.gov answer wins over the bundled one. */
export function shownStatus(shown: ShownTrial): TrialStatus {
  return shown.live ? mapRegistryStatus(shown.live.overallStatus) : shown.trial.status;
}

/** The ClinicalTrials.gov IDs worth a live look-up (well-formed NCT numbers only). */
export function nctIds(trials: readonly ShownTrial[]): string[] {
  return trials.flatMap(({ trial }) =>
    trial.registryIds
      .filter((r) => r.registry === 'ClinicalTrials.gov' && NCT_PATTERN.test(r.id))
      .map((r) => r.id),
  );
}

function withLive(shown: ShownTrial, live: ReadonlyMap<string, LiveStatus>): ShownTrial {
  const nct = shown.trial.registryIds.find(
    (r) => r.registry === 'ClinicalTrials.gov' && live.has(r.id),
  );
  return nct ? { ...shown, live: live.get(nct.id) } : shown;
}

/**
 * The trials that pass `filter`, each with its live status, in `order`: `name` sorts A to Z in
 * the reader's `locale`; `status` keeps the data's own order (the groups come from `groupTrials`).
 */
export function visibleTrials(
  trials: readonly ShownTrial[],
  live: ReadonlyMap<string, LiveStatus>,
  filter: StatusFilter,
  order: TrialSort,
  locale: string,
): ShownTrial[] {
  const shown = trials
    .map((t) => withLive(t, live))
    .filter((t) => {
      const group = groupOf(shownStatus(t));
      if (filter === 'recruiting') return group === 'open';
      if (filter === 'closed') return group === 'closed';
      return true;
    });
  if (order !== 'name') return shown;
  // Array.prototype.sort is stable: equal names keep the data's order.
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  return shown.sort((a, b) => collator.compare(a.trial.name, b.trial.name));
}

/** The non-empty groups, open first, each keeping the order it was given. */
export function groupTrials(
  trials: readonly ShownTrial[],
): { group: TrialGroup; trials: ShownTrial[] }[] {
  return GROUP_ORDER.map((group) => ({
    group,
    trials: trials.filter((t) => groupOf(shownStatus(t)) === group),
  })).filter((g) => g.trials.length > 0);
}

/**
 * What the credits name for these trials: the facts of those from the fact sheet (feed trials
 * have none) and the latest month their registry records were read.
 */
export function trialCredits(trials: readonly ShownTrial[]): {
  facts: Trial['facts'][number][];
  registryChecked: string | undefined;
} {
  const fromSheet = trials.filter((t) => t.trial.facts.length > 0);
  return {
    facts: fromSheet.flatMap((t) => t.trial.facts),
    registryChecked: fromSheet
      .map((t) => t.trial.statusChecked)
      .sort()
      .at(-1),
  };
}

/** The UK calendar day of an instant, `YYYY-MM-DD` (the day a live answer was read). */
export function ukDay(instant: Date): string {
  const p = zonedParts(instant, 'Europe/London');
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}
