import { css } from 'lit';

/**
 * Print layout: every section shows its content (the element opens closed `<details>` on
 * `beforeprint`, since CSS cannot), links show their address, no buttons or markers.
 * Exported so a story can preview it on screen.
 */
export const treatmentCardPrintRules = css`
  .card {
    border: 1px solid #000;
    color: #000;
    background: #fff;
  }
  a {
    color: inherit;
  }
  a[href]::after {
    content: ' (' attr(href) ')';
    overflow-wrap: anywhere;
  }
  button {
    display: none !important;
  }
  summary {
    list-style: none;
    padding: 0;
    min-block-size: 0;
  }
  summary::-webkit-details-marker {
    display: none;
  }
  summary::before {
    display: none;
  }
  .section {
    break-inside: avoid-page;
  }
  .nb-review-notice {
    border: 1px solid #000;
  }
`;

export const treatmentCardStyles = css`
  .card {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-block-start: 4px solid var(--_accent);
    border-radius: var(--_radius);
  }
  p,
  ul {
    margin: 0 0 0.75em;
  }
  ul {
    padding-inline-start: 1.5em;
  }
  li + li {
    margin-block-start: 0.25em;
  }
  .heading,
  .section-heading,
  .group-heading {
    margin: 0 0 0.5em;
    line-height: 1.25;
    font-weight: 700;
    color: var(--_fg);
  }
  .heading {
    font-size: 1.5em;
  }
  .filter {
    margin-block-start: -0.25em;
    color: var(--_muted);
    font-weight: 600;
  }
  .section-heading {
    font-size: 1.25em;
  }
  .group-heading {
    font-size: 1.0625em;
  }
  .section {
    margin-block-start: calc(var(--_space) * 1.25);
  }
  details.section {
    margin-block-start: 0;
    border-block-end: 1px solid var(--_border);
  }
  details.section:first-of-type {
    border-block-start: 1px solid var(--_border);
    margin-block-start: calc(var(--_space) * 0.75);
  }
  summary {
    display: flex;
    align-items: center;
    gap: 0.5em;
    min-block-size: 44px;
    padding-block: 0.5em;
    cursor: pointer;
    list-style: none;
    /* Invisible here; forced-colours mode paints it, so the control keeps a visible edge. */
    border: 1px solid transparent;
  }
  summary::-webkit-details-marker {
    display: none;
  }
  /* A chevron drawn with borders: follows the text colour, and flips for RTL via logical sides. */
  summary::before {
    content: '';
    flex: none;
    inline-size: 0.55em;
    block-size: 0.55em;
    border-block-end: 2px solid var(--_accent);
    border-inline-end: 2px solid var(--_accent);
    transform: rotate(-45deg);
    transition: transform 0.15s ease;
  }
  details[open] > summary::before {
    transform: rotate(45deg);
  }
  /* The logical borders already mirror in RTL, so the turns do too: closed points left. */
  [dir='rtl'] summary::before {
    transform: rotate(45deg);
  }
  [dir='rtl'] details[open] > summary::before {
    transform: rotate(-45deg);
  }
  summary .section-heading {
    margin: 0;
    min-inline-size: 0;
  }
  details > .section-body {
    padding-block-end: 0.75em;
  }
  .group {
    margin-block-start: 0.75em;
    padding-inline-start: 0.75em;
    border-inline-start: 3px solid var(--_border);
  }
  /* What became of a trial, as the registries gave it (status word first, then any warning). */
  .trial-statuses .status-word {
    font-weight: 700;
  }
  .care-team {
    margin-block-start: calc(var(--_space) * 1.25);
    font-weight: 600;
  }
  .feedback {
    margin-block: 0.5em;
  }
  .call {
    font-weight: 700;
  }
  /* The phone number (its LTR isolate) moves to a line of its own rather than breaking
     mid-number; only a line too narrow for all of it (400 % zoom) still wraps it. */
  .call bdi[dir='ltr'] {
    display: inline-block;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    column-gap: 1em;
    font-size: 0.875em;
    color: var(--_muted);
  }
  @media (forced-colors: active) {
    .card {
      border: 1px solid CanvasText;
      border-block-start-width: 4px;
    }
    summary::before {
      border-color: CanvasText;
    }
    .group {
      border-inline-start-color: CanvasText;
    }
  }
  @media print {
    ${treatmentCardPrintRules}
  }
`;
