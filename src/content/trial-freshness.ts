import { formatCalendarDate } from '../locale/format.js';
import { msg, str } from '@lit/localize';
import { zonedParts } from '../internal/time.js';
import { statusLabel } from './trial-status.js';
import type { ContentUnit, Trial, TrialStatus } from './types.js';

// The fact sheet's Freshness rule: a trial status that can still change, checked more than six
// months before the reader looks, is shown as "<status> when checked in <month>" with "this may
// have changed" and where to check. Completed and Stopped early are final; a result never goes
// stale. Both <nb-trial-list> and <nb-treatment-card> judge a status here, so they agree.

export const STALE_AFTER_MONTHS = 6;

/** Completed and Stopped early cannot change any more; every other status can. */
export function canStillChange(status: TrialStatus): boolean {
  return status !== 'completed' && status !== 'stopped-early';
}

/**
 * Whether `value` is a real calendar month (`YYYY-MM`) or day (`YYYY-MM-DD`) in years
 * 1000–9999: `2025-02-31`, `2025-99-99` and `0000-01` are not. Checked by a round trip through
 * `Date.UTC`, which rolls an impossible day into the next month.
 */
export function isCalendarDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3] ?? 1)];
  if (year < 1000) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/**
 * The UK calendar day from which a status checked on `checked` (`YYYY-MM` or `YYYY-MM-DD`) is
 * stale, as `[year, month, day]`. A month-only date counts from its first day (the earliest the
 * check can have been), so the warning never comes late. Undefined for a malformed or impossible
 * date.
 */
export function staleFrom(checked: string): [number, number, number] | undefined {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(checked);
  if (!m || !isCalendarDate(checked)) return undefined;
  const months = Number(m[1]) * 12 + (Number(m[2]) - 1) + STALE_AFTER_MONTHS;
  return [Math.floor(months / 12), (months % 12) + 1, Number(m[3] ?? 1)];
}

/** Whether a status checked on `checked` may be out of date at `now` (UK calendar day). */
export function isStatusStale(status: TrialStatus, checked: string, now: Date): boolean {
  if (!canStillChange(status)) return false;
  const from = staleFrom(checked);
  // A check date we cannot read cannot vouch for the status either.
  if (!from) return true;
  const today = zonedParts(now, 'Europe/London');
  const key = (y: number, mo: number, d: number) => y * 10000 + mo * 100 + d;
  return key(today.year, today.month, today.day) >= key(...from);
}

/**
 * `2025-03` → "Mar 2025"; `2025-03-11` → "11 Mar 2025", in the reader's locale (formatted by
 * locale/format.ts). An impossible or malformed date gives '' (never a rolled-over "3 Mar 2025"
 * for `2025-02-31`). Only `trialStatusView` needs this guard, so it is not exported.
 */
function checkedDate(value: string, locale: string): string {
  return isCalendarDate(value) ? formatCalendarDate(value, locale) : '';
}

/**
 * The status to show for a status checked on `checked`: without a real date nothing vouches for
 * a status that can still change, so it reads "check the registry" (`unknown`); a final status
 * (Completed, Stopped early) stays as it is.
 */
export function undatedStatus(status: TrialStatus, checked: string): TrialStatus {
  return isCalendarDate(checked) || !canStillChange(status) ? status : 'unknown';
}

/** What both widgets say about one trial's bundled status at `now`. */
export interface TrialStatusView {
  readonly status: TrialStatus;
  /** The status word, e.g. "Closed to new patients". */
  readonly word: string;
  /** When it was checked, formatted ("Mar 2025"); '' when the date is not a real one. */
  readonly checked: string;
  /** True when the status may have changed since it was checked. */
  readonly stale: boolean;
  /** What else the registry records (results, why it stopped), if anything. */
  readonly note?: string;
  /** The first registry record with a public page: where to check today's status. */
  readonly recordUrl?: string;
}

/** One trial's status as the registries gave it, judged for freshness at `now`. */
export function trialStatusView(trial: Trial, now: Date, locale: string): TrialStatusView {
  const status = undatedStatus(trial.status, trial.statusChecked);
  return {
    status,
    word: statusLabel(status),
    checked: checkedDate(trial.statusChecked, locale),
    stale: isCalendarDate(trial.statusChecked) && isStatusStale(status, trial.statusChecked, now),
    note: trial.statusNote?.(),
    recordUrl: trial.registryIds.find((r) => r.url)?.url,
  };
}

export const statusWhenChecked: ContentUnit<[string, string]> = {
  id: 'trial-status.when-checked',
  facts: [],
  text: (status, month) =>
    msg(str`${status} when checked in ${month}.`, {
      id: 'trial-status.when-checked',
      desc: 'A trial status that may be out of date, with the month it was checked. ${status} is a status such as "Recruiting" or "Closed to new patients"; ${month} is e.g. "Mar 2025". Say it was true then, not now.',
    }),
};

export const mayHaveChanged: ContentUnit = {
  id: 'trial-status.may-have-changed',
  facts: [],
  text: () =>
    msg('This may have changed.', {
      id: 'trial-status.may-have-changed',
      desc: 'Follows a trial status checked more than six months ago: it may no longer be true.',
    }),
};

export const checkRecord: ContentUnit = {
  id: 'trial-status.check-record',
  facts: [],
  text: () =>
    msg('Check the registry record for today’s status.', {
      id: 'trial-status.check-record',
      desc: 'Link (or plain text when there is no link) to the trial’s page in a public trial registry, where its current status is shown.',
    }),
};
