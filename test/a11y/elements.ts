// The elements the shared accessibility suite runs over (test/a11y.test.ts). Adding an element
// is one entry here: its tag, how to register it, and a few fixtures showing its states.
import type { Announcement } from './checks.js';

export interface A11yFixture {
  /** Shown in test names, e.g. "open, dismissible". */
  name: string;
  /** Builds the element, not yet attached: the suite wraps it and sets `theme`, `dir`, `lang`. */
  create: () => HTMLElement;
  /** What a screen reader should announce for key parts, in English (checked exactly). */
  announces?: readonly Announcement[];
}

export interface A11yEntry {
  tag: string;
  /** Registers the element (and anything it renders). */
  define: () => Promise<unknown>;
  /** Values of `heading-level` to check the outline at; leave out if the element has no headings. */
  headingLevels?: readonly number[];
  fixtures: readonly A11yFixture[];
}

/** `<tag attr…>` with properties set (e.g. a fixed clock). */
export function make<T extends HTMLElement>(
  tag: string,
  attrs: Record<string, string> = {},
  props: Partial<T> = {},
): T {
  const el = document.createElement(tag) as T;
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  return Object.assign(el, props);
}

/** A fixed clock: Monday 5 January 2026, 10:00 UK time (helpline open, source overdue for review). */
const mondayMorning = () => new Date('2026-01-05T10:00:00Z');

export const helplineBanner: A11yEntry = {
  tag: 'nb-helpline-banner',
  define: () => import('../../src/elements/nb-helpline-banner/define.js'),
  fixtures: [
    {
      name: 'open, dismissible, reader abroad',
      create: () =>
        make('nb-helpline-banner', { dismissible: '' }, {
          now: mondayMorning,
          readerTimeZone: 'America/New_York',
        } as object),
      announces: [
        { selector: '[part="banner"]', role: 'region', name: 'Helpline' },
        { selector: '[part="status"]', role: 'status', name: '' },
        { selector: '[part="call"]', role: 'link', name: 'Call 0808 800 4040 (Freephone)' },
        { selector: '[part="dismiss"]', role: 'button', name: 'Hide helpline information' },
        { selector: '[part="source"] a', role: 'link', name: /Cancer Research UK/ },
      ],
    },
    {
      name: 'closed, custom line',
      create: () =>
        make(
          'nb-helpline-banner',
          { org: 'Family support line', number: '020 7946 0000', hours: 'Sa 10:00-13:00' },
          { now: mondayMorning } as object,
        ),
      announces: [{ selector: '[part="call"]', role: 'link', name: 'Call 020 7946 0000' }],
    },
  ],
};

/** Every element the suite covers. Lead: add `treatmentCard`, `drugTerm`, `glossary`, … here. */
export const a11yElements: readonly A11yEntry[] = [helplineBanner];
