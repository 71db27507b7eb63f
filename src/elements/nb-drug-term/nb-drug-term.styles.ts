import { css } from 'lit';

/**
 * What a closed term needs: the inline word. Kept tiny because a page may hold hundreds of
 * terms and every shadow root pays for its rules; the popup's styles are adopted on first open.
 */
export const drugTermStyles = css`
  /* The word sits in the partner's running text: inline, in the partner's own typography. */
  :host {
    display: inline !important;
  }
  :host([hidden]) {
    display: none !important;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([theme='auto']) {
    color-scheme: light dark;
  }
  .trigger {
    display: inline;
    margin: 0;
    padding: 0;
    border: 0;
    border-radius: 2px;
    background: none;
    color: inherit;
    font: inherit;
    letter-spacing: inherit;
    word-spacing: inherit;
    line-height: inherit;
    text-align: inherit;
    text-transform: inherit;
    white-space: normal;
    text-decoration-line: underline;
    text-decoration-style: dotted;
    text-decoration-color: var(--nb-term-underline-color, currentColor);
    text-decoration-thickness: max(1px, 0.08em);
    text-underline-offset: 0.2em;
    cursor: help;
    -webkit-tap-highlight-color: transparent;
  }
  .trigger:hover,
  .trigger[aria-expanded='true'] {
    text-decoration-style: solid;
  }
  /*
   * The word has no background of its own: it sits on the partner's page, whatever colour that
   * is. Its focus ring takes the text colour, which the partner's page already sets to contrast
   * with that background; a fixed orange (or the dark theme's light orange) could not be sure to.
   */
  .trigger:focus-visible {
    outline: 3px solid var(--nb-color-focus, currentColor);
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    .trigger:focus-visible {
      outline-color: Highlight;
    }
  }
  @media print {
    .trigger {
      text-decoration: none;
    }
  }
`;

/** The popup, adopted (after the shared theme) the first time a term opens. */
export const drugTermPopupStyles = css`
  .popup {
    position: fixed;
    inset: auto;
    top: 0;
    left: 0;
    z-index: 2147483647;
    display: none;
    margin: 0;
    inline-size: max-content;
    max-inline-size: min(var(--nb-term-popup-width, 22em), calc(100vw - 16px));
    padding: 0.75em 1em;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    box-shadow: 0 0.25em 1em rgb(0 0 0 / 0.25);
    overflow: visible;
    opacity: 0;
    cursor: auto;
  }
  .popup.is-open {
    display: block;
  }
  /* Shown once placed next to the word (in the frame it opens when there is room below it). */
  .popup.is-ready {
    opacity: 1;
  }
  .popup p {
    margin: 0;
  }
  /*
   * The live region's copy of the text, for screen readers: laid out over the popup, so it wraps
   * like the popup's own text (nothing sticks out at 320 px, nothing is cut), and clipped away
   * entirely, so it is never seen.
   */
  .live {
    position: absolute;
    inset: 0;
    clip-path: inset(50%);
    pointer-events: none;
  }
  .heading {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: 0.75em;
    margin-block-end: 0.25em;
  }
  .name {
    font-weight: 700;
  }
  .class {
    font-size: 0.875em;
    color: var(--_muted);
  }
  .more {
    display: inline-block;
    margin-block-start: 0.5em;
  }
  /* Where the definition comes from and the care-team line: small, under the link. */
  .popup .nb-source {
    margin-block-start: 0.5em;
  }
  @media (forced-colors: active) {
    .popup {
      border-color: CanvasText;
    }
  }
  @media print {
    .popup {
      display: none !important;
    }
  }
`;
