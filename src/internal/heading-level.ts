import type { AttributeRule } from './attributes.js';

/**
 * `heading-level`, one rule for every element: the level (2–6) of the element's first headings,
 * so they fit the page's outline; what sits inside them goes one level down per step, never past
 * `<h6>`. The default is 2 for an element's own title; an element without a title of its own
 * (the glossary's letter headings sit under the partner's heading) starts one level below it.
 */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

export const MIN_HEADING_LEVEL = 2;
export const MAX_HEADING_LEVEL = 6;
export const DEFAULT_HEADING_LEVEL: HeadingLevel = 2;

/** `2`–`6` (a number, or its digits with spaces around), else undefined ("9", "h3", "2.5"). */
export function parseHeadingLevel(value: unknown): HeadingLevel | undefined {
  // Number() ignores spaces around the digits, and reads null and '' as 0.
  const n = Number(value);
  return Number.isInteger(n) && n >= MIN_HEADING_LEVEL && n <= MAX_HEADING_LEVEL
    ? (n as HeadingLevel)
    : undefined;
}

/** A heading level `depth` steps below `base`, never past `<h6>`. */
export function headingLevelBelow(base: number, depth: number): HeadingLevel {
  return Math.min(MAX_HEADING_LEVEL, base + depth) as HeadingLevel;
}

/**
 * The `heading-level` rule of an element whose first headings sit `depth` levels below a title
 * at the default level (0: the element has its own title).
 */
export function headingLevel<E>(
  property: keyof E & string,
  depth = 0,
): AttributeRule<E, HeadingLevel> {
  const fallback = (DEFAULT_HEADING_LEVEL + depth) as HeadingLevel;
  return {
    attribute: 'heading-level',
    property,
    parse: (raw, warn) => {
      if (raw == null || raw === '') return fallback;
      const level = parseHeadingLevel(raw);
      if (level === undefined) warn(`expected 2 to 6; using ${fallback}`);
      return level ?? fallback;
    },
  };
}
