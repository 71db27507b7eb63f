// The attributes an element parses, read from its attribute table (src/internal/attributes.ts)
// and the base attributes every element has: what the bad-input suite and the fuzz test cover.
import type { AttributeTable } from '../../src/internal/attributes.js';
import { baseAttributes } from '../../src/internal/nb-element.js';

/** Every attribute a table parses: each rule's own, and the others it covers. */
export function tableAttributes(table: AttributeTable<never>): string[] {
  return Object.values(table).flatMap((rule) => [rule.attribute, ...(rule.covers ?? [])]);
}

/** The attributes the element parses: the base table's and its own (after `entry.define()`). */
export function parsedAttributes(tag: string): string[] {
  const ctor = customElements.get(tag) as { attributeTable?: AttributeTable<never> } | undefined;
  if (!ctor) throw new Error(`<${tag}> is not defined`);
  return [...tableAttributes(baseAttributes), ...tableAttributes(ctor.attributeTable ?? {})];
}
