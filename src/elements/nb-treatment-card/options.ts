/** Attribute values the card understands, and the small pure parsers behind its fallbacks. */

import type { RiskGroup, Situation } from '../../content/types.js';
import { safeUrl } from '../../internal/urls.js';

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
 * A partner-supplied link target under the one URL policy (src/internal/urls.ts): resolved
 * against the page, `https:` (or `http:` on the page's own origin), no user name or password,
 * and a relative value (`/feedback`, `form.html`, `#help`) must stay on the page's site, so
 * `//evil.test/x` and `/\evil.test/x` are refused. Returns the resolved URL, else undefined.
 */
export function safeHref(value: string | null | undefined): string | undefined {
  return safeUrl(value)?.href;
}
