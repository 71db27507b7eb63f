// The attributes an element parses, read from its attribute table (src/internal/attributes.ts)
// and the base attributes every element has: what the bad-input suite and the fuzz test cover.
import type { AttributeTable } from '../../src/internal/attributes.js';
import { baseAttributes } from '../../src/common/nb-element.js';

interface Parsing {
  attributeTable?: AttributeTable<never>;
  /** Lit's options per property: the attribute a property reads (`attribute`). */
  elementProperties: ReadonlyMap<PropertyKey, { attribute?: boolean | string }>;
}

/**
 * Every attribute a table parses: each rule's own, and those of the other properties it reads
 * (the sign-off reads `reviewed-by` and `review-due` too).
 */
function tableAttributes(table: AttributeTable<never>, ctor: Parsing): string[] {
  const attributeOf = (property: string) => {
    const name = ctor.elementProperties.get(property)?.attribute;
    return typeof name === 'string' ? name : property.toLowerCase();
  };
  return Object.values(table).flatMap((rule) => [
    rule.attribute,
    ...(rule.also ?? []).map(attributeOf),
  ]);
}

/** The attributes the element parses: the base table's and its own (after `entry.define()`). */
export function parsedAttributes(tag: string): string[] {
  const ctor = customElements.get(tag) as unknown as Parsing | undefined;
  if (!ctor) throw new Error(`<${tag}> is not defined`);
  return [
    ...tableAttributes(baseAttributes, ctor),
    ...tableAttributes(ctor.attributeTable ?? {}, ctor),
  ];
}
