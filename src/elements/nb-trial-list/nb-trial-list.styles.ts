import { css } from 'lit';

export const trialListStyles = css`
  .list {
    display: grid;
    gap: 0.75em;
    padding: var(--_space);
    border-radius: var(--_radius);
  }
  p {
    margin: 0;
  }
  .h {
    margin: 0;
    line-height: 1.25;
  }
  .list > .h {
    font-size: 1.375em;
  }
  .group > .h {
    font-size: 1.125em;
    margin-block: 0.5em 0.25em;
  }
  .trial .h {
    font-size: 1.0625em;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em 1.5em;
    align-items: end;
  }
  .field {
    display: grid;
    gap: 0.25em;
    flex: 0 1 auto;
    min-inline-size: 0;
    max-inline-size: 100%;
  }
  label {
    font-weight: 600;
  }
  select {
    inline-size: 100%;
    font: inherit;
    color: var(--_fg);
    background: var(--_bg);
    min-block-size: 44px;
    max-inline-size: 100%;
    padding: 0.35em 0.5em;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
  }
  .count {
    font-weight: 600;
  }
  .trials {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.75em;
  }
  .trial {
    border: 1px solid var(--_border);
    border-inline-start-width: 6px;
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 0.75);
  }
  .group[data-group='open'] .trial {
    border-inline-start-color: var(--_accent);
  }
  .trial article {
    display: grid;
    gap: 0.5em;
  }
  .newer {
    justify-self: start;
    font-size: 0.875em;
    font-weight: 600;
    padding: 0.1em 0.5em;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
  }
  /* One grid for the whole list, so every value lines up after the widest label. */
  dl {
    margin: 0;
    display: grid;
    grid-template-columns: minmax(0, max-content) minmax(0, 1fr);
    gap: 0.25em 0.75em;
  }
  .row {
    display: contents;
  }
  dt {
    font-weight: 600;
  }
  dt,
  dd {
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  dd {
    margin: 0;
  }
  .status-word {
    font-weight: 700;
  }
  .status-note,
  .stale {
    display: block;
  }
  .checked {
    display: block;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .registry-ids {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .feed-note {
    font-size: 0.875em;
    color: var(--_muted);
  }
  @media (max-width: 30em) {
    dl {
      grid-template-columns: minmax(0, 1fr);
      gap: 0;
    }
    dd + dt {
      margin-block-start: 0.25em;
    }
  }
  @media (forced-colors: active) {
    .trial,
    select {
      border-color: CanvasText;
    }
  }
  @media print {
    .controls {
      display: none;
    }
  }
`;
