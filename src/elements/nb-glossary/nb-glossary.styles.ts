import { css } from 'lit';

export const glossaryStyles = css`
  .glossary {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  .letter {
    margin: 0 0 0.25em;
    padding-block-end: 0.125em;
    border-block-end: 2px solid var(--_accent);
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.3;
  }
  dl {
    display: grid;
    gap: 0.5em;
    margin: 0;
  }
  .entry {
    padding: 0.5em 0.75em;
    border-inline-start: 4px solid transparent;
    border-radius: var(--_radius);
    scroll-margin-block: 1em;
  }
  /* The entry a link or the address led to: marked until focus moves on. */
  .entry:focus {
    border-inline-start-color: var(--_accent);
    background: var(--_notice-bg);
    color: var(--_notice-fg);
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .entry:focus .class {
    color: inherit;
  }
  dt {
    font-weight: 700;
  }
  dd {
    margin: 0;
  }
  .class {
    display: block;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .definition {
    margin: 0.125em 0 0;
  }
  @media (forced-colors: active) {
    .letter {
      border-color: CanvasText;
    }
    .entry:focus {
      border-inline-start-color: Highlight;
    }
  }
`;
