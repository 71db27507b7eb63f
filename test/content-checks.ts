// The checks behind test/content.test.ts, as functions that return problems, so the tests can
// also prove that each check fails on bad content.
import { render } from 'lit';
import type { RichText } from '../src/content/types.js';
import type { FactSheet } from './facts.js';

export interface CheckedUnit {
  id: string;
  facts: readonly string[];
  render: () => RichText;
}

/** The English a reader sees: the template rendered into a div, whitespace collapsed. */
export function englishText(rich: RichText): string {
  const div = document.createElement('div');
  render(rich, div);
  return (div.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Must facts cited by no unit; cited IDs the sheet lacks; anchors missing from a citing unit. */
export function coverageProblems(sheet: FactSheet, units: readonly CheckedUnit[]): string[] {
  const problems: string[] = [];
  const cited = new Set(units.flatMap((u) => u.facts));
  for (const id of sheet.must)
    if (!cited.has(id)) problems.push(`must fact ${id} is cited by no unit`);
  for (const u of units) {
    const text = englishText(u.render()).toLowerCase();
    for (const id of u.facts) {
      if (!sheet.ids.has(id)) {
        problems.push(`${u.id} cites ${id}, which facts.md does not have`);
        continue;
      }
      for (const anchor of sheet.anchors.get(id) ?? [])
        if (!text.includes(anchor.toLowerCase()))
          problems.push(`${u.id} cites ${id} but its English lacks "${anchor}"`);
    }
  }
  return problems;
}

/**
 * Glossary words met before they are explained: in document order, the first use of each term
 * must sit inside `<nb-drug-term>` (text inside links is a name, not a use).
 */
export function unexplainedFirstUses(
  root: Element,
  terms: readonly { key: string; spellings: readonly string[] }[],
): string[] {
  const seen = new Set<string>();
  const problems: string[] = [];
  const patterns = terms.map((t) => ({
    key: t.key,
    re: new RegExp(
      `(?<![\\p{L}\\p{N}-])(?:${t.spellings
        .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ +/g, '\\s+'))
        .join('|')})(?![\\p{L}\\p{N}-])`,
      'iu',
    ),
  }));
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n instanceof Element) {
      if (n.localName === 'nb-drug-term') seen.add(n.getAttribute('term') ?? '');
      continue;
    }
    if (n.parentElement?.closest('nb-drug-term, a')) continue;
    for (const { key, re } of patterns) {
      const m = re.exec(n.textContent ?? '');
      if (m && !seen.has(key)) {
        problems.push(`"${m[0]}" (${key}) is used before it is explained`);
        seen.add(key);
      }
    }
  }
  return problems;
}
