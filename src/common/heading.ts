import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { HeadingLevel } from '../internal/heading-level.js';

/** What a widget's heading carries besides its level and text. */
export interface HeadingAttributes {
  class: string;
  /** Exposed as a CSS part (the card's headings; the trial list's are not parts). */
  part?: string;
  id?: string;
  /** The fact IDs of the unit it shows (`data-facts`) and the unit's ID (`data-unit`). */
  facts?: string;
  unit?: string;
}

type Heading = (a: HeadingAttributes, content: unknown) => TemplateResult;

/**
 * `<h2>` to `<h6>`, one plain template each: choosing the tag with Lit's static html would load
 * lit/static-html.js, ≈ 0.4 KB gzip more on the card's and the trial list's pages (issue #18).
 */
// No whitespace around the text: it would be part of the heading's text (prettier would add it).
// prettier-ignore
const HEADINGS: Record<HeadingLevel, Heading> = {
  2: (a, c) => html`<h2 class=${a.class} part=${ifDefined(a.part)} id=${ifDefined(a.id)} data-facts=${ifDefined(a.facts)} data-unit=${ifDefined(a.unit)}>${c}</h2>`,
  3: (a, c) => html`<h3 class=${a.class} part=${ifDefined(a.part)} id=${ifDefined(a.id)} data-facts=${ifDefined(a.facts)} data-unit=${ifDefined(a.unit)}>${c}</h3>`,
  4: (a, c) => html`<h4 class=${a.class} part=${ifDefined(a.part)} id=${ifDefined(a.id)} data-facts=${ifDefined(a.facts)} data-unit=${ifDefined(a.unit)}>${c}</h4>`,
  5: (a, c) => html`<h5 class=${a.class} part=${ifDefined(a.part)} id=${ifDefined(a.id)} data-facts=${ifDefined(a.facts)} data-unit=${ifDefined(a.unit)}>${c}</h5>`,
  6: (a, c) => html`<h6 class=${a.class} part=${ifDefined(a.part)} id=${ifDefined(a.id)} data-facts=${ifDefined(a.facts)} data-unit=${ifDefined(a.unit)}>${c}</h6>`,
};

/** A heading at `level` (src/internal/heading-level.ts says how elements choose it). */
export function heading(
  level: HeadingLevel,
  attributes: HeadingAttributes,
  content: unknown,
): TemplateResult {
  return HEADINGS[level](attributes, content);
}
