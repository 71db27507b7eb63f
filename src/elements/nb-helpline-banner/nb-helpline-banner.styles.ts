import { css } from 'lit';

export const helplineBannerStyles = css`
  .banner {
    position: relative;
    display: grid;
    gap: 0.25em;
    padding: var(--_space);
    padding-inline-end: calc(var(--_space) + 2.75em);
    border: 2px solid var(--nb-helpline-border-color, var(--_accent));
    border-inline-start-width: 6px;
    border-radius: var(--_radius);
  }
  .banner.not-dismissible {
    padding-inline-end: var(--_space);
  }
  p {
    margin: 0;
  }
  .org {
    font-weight: 700;
    font-size: 1.125em;
  }
  .status {
    font-weight: 600;
  }
  /* Server-rendered, the status line waits for the reader's clock: keep its room so the banner
     does not grow when the script fills it in (a layout shift): one line, two on a phone, where
     "Usually open now, until 5 pm UK time" wraps. */
  .status:not([data-open]) {
    min-block-size: 1.5em;
    min-block-size: 1lh;
  }
  @media (max-width: 36em) {
    .status:not([data-open]) {
      min-block-size: 3em;
      min-block-size: 2lh;
    }
  }
  .status[data-open='true']::before {
    content: '';
    display: inline-block;
    inline-size: 0.65em;
    block-size: 0.65em;
    margin-inline-end: 0.4em;
    border-radius: 50%;
    background: var(--nb-color-open, #1a7f37);
    vertical-align: 0.05em;
  }
  .call {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    justify-self: start;
    min-block-size: 44px;
    padding: 0.4em 1em;
    margin-block: 0.25em;
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_accent-fg);
    font-weight: 700;
    font-size: 1.125em;
    text-decoration: none;
  }
  /* The phone number (its LTR isolate) moves to a line of its own rather than breaking
     mid-number; only a line too narrow for all of it (400 % zoom) still wraps it. */
  .call bdi[dir='ltr'] {
    display: inline-block;
  }
  .call:hover {
    text-decoration: underline;
  }
  .free {
    font-weight: 400;
    font-size: 0.875em;
  }
  .hours,
  .abroad {
    color: var(--_muted);
  }
  .dismiss {
    position: absolute;
    inset-block-start: 0.5em;
    inset-inline-end: 0.5em;
    inline-size: 44px;
    block-size: 44px;
    display: grid;
    place-items: center;
    margin: 0;
    padding: 0;
    border: 1px solid transparent;
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_fg);
    font: inherit;
    line-height: 1;
    cursor: pointer;
  }
  .dismiss:hover {
    border-color: var(--_border);
  }
  .dismiss svg {
    inline-size: 1em;
    block-size: 1em;
  }
  @media (forced-colors: active) {
    .call {
      border: 2px solid LinkText;
      background: Canvas;
      color: LinkText;
    }
    .status[data-open='true']::before {
      background: CanvasText;
    }
  }
  @media print {
    .dismiss {
      display: none;
    }
    .call {
      background: none;
      color: inherit;
      padding: 0;
    }
  }
`;
