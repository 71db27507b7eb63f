import { css } from 'lit';

/** Every focusable part of a widget while it shows keyboard focus (styled, then forced-colors). */
const focusVisible = css`
  a:focus-visible,
  button:focus-visible,
  summary:focus-visible,
  select:focus-visible,
  input:focus-visible,
  [tabindex]:focus-visible
`;

/**
 * Design tokens and resets shared by every element. Partners override the public `--nb-*`
 * properties; `theme="dark"`/`"auto"` set the colour scheme that picks each default; forced-colors mode wins over both.
 * Inherited text properties are reset on the inner `.nb-root` wrapper, which host-page CSS
 * cannot select, so global resets and `!important` rules on the page do not reach our text.
 *
 * The public tokens below are documented here once, in words that fit every element; the
 * manifest lists them on each element that includes this sheet (custom-elements-manifest.config.mjs).
 *
 * @cssprop --nb-color-text - Main text colour.
 * @cssprop --nb-color-text-muted - Secondary text: notes, dates and labels.
 * @cssprop --nb-color-surface - Background of the widget (for a drug term: of its popup).
 * @cssprop --nb-color-border - Borders of the widget, its sections and boxes.
 * @cssprop --nb-color-accent - Accent colour: the widget’s main border, markers and buttons.
 * @cssprop --nb-color-accent-text - Text on the accent colour (for example the call button’s label).
 * @cssprop --nb-color-link - Link colour.
 * @cssprop --nb-color-focus - Keyboard focus outline.
 * @cssprop --nb-color-notice-surface - Background of notices, such as "overdue for review" or the
 *   glossary entry a link led to.
 * @cssprop --nb-color-notice-text - Text colour of notices.
 * @cssprop --nb-font-family - Font stack.
 * @cssprop --nb-radius - Corner radius.
 * @cssprop --nb-space - Base spacing: the padding inside each widget.
 */
export const themeStyles = css`
  :host {
    display: block !important;
    color-scheme: light;
    --_fg: var(--nb-color-text, light-dark(#1d1d1f, #f2f2f5));
    --_bg: var(--nb-color-surface, light-dark(#ffffff, #1c1c22));
    --_muted: var(--nb-color-text-muted, light-dark(#4a4a55, #c4c4cf));
    --_border: var(--nb-color-border, light-dark(#6e6e7a, #9a9aa8));
    --_accent: var(--nb-color-accent, light-dark(#00617a, #7fd3e6));
    --_accent-fg: var(--nb-color-accent-text, light-dark(#ffffff, #0b1d22));
    --_link: var(--nb-color-link, light-dark(#005a8c, #8fd0ff));
    --_focus: var(--nb-color-focus, light-dark(#c2410c, #ffb86b));
    --_notice-bg: var(--nb-color-notice-surface, light-dark(#fff4d6, #3d3000));
    --_notice-fg: var(--nb-color-notice-text, light-dark(#4a3500, #ffe9a8));
    --_radius: var(--nb-radius, 8px);
    /* The widget's base size (never below 16 px, whatever the host's root font size). */
    --_space: var(--nb-space, max(1rem, 16px));
    --_font: var(
      --nb-font-family,
      system-ui,
      -apple-system,
      'Segoe UI',
      Roboto,
      'Helvetica Neue',
      Arial,
      sans-serif
    );
  }
  /* light-dark() above picks the pair member from the colour scheme the theme sets. */
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([theme='auto']) {
    color-scheme: light dark;
  }
  :host([hidden]) {
    display: none !important;
  }
  .nb-root {
    box-sizing: border-box;
    color: var(--_fg);
    background: var(--_bg);
    font-family: var(--_font);
    font-size: max(1rem, 16px);
    font-weight: 400;
    font-style: normal;
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-align: start;
    overflow-wrap: break-word;
    min-width: 0;
  }
  .nb-root *,
  .nb-root *::before,
  .nb-root *::after {
    box-sizing: inherit;
  }
  a {
    color: var(--_link);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  ${focusVisible} {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .nb-visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: -1px !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
  .nb-locale-note {
    font-size: 0.875em;
    color: var(--_muted);
    margin: 0.5em 0 0;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
    }
  }
  @media (forced-colors: active) {
    .nb-root {
      forced-color-adjust: auto;
      border-color: CanvasText;
    }
    a {
      color: LinkText;
    }
    ${focusVisible} {
      outline-color: Highlight;
    }
  }
`;
