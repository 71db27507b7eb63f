/** Attribute values the card understands, and the small pure parsers behind its fallbacks. */

import type { RiskGroup, Situation } from '../../content/types.js';

export type { RiskGroup, Situation };
export const RISK_GROUPS: readonly RiskGroup[] = ['low', 'intermediate', 'high'];
export const SITUATIONS: readonly Situation[] = ['relapsed', 'refractory'];

export const MIN_HEADING_LEVEL = 2;
export const MAX_HEADING_LEVEL = 6;
export const DEFAULT_HEADING_LEVEL = 2;

/** `2`–`6` as an integer, or undefined for anything else ("9", "h3", "2.5"). */
export function parseHeadingLevel(value: unknown): number | undefined {
  const n = typeof value === 'number' ? value : Number(String(value ?? '').trim());
  if (!Number.isInteger(n) || n < MIN_HEADING_LEVEL || n > MAX_HEADING_LEVEL) return undefined;
  return n;
}

/** A heading level `depth` steps below `base`, never past `<h6>`. */
export function headingLevelBelow(base: number, depth: number): number {
  return Math.min(MAX_HEADING_LEVEL, base + depth);
}

/**
 * Splits a space-separated `sections` list into the known ids (in the order the card shows
 * them, duplicates dropped) and the unknown tokens to warn about.
 */
export function parseSectionList(
  value: string,
  known: readonly string[],
): { ids: string[]; unknown: string[] } {
  const tokens = value.split(/\s+/).filter(Boolean);
  const asked = new Set(tokens);
  return {
    ids: known.filter((id) => asked.has(id)),
    unknown: tokens.filter((t) => !known.includes(t)),
  };
}

/**
 * A partner-supplied link target when it is `https:` or relative (`/feedback`, `form.html`,
 * `#help`), else undefined. Tabs, newlines and leading control characters are removed first,
 * exactly as browsers do, so `java\tscript:` cannot slip through; protocol-relative `//host`
 * is refused because it inherits an `http:` page's scheme.
 */
export function safeHref(value: string | null | undefined): string | undefined {
  if (value == null) return undefined;
  // C0 controls and spaces at either end, as the URL parser strips them.
  // eslint-disable-next-line no-control-regex
  const edges = /^[\u0000-\u0020]+|[\u0000-\u0020]+$/g;
  const cleaned = value.replace(/[\t\n\r]/g, '').replace(edges, '');
  if (!cleaned || cleaned.startsWith('//') || cleaned.startsWith('\\')) return undefined;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned);
  if (scheme) {
    if (scheme[1]!.toLowerCase() !== 'https') return undefined;
    try {
      return new URL(cleaned).host ? cleaned : undefined;
    } catch {
      return undefined;
    }
  }
  return cleaned;
}
