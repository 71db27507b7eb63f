// The shared bad-input suite: for every element in test/a11y/elements.ts, every attribute its
// attribute table parses (src/internal/attributes.ts, plus the base attributes every element has)
// must have a bad-input case here, and each case must give exactly one console.warn naming the
// element, the attribute and the value, then render exactly as the fallback does; a second copy
// with the same mistake warns no more. The tests are declared from the tables themselves, so an
// attribute added to a table without its case fails until the case is written.
import { expect } from '@open-wc/testing';
import { parsedAttributes } from './attributes.js';
import { captureWarnings } from '../helpers.js';
import type { A11yEntry, A11yFixture, BadValue } from './elements.js';
import { mounter } from './suite.js';

/** Cases for the attributes every element has (theme and the partner's sign-off). */
export const baseBadInput: Readonly<Record<string, readonly BadValue[]>> = {
  theme: [{ value: 'neon', fallback: 'light' }],
  'reviewed-by': [{ value: 'Our own team', fallback: null }],
  'reviewed-on': [
    { value: '2026-02-30', fallback: null, with: { 'reviewed-by': 'Our clinical team' } },
  ],
  'review-due': [
    {
      value: '2026-13-01',
      fallback: null,
      with: { 'reviewed-by': 'Our clinical team', 'reviewed-on': '2026-01-02' },
    },
  ],
};

/** The element's bad-input cases for `attribute` (its own, else the base cases). */
export function casesFor(entry: A11yEntry, attribute: string): readonly BadValue[] {
  return entry.badInput?.[attribute] ?? baseBadInput[attribute] ?? [];
}

/** Attributes parsed without a case, and cases for attributes nothing parses. */
export function coverageProblems(entry: A11yEntry): string[] {
  const parsed = parsedAttributes(entry.tag);
  return [
    ...parsed
      .filter((a) => casesFor(entry, a).length === 0)
      .map((a) => `${a}: parsed by <${entry.tag}> but has no bad-input case`),
    ...Object.keys(entry.badInput ?? {})
      .filter((a) => !parsed.includes(a))
      .map((a) => `${a}: has bad-input cases but <${entry.tag}> parses no such attribute`),
  ];
}

/** Attributes that only move things on screen, not what the element shows. */
const POSITION_ONLY = new Set(['style', 'data-placement']);

/**
 * The rendered tree as text: elements with their attributes, shadow roots and text, looking
 * through every shadow root; the attributes of the element under test itself are left out
 * (they hold the bad value), and so are Lit's comment markers.
 */
export function snapshot(node: Node, tag: string): string {
  if (node instanceof Text) return node.data.replace(/\s+/g, ' ');
  if (!(node instanceof Element || node instanceof DocumentFragment)) return '';
  const inner = [...node.childNodes].map((c) => snapshot(c, tag)).join('');
  if (!(node instanceof Element)) return inner;
  const attrs =
    node.localName === tag
      ? ''
      : [...node.attributes]
          .filter((a) => !POSITION_ONLY.has(a.name))
          .map((a) => ` ${a.name}="${a.value}"`)
          .sort()
          .join('');
  const shadow = node.shadowRoot ? `#shadow(${snapshot(node.shadowRoot, tag)})` : '';
  return `<${node.localName}${attrs}>${shadow}${inner}</${node.localName}>`;
}

/** The fixture with `attrs` set (null: removed) on its element under test. */
function withAttributes(
  f: A11yFixture,
  tag: string,
  attrs: Record<string, string | null>,
): A11yFixture {
  return {
    ...f,
    create: () => {
      const root = f.create();
      const el = root.localName === tag ? root : root.querySelector(tag);
      if (!el) throw new Error(`the fixture "${f.name}" has no <${tag}>`);
      for (const [name, value] of Object.entries(attrs)) {
        if (value === null) el.removeAttribute(name);
        else el.setAttribute(name, value);
      }
      return root;
    },
  };
}

/**
 * What is wrong with how the element takes one bad value: not exactly one warning naming
 * element, attribute and value; rendering other than the fallback's; a second copy warning again.
 */
export async function badInputProblems(
  entry: A11yEntry,
  attribute: string,
  bad: BadValue,
): Promise<string[]> {
  const f = entry.fixtures[bad.fixture ?? 0]!;
  const problems: string[] = [];
  const mount = (value: string | null) =>
    mounter(withAttributes(f, entry.tag, { ...bad.with, [attribute]: value }))();
  // The fallback first: warnings its own mount gives (a lone reviewed-by) are not this case's.
  const expected =
    typeof bad.fallback === 'function'
      ? undefined
      : snapshot((await mount(bad.fallback)).el, entry.tag);
  const warnings = captureWarnings();
  try {
    const { el } = await mount(bad.value);
    const said = [...warnings.messages];
    const names = [`<${entry.tag}>`, attribute, bad.value];
    if (said.length !== 1 || !names.every((n) => said[0]!.includes(n)))
      problems.push(`expected one warning naming ${names.join(', ')}; got ${JSON.stringify(said)}`);
    if (typeof bad.fallback === 'function') {
      try {
        bad.fallback(el.localName === entry.tag ? el : el.querySelector(entry.tag)!);
      } catch (error) {
        problems.push(`does not fall back: ${String(error)}`);
      }
    } else if (snapshot(el, entry.tag) !== expected) {
      problems.push(
        `renders other than with ${bad.fallback === null ? 'no ' + attribute : `${attribute}="${bad.fallback}"`}`,
      );
    }
    await mount(bad.value);
    if (warnings.messages.length > said.length)
      problems.push(
        `a second copy warned again: ${JSON.stringify(warnings.messages.slice(said.length))}`,
      );
  } finally {
    warnings.restore();
  }
  return problems;
}

/** Declares the bad-input tests for one element, from its attribute tables (call after define). */
export function describeBadInput(entry: A11yEntry): void {
  describe(`<${entry.tag}> bad input`, () => {
    it('has a bad-input case for every attribute it parses', () => {
      expect(coverageProblems(entry)).to.deep.equal([]);
    });
    for (const attribute of parsedAttributes(entry.tag)) {
      const cases = casesFor(entry, attribute);
      if (cases.length === 0)
        it(`${attribute}: has a bad-input case`, () =>
          expect.fail(`add a case for ${attribute} to badInput in test/a11y/elements.ts`));
      for (const bad of cases) {
        it(`${attribute}="${bad.value}": warns once, naming it, and falls back`, async () => {
          expect(await badInputProblems(entry, attribute, bad)).to.deep.equal([]);
        });
      }
    }
  });
}
