import { msg, str } from '@lit/localize';
import type { ContentUnit } from './types.js';

/** Words of `<nb-trial-list>` around the trial data: headings, controls, notes, counts. */

export const trialListHeading: ContentUnit = {
  id: 'trial-list.heading',
  facts: ['D21'],
  text: () =>
    msg('Clinical trials', {
      id: 'trial-list.heading',
      desc: 'Heading of the list of clinical trials (research studies that test treatments with people).',
    }),
};

export const filterLabel: ContentUnit = {
  id: 'trial-list.filter-label',
  facts: [],
  text: () =>
    msg('Show', {
      id: 'trial-list.filter-label',
      desc: 'Label of the drop-down that chooses which trials to show (all, open, or not open).',
    }),
};

export const filterAll: ContentUnit = {
  id: 'trial-list.filter-all',
  facts: [],
  text: () =>
    msg('All trials', {
      id: 'trial-list.filter-all',
      desc: 'Option of the "Show" drop-down: every trial, open or not.',
    }),
};

export const filterRecruiting: ContentUnit = {
  id: 'trial-list.filter-recruiting',
  facts: [],
  text: () =>
    msg('Open, or opening soon', {
      id: 'trial-list.filter-recruiting',
      desc: 'Option of the "Show" drop-down: only trials that take new patients now or will soon.',
    }),
};

export const filterClosed: ContentUnit = {
  id: 'trial-list.filter-closed',
  facts: [],
  text: () =>
    msg('Not open to new patients', {
      id: 'trial-list.filter-closed',
      desc: 'Option of the "Show" drop-down: trials that are closed, paused, stopped or completed.',
    }),
};

export const sortLabel: ContentUnit = {
  id: 'trial-list.sort-label',
  facts: [],
  text: () =>
    msg('Order', {
      id: 'trial-list.sort-label',
      desc: 'Label of the drop-down that chooses the order of the trials.',
    }),
};

export const sortStatus: ContentUnit = {
  id: 'trial-list.sort-status',
  facts: [],
  text: () =>
    msg('Open trials first', {
      id: 'trial-list.sort-status',
      desc: 'Option of the "Order" drop-down: open trials above the others (the default).',
    }),
};

export const sortName: ContentUnit = {
  id: 'trial-list.sort-name',
  facts: [],
  text: () =>
    msg('By name, A to Z', {
      id: 'trial-list.sort-name',
      desc: 'Option of the "Order" drop-down: alphabetical by trial name.',
    }),
};

export const groupOpen: ContentUnit = {
  id: 'trial-list.group-open',
  facts: [],
  text: () =>
    msg('Open, or opening soon', {
      id: 'trial-list.group-open',
      desc: 'Heading above the trials that take new patients now or will soon.',
    }),
};

export const groupClosed: ContentUnit = {
  id: 'trial-list.group-closed',
  facts: [],
  text: () =>
    msg('Not open to new patients', {
      id: 'trial-list.group-closed',
      desc: 'Heading above the trials that are closed, paused, stopped early or completed.',
    }),
};

export const groupUnknown: ContentUnit = {
  id: 'trial-list.group-unknown',
  facts: [],
  text: () =>
    msg('Status not known', {
      id: 'trial-list.group-unknown',
      desc: 'Heading above the trials whose current status we could not tell: readers should check the registry.',
    }),
};

export const noMatch: ContentUnit = {
  id: 'trial-list.no-match',
  facts: [],
  text: () =>
    msg('No trials in this list match that choice.', {
      id: 'trial-list.no-match',
      desc: 'Shown instead of the list when the chosen filter leaves no trials.',
    }),
};

/**
 * "N trials shown", one message per Intl.PluralRules category so every language can say it
 * properly (Welsh and Arabic use all six). English uses only `one` and `other`.
 */
export const resultCount: Record<Intl.LDMLPluralRule, ContentUnit<[string]>> = {
  zero: {
    id: 'trial-list.count.zero',
    facts: [],
    text: (n) =>
      msg(str`${n} trials shown`, {
        id: 'trial-list.count.zero',
        desc: 'Result count for the plural category "zero" (e.g. Welsh, Arabic). ${n} is the number, already formatted.',
      }),
  },
  one: {
    id: 'trial-list.count.one',
    facts: [],
    text: (n) =>
      msg(str`${n} trial shown`, {
        id: 'trial-list.count.one',
        desc: 'Result count for the plural category "one". ${n} is the number, already formatted.',
      }),
  },
  two: {
    id: 'trial-list.count.two',
    facts: [],
    text: (n) =>
      msg(str`${n} trials shown`, {
        id: 'trial-list.count.two',
        desc: 'Result count for the plural category "two" (e.g. Welsh, Arabic). ${n} is the number, already formatted.',
      }),
  },
  few: {
    id: 'trial-list.count.few',
    facts: [],
    text: (n) =>
      msg(str`${n} trials shown`, {
        id: 'trial-list.count.few',
        desc: 'Result count for the plural category "few" (e.g. Welsh, Arabic, Polish). ${n} is the number, already formatted.',
      }),
  },
  many: {
    id: 'trial-list.count.many',
    facts: [],
    text: (n) =>
      msg(str`${n} trials shown`, {
        id: 'trial-list.count.many',
        desc: 'Result count for the plural category "many" (e.g. Welsh, Arabic, Spanish for millions). ${n} is the number, already formatted.',
      }),
  },
  other: {
    id: 'trial-list.count.other',
    facts: [],
    text: (n) =>
      msg(str`${n} trials shown`, {
        id: 'trial-list.count.other',
        desc: 'Result count for the plural category "other". ${n} is the number, already formatted.',
      }),
  },
};

export const treatmentsLabel: ContentUnit = {
  id: 'trial-list.treatments',
  facts: [],
  text: () =>
    msg('Treatments tested', {
      id: 'trial-list.treatments',
      desc: 'Label before the list of drugs or treatments a trial tests.',
    }),
};

export const phaseLabel: ContentUnit = {
  id: 'trial-list.phase',
  facts: [],
  text: () =>
    msg('Phase', {
      id: 'trial-list.phase',
      desc: 'Label before the trial phase, e.g. "1/2". A phase is the stage of research a trial is at.',
    }),
};

export const sponsorLabel: ContentUnit = {
  id: 'trial-list.sponsor',
  facts: [],
  text: () =>
    msg('Run by', {
      id: 'trial-list.sponsor',
      desc: 'Label before the trial sponsor (the organisation responsible for the trial).',
    }),
};

export const statusFieldLabel: ContentUnit = {
  id: 'trial-list.status',
  facts: [],
  text: () =>
    msg('Status', {
      id: 'trial-list.status',
      desc: 'Label before the trial status, e.g. "Completed".',
    }),
};

export const liveStatusFrom: ContentUnit<[string]> = {
  id: 'trial-list.live-status',
  facts: [],
  text: (today) =>
    msg(str`Status from ClinicalTrials.gov, checked ${today}.`, {
      id: 'trial-list.live-status',
      desc: 'Shown under a status looked up just now on ClinicalTrials.gov (a registry name: keep it). ${today} is today’s date, e.g. "29 Nov 2026".',
    }),
};

export const liveRecordUpdated: ContentUnit<[string]> = {
  id: 'trial-list.live-record-updated',
  facts: [],
  text: (date) =>
    msg(str`The record was last changed on ${date}.`, {
      id: 'trial-list.live-record-updated',
      desc: 'After a status looked up just now: when the registry record itself was last changed. ${date} is a date such as "14 Sep 2026".',
    }),
};

export const feedFailed: ContentUnit = {
  id: 'trial-list.feed-failed',
  facts: [],
  text: () =>
    msg('We could not update this list just now. It shows the trials as last checked.', {
      id: 'trial-list.feed-failed',
      desc: 'Quiet note when the charity’s up-to-date trial list could not be loaded and the built-in list is shown instead.',
    }),
};

export const feedFrom: ContentUnit<[string]> = {
  id: 'trial-list.feed-from',
  facts: [],
  text: (host) =>
    msg(str`Trial list supplied by ${host}`, {
      id: 'trial-list.feed-from',
      desc: 'Small note naming the website (${host}, e.g. "www.example.org") that supplied the trial list.',
    }),
};
