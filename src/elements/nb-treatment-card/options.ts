/** Attribute values the card understands, and the small pure parsers behind its fallbacks. */

import type { RiskGroup, Situation } from '../../content/types.js';

export type { RiskGroup, Situation };
export const RISK_GROUPS: readonly RiskGroup[] = ['low', 'intermediate', 'high'];
export const SITUATIONS: readonly Situation[] = ['relapsed', 'refractory'];

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
