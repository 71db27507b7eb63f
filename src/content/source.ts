import { msg, str } from '@lit/localize';
import { isoDateIn } from '../internal/time.js';
import type { ContentUnit, FactId, ReviewStatus } from './types.js';

/** The page every medical statement comes from (facts S01–S21). */
export const sourcePage = {
  publisher: 'Cancer Research UK',
  /** Quoted exactly: a title, not our sentence. */
  title: 'Treatment for neuroblastoma that has not gone away or has come back',
  url: 'https://www.cancerresearchuk.org/about-cancer/childrens-cancer/neuroblastoma/treatment-not-gone-away-come-back',
  lastReviewed: '2022-08-31',
  nextReviewDue: '2025-08-31',
  facts: ['S21'] as readonly FactId[],
} as const;

/** How many days before the next-review date a unit counts as "due soon". */
export const DUE_SOON_DAYS = 90;

/**
 * Review state on the reader's date in UK time: `overdue` once the next-review date has passed,
 * `due-soon` within 90 days of it, else `current`.
 */
export function reviewStatus(
  now: Date,
  nextReviewDue: string = sourcePage.nextReviewDue,
): ReviewStatus {
  const today = isoDateIn(now, 'Europe/London');
  if (today > nextReviewDue) return 'overdue';
  const dueSoonFrom = new Date(`${nextReviewDue}T00:00:00Z`);
  dueSoonFrom.setUTCDate(dueSoonFrom.getUTCDate() - DUE_SOON_DAYS);
  return today >= dueSoonFrom.toISOString().slice(0, 10) ? 'due-soon' : 'current';
}

export const attribution: ContentUnit = {
  id: 'source.attribution',
  facts: [],
  text: () =>
    msg('Based on information from Cancer Research UK', {
      id: 'source.attribution',
      desc: 'Credit line under every widget. "Cancer Research UK" is the name of the charity whose page the content comes from; keep it in English.',
    }),
};

export const lastReviewed: ContentUnit<[string]> = {
  id: 'source.last-reviewed',
  facts: ['S21'],
  text: (date) =>
    msg(str`Source page last reviewed: ${date}`, {
      id: 'source.last-reviewed',
      desc: 'Review date of the Cancer Research UK page the content is based on. ${date} is a formatted date such as "31 Aug 2022".',
    }),
};

export const nextReview: ContentUnit<[string]> = {
  id: 'source.next-review',
  facts: ['S21'],
  text: (date) =>
    msg(str`Next review due: ${date}`, {
      id: 'source.next-review',
      desc: 'When the source page is next due to be checked. ${date} is a formatted date such as "31 Aug 2025".',
    }),
};

export const overdueNotice: ContentUnit = {
  id: 'source.overdue',
  // The dates themselves (S21) are stated by the review-date lines beside it.
  facts: ['S17'],
  text: () =>
    msg(
      'This information is overdue for review, so some of it may be out of date. Your child’s specialist can tell you what is right for your child.',
      {
        id: 'source.overdue',
        desc: 'Polite notice shown once the next-review date of the source page has passed. Keep it calm, not alarming.',
      },
    ),
};

export const dueSoonNotice: ContentUnit = {
  id: 'source.due-soon',
  facts: [],
  text: () =>
    msg('This information is due to be reviewed soon.', {
      id: 'source.due-soon',
      desc: 'Quiet note shown in the 90 days before the source page is next due for review.',
    }),
};

export const sourceLinkText: ContentUnit = {
  id: 'source.link',
  facts: [],
  text: () =>
    msg('Read the Cancer Research UK page', {
      id: 'source.link',
      desc: 'Link text to the original Cancer Research UK web page (in English).',
    }),
};
