import { css, html, nothing, type TemplateResult } from 'lit';
import {
  attribution,
  dueSoonNotice,
  formatReviewDate,
  lastReviewed,
  nextReview,
  overdueNotice,
  reviewStatus,
  sourceLinkText,
  sourcePage,
} from '../content/source.js';
import type { ReviewStatus } from '../content/types.js';

/** The "due soon" / "overdue" notice for the source page's review state; nothing while current. */
function renderReviewNotice(status: ReviewStatus): TemplateResult | typeof nothing {
  if (status === 'current') return nothing;
  return html`<p class="nb-review-notice" part="review-notice" data-facts="S21">
    ${status === 'overdue' ? overdueNotice.text() : dueSoonNotice.text()}
  </p>`;
}

/**
 * The PIF TICK / NHS-style footer every element that carries source content shows: credit,
 * link to the source page, "last reviewed / next review due", and a polite notice once overdue.
 */
export function renderSourceFooter(now: Date, locale: string): TemplateResult {
  const status = reviewStatus(now);
  return html`<footer class="nb-source" part="source" data-review-status=${status}>
    <p class="nb-source-credit">
      ${attribution.text()}.
      <a href=${sourcePage.url} lang="en-GB" hreflang="en-GB">${sourceLinkText.text()}</a>
    </p>
    <p class="nb-source-dates">
      <span>${lastReviewed.text(formatReviewDate(sourcePage.lastReviewed, locale))}</span>
      <span>${nextReview.text(formatReviewDate(sourcePage.nextReviewDue, locale))}</span>
    </p>
    ${renderReviewNotice(status)}
  </footer>`;
}

/**
 * The same credit, review date and notice, small enough for a pop-up (a glossary word's
 * definition, which may be the only content of ours on a partner's page).
 */
export function renderSourceNote(now: Date, locale: string): TemplateResult {
  const status = reviewStatus(now);
  return html`<div class="nb-source" part="source" data-review-status=${status}>
    <p class="nb-source-credit">
      ${attribution.text()}. ${lastReviewed.text(formatReviewDate(sourcePage.lastReviewed, locale))}
    </p>
    ${renderReviewNotice(status)}
  </div>`;
}

export const sourceFooterStyles = css`
  .nb-source {
    margin-top: calc(var(--_space) * 0.75);
    font-size: 0.875em;
    color: var(--_muted);
  }
  .nb-source p {
    margin: 0.25em 0;
  }
  .nb-source-dates {
    display: flex;
    flex-wrap: wrap;
    column-gap: 1.5em;
  }
  .nb-review-notice {
    color: var(--_notice-fg);
    background: var(--_notice-bg);
    border-inline-start: 4px solid currentColor;
    padding: 0.5em 0.75em;
    font-size: max(1rem, 16px);
  }
  @media (forced-colors: active) {
    .nb-review-notice {
      border: 1px solid CanvasText;
      border-inline-start-width: 4px;
    }
  }
`;
