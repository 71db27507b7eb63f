import { msg, str } from '@lit/localize';
import type { ContentUnit, TrialStatus } from './types.js';

// The status words a family sees, mapped from the registries' own words (facts.md "Trial status
// words"). Anything not listed, or no data, is `unknown`: "check the registry", never recruiting.

// A Map, not a plain object: a word from outside ("constructor", "__proto__", "toString") must
// never reach Object.prototype.
const REGISTRY_WORDS: ReadonlyMap<string, TrialStatus> = new Map<string, TrialStatus>(
  Object.entries({
    // ClinicalTrials.gov `overallStatus` enum (and its display wording), ISRCTN / EU phrases.
    recruiting: 'recruiting',
    'not yet recruiting': 'not-yet-recruiting',
    'enrolling by invitation': 'by-invitation',
    'active not recruiting': 'closed',
    'closed to accrual': 'closed',
    'closed to enrolment': 'closed',
    'closed to enrollment': 'closed',
    'closed to accrual/enrolment': 'closed',
    'closed to accrual/enrollment': 'closed',
    'no longer recruiting': 'closed',
    // The fact sheet's own words for T02, T04 and T07 (Mar 2025): closed to new patients.
    closed: 'closed',
    'not recruiting': 'closed',
    suspended: 'paused',
    'temporarily not available': 'paused',
    terminated: 'stopped-early',
    withdrawn: 'stopped-early',
    completed: 'completed',
    unknown: 'unknown',
    'unknown status': 'unknown',
  } satisfies Record<string, TrialStatus>),
);

/** Lower case, `_`/`-`/`,` and runs of spaces folded to one space. */
function normaliseWord(word: string): string {
  return word
    .normalize('NFC')
    .toLowerCase()
    .replace(/[_,\-\s]+/g, ' ')
    .replace(/\s*\/\s*/g, '/')
    .trim();
}

/**
 * Maps a registry's status word (`RECRUITING`, `ACTIVE_NOT_RECRUITING`, "No longer recruiting" …)
 * to what we show. Exact phrases only: "not recruiting" never counts as "recruiting".
 */
export function mapRegistryStatus(word: string | undefined | null): TrialStatus {
  if (typeof word !== 'string') return 'unknown';
  return REGISTRY_WORDS.get(normaliseWord(word)) ?? 'unknown';
}

export const TRIAL_STATUSES: readonly TrialStatus[] = [
  'recruiting',
  'not-yet-recruiting',
  'by-invitation',
  'closed',
  'paused',
  'stopped-early',
  'completed',
  'unknown',
];

/** Whether a status means new patients can no longer join (never shown as recruiting). */
export function isClosedStatus(status: TrialStatus): boolean {
  return status === 'closed' || status === 'stopped-early' || status === 'completed';
}

export const statusLabels: Readonly<Record<TrialStatus, ContentUnit>> = {
  recruiting: {
    id: 'trial-status.recruiting',
    facts: [],
    text: () =>
      msg('Recruiting', {
        id: 'trial-status.recruiting',
        desc: 'Trial status: the trial is taking new patients. Always shown next to the date it was checked.',
      }),
  },
  'not-yet-recruiting': {
    id: 'trial-status.not-yet-recruiting',
    facts: [],
    text: () =>
      msg('Not yet recruiting', {
        id: 'trial-status.not-yet-recruiting',
        desc: 'Trial status: the trial has not started taking patients yet.',
      }),
  },
  'by-invitation': {
    id: 'trial-status.by-invitation',
    facts: [],
    text: () =>
      msg('Open by invitation', {
        id: 'trial-status.by-invitation',
        desc: 'Trial status: only people invited by the trial team can join.',
      }),
  },
  closed: {
    id: 'trial-status.closed',
    facts: [],
    text: () =>
      msg('Closed to new patients', {
        id: 'trial-status.closed',
        desc: 'Trial status: the trial still runs but takes no new patients.',
      }),
  },
  paused: {
    id: 'trial-status.paused',
    facts: [],
    text: () =>
      msg('Paused', {
        id: 'trial-status.paused',
        desc: 'Trial status: the trial is on hold for now.',
      }),
  },
  'stopped-early': {
    id: 'trial-status.stopped-early',
    facts: [],
    text: () =>
      msg('Stopped early', {
        id: 'trial-status.stopped-early',
        desc: 'Trial status: the trial ended before it was planned to finish.',
      }),
  },
  completed: {
    id: 'trial-status.completed',
    facts: [],
    text: () =>
      msg('Completed', {
        id: 'trial-status.completed',
        desc: 'Trial status: the trial has finished.',
      }),
  },
  unknown: {
    id: 'trial-status.unknown',
    facts: [],
    text: () =>
      msg('Check the registry for the current status', {
        id: 'trial-status.unknown',
        desc: 'Shown instead of a status when we do not know it. Never say or imply the trial is recruiting.',
      }),
  },
};

/** The label a reader sees for a status. */
export function statusLabel(status: TrialStatus): string {
  // Own properties only: a status that is not one of ours reads as unknown.
  const unit = Object.hasOwn(statusLabels, status) ? statusLabels[status] : statusLabels.unknown;
  return unit.text();
}

export const statusChecked: ContentUnit<[string]> = {
  id: 'trial-status.checked',
  facts: [],
  text: (month) =>
    msg(str`Status checked ${month}`, {
      id: 'trial-status.checked',
      desc: 'Shown after every trial status: when we last checked it. ${month} is a month and year such as "Mar 2025".',
    }),
};

export const newerThanSourceLabel: ContentUnit = {
  id: 'trial-status.newer-than-source',
  facts: [],
  text: () =>
    msg('Newer than the Cancer Research UK page', {
      id: 'trial-status.newer-than-source',
      desc: 'Label on a trial that started after the Cancer Research UK page was written, so the page does not mention it.',
    }),
};
