import { html, type TemplateResult } from 'lit';
import { link, type ShownReference } from './credits.js';

// The credits footer's links to the references of the glossary words shown (`renderCredits`'s
// `referenceLinks`). A module of its own: only the glossary's footer lists them, so no other page
// loads it (issue #18 page budgets).

/**
 * Each reference name once, linked; one that has a page per word links each word's page.
 * Undefined when there is no reference.
 */
export function renderReferenceLinks(
  references: readonly ShownReference[],
): TemplateResult | undefined {
  if (!references.length) return undefined;
  const byName = new Map<string, ShownReference[]>();
  for (const shown of references) {
    const list = byName.get(shown.reference.name) ?? [];
    list.push(shown);
    byName.set(shown.reference.name, list);
  }
  const out: TemplateResult[] = [];
  for (const [name, unsorted] of byName) {
    const shown = [...unsorted].sort((a, b) => a.term.localeCompare(b.term));
    const urls = [...new Set(shown.map((s) => s.reference.url))];
    const piece =
      urls.length === 1
        ? link(urls[0]!, name)
        : html`<span lang="en">${name}</span>
            (${shown.map((s, i) => html`${i ? ', ' : ''}${link(s.reference.url, s.term)}`)})`;
    out.push(html`${out.length ? '; ' : ''}${piece}`);
  }
  return html`${out}`;
}
