import { warnInvalid } from './warn.js';

/**
 * The one attribute model of every element: each element lists its parsed attributes in a table
 * (attribute name, the property it reads, a parser); `resolveAttributes` runs a parser only when
 * what it reads has changed (once per change, in `willUpdate`), and the template reads the stored
 * results. A parser never throws: a bad value is warned about once per page (element, attribute,
 * value, what is used instead; see warn.ts) and the fallback is returned. The shared bad-input
 * suite (test/a11y/bad-input.ts) reads these tables, so every attribute listed here has a test.
 */

/** Warns once about the attribute's value (or `value`), saying what is used instead. */
export type Warn = (instead: string, value?: unknown) => void;

export interface AttributeRule<E, T> {
  /** The attribute's name, as warnings say it. */
  readonly attribute: string;
  /** The property it reads. */
  readonly property: keyof E & string;
  /** Other properties the result depends on (it is resolved again when one changes). */
  readonly also?: readonly (keyof E & string)[];
  /** The value to use; calls `warn` (then returns a fallback) for a bad one. */
  readonly parse: (raw: unknown, warn: Warn, el: E) => T;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AttributeTable<E> = Readonly<Record<string, AttributeRule<E, any>>>;

/** What the template reads: each rule's result under its key. */
export type Resolved<Table> = {
  -readonly [K in keyof Table]: Table[K] extends AttributeRule<never, infer T> ? T : never;
};

/** Where a store keeps the property values each entry was last resolved from. */
const SOURCES = Symbol();

/**
 * Resolves into `into` every rule whose properties changed since it was last resolved (all of
 * them the first time), so each value is parsed, and a bad one warned about, once per change.
 */
export function resolveAttributes<E extends HTMLElement, Table extends AttributeTable<E>>(
  el: E,
  table: Table,
  into: Resolved<Table>,
): Resolved<Table> {
  const seen = ((into as { [SOURCES]?: Record<string, unknown[]> })[SOURCES] ??= {});
  for (const [key, rule] of Object.entries(table)) {
    const values = [rule.property, ...(rule.also ?? [])].map((p) => el[p]);
    if (seen[key]?.every((v, i) => Object.is(v, values[i]))) continue;
    seen[key] = values;
    const raw = values[0];
    const warn: Warn = (instead, value = raw) =>
      warnInvalid(el.localName, rule.attribute, value, instead);
    (into as Record<string, unknown>)[key] = rule.parse(raw, warn, el);
  }
  return into;
}

/** Unset: `null`, `undefined`, or only spaces (never an error). */
export function isUnset(raw: unknown): boolean {
  return raw == null || String(raw).trim() === '';
}

/** One of `allowed`; unset gives `fallback` quietly, anything else with one warning. */
export function oneOf<E, T extends string>(
  attribute: string,
  property: keyof E & string,
  allowed: readonly T[],
  fallback: T,
): AttributeRule<E, T> {
  return {
    attribute,
    property,
    parse: (raw, warn) => {
      if (raw == null || raw === '') return fallback;
      if ((allowed as readonly unknown[]).includes(raw)) return raw as T;
      warn(`using "${fallback}"`);
      return fallback;
    },
  };
}

/** `rule` with its result passed through `f` (e.g. `none` read as undefined). */
export function mapped<E, T, U>(
  rule: AttributeRule<E, T>,
  f: (value: T) => U,
): AttributeRule<E, U> {
  return { ...rule, parse: (raw, warn, el) => f(rule.parse(raw, warn, el)) };
}
