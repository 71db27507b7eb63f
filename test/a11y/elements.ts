// The elements the shared accessibility suite runs over (test/a11y.test.ts). Adding an element
// is one entry here: its tag, how to register it, and a few fixtures showing its states.
import { expect, nextFrame, waitUntil } from '@open-wc/testing';
import type { Announcement } from './checks.js';

export interface A11yFixture {
  /** Shown in test names, e.g. "open, dismissible". */
  name: string;
  /**
   * Builds the element, not yet attached: the suite wraps it and sets `lang` and `dir` on what this
   * returns and `theme` on every nb- element in it. An inline element can come wrapped in the
   * partner's own markup (a sentence), as pages use it.
   */
  create: () => HTMLElement;
  /** Brings a freshly mounted fixture into the state shown (e.g. opens a popup), after it rendered. */
  ready?: (root: HTMLElement) => Promise<void>;
  /** What a screen reader should announce for key parts, in English (checked exactly). */
  announces?: readonly Announcement[];
}

/** A bad value for one attribute, for the shared bad-input suite (test/a11y/bad-input.ts). */
export interface BadValue {
  value: string;
  /**
   * The element must render exactly as with this value (null: without the attribute), or pass
   * this check when no value renders the same (given the element under test).
   */
  fallback: string | null | ((el: Element) => void);
  /** Other attributes both copies have (null removes one the fixture sets). */
  with?: Record<string, string | null>;
  /** Which fixture to start from (default: the first). */
  fixture?: number;
}

export interface A11yEntry {
  tag: string;
  /** Registers the element (and anything it renders). */
  define: () => Promise<unknown>;
  /** Values of `heading-level` to check the outline at; leave out if the element has no headings. */
  headingLevels?: readonly number[];
  fixtures: readonly A11yFixture[];
  /**
   * Bad values for every attribute the element's attribute table parses, by attribute name
   * (theme and the sign-off attributes have shared cases in bad-input.ts).
   */
  badInput?: Readonly<Record<string, readonly BadValue[]>>;
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
  badInput: {
    org: [{ value: '   ', fallback: null }],
    number: [{ value: 'call us', fallback: null }],
    hours: [{ value: 'whenever', fallback: null }],
    'closed-dates': [{ value: 'tomorrow', fallback: null }],
    'bank-holidays': [{ value: 'wales', fallback: 'england-and-wales' }],
    dismissible: [{ value: 'yes', fallback: '' }],
  },
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

const CARD_TITLE = 'Treatment when neuroblastoma has come back or not gone away';

export const treatmentCard: A11yEntry = {
  tag: 'nb-treatment-card',
  define: () => import('../../src/elements/nb-treatment-card/define.js'),
  headingLevels: [2, 3, 4],
  badInput: {
    'risk-group': [{ value: 'medium', fallback: null }],
    situation: [{ value: 'remission', fallback: null }],
    'heading-level': [
      { value: '9', fallback: '2' },
      { value: 'h3', fallback: '2' },
    ],
    sections: [{ value: 'nonsense', fallback: null }],
    'trials-href': [{ value: 'javascript:alert(1)', fallback: null }],
    'feedback-href': [{ value: 'http://evil.test/form', fallback: null }],
  },
  fixtures: [
    {
      name: 'all groups, with trials-href',
      create: () =>
        make('nb-treatment-card', { 'trials-href': '/trials' }, { now: mondayMorning } as object),
      announces: [
        { selector: '[part="card"]', role: 'article', name: CARD_TITLE },
        { selector: '[part="heading"]', role: 'heading', name: CARD_TITLE },
        { selector: '[part="trials-link"]', role: 'link', name: 'See our list of clinical trials' },
        { selector: '[part="call"]', role: 'link', name: 'Call 0808 800 4040' },
        { selector: '[part="source"] a', role: 'link', name: /Cancer Research UK/ },
      ],
    },
    {
      name: 'high risk, collapsed, with feedback-href',
      create: () =>
        make(
          'nb-treatment-card',
          { 'risk-group': 'high', collapsed: '', 'feedback-href': '/feedback' },
          { now: mondayMorning } as object,
        ),
      announces: [
        { selector: '[part="card"]', role: 'article', name: CARD_TITLE },
        { selector: '[part="summary"]', role: 'button', name: 'What relapsed and refractory mean' },
        { selector: '[part="feedback"]', role: 'link', name: 'Was this helpful? Tell us' },
      ],
    },
  ],
};

export const trialList: A11yEntry = {
  tag: 'nb-trial-list',
  define: () => import('../../src/elements/nb-trial-list/define.js'),
  headingLevels: [2, 3],
  badInput: {
    status: [{ value: 'open', fallback: 'all' }],
    sort: [{ value: 'date', fallback: 'status' }],
    'heading-level': [{ value: '1', fallback: '2' }],
    src: [
      {
        value: 'javascript:alert(1)',
        // Nothing is fetched: the built-in list, with the note that it could not be updated.
        fallback: (el) => {
          expect(el.shadowRoot!.querySelectorAll('[part="trial"]')).to.have.length(9);
          expect(
            el.shadowRoot!.querySelector('[part="feed-note"]')!.getAttribute('data-feed'),
          ).to.equal('failed');
        },
      },
    ],
    timeout: [{ value: 'soon', fallback: null }],
    'live-status-endpoint': [{ value: 'http://evil.test/ctgov', fallback: null }],
  },
  fixtures: [
    {
      name: 'bundled trials, open first',
      create: () => make('nb-trial-list', {}, { now: mondayMorning } as object),
      announces: [
        { selector: '[part="list"]', role: 'region', name: 'Clinical trials' },
        { selector: '#filter', role: 'combobox', name: 'Show' },
        { selector: '#sort', role: 'combobox', name: 'Order' },
        { selector: '[part="count"]', role: 'status', name: '' },
        {
          selector: '.database a',
          role: 'link',
          name: 'Cancer Research UK clinical trials database',
        },
        { selector: '[part="trial"] article', role: 'article', name: /./ },
      ],
    },
  ],
};

/** `<p>text <tag …>…</tag> text</p>`: an inline element as a partner's sentence holds it. */
function sentence(before: string, term: HTMLElement, after: string): HTMLParagraphElement {
  const p = document.createElement('p');
  p.append(before, term, after);
  return p;
}

export const drugTerm: A11yEntry = {
  tag: 'nb-drug-term',
  define: () => import('../../src/elements/nb-drug-term/define.js'),
  badInput: {
    term: [
      {
        value: 'notaword',
        // No entry: the word is shown as written, with no button and no popup.
        fallback: (el) => {
          expect(el.shadowRoot!.querySelector('button')).to.equal(null);
          expect(el.textContent).to.equal('topotecan');
        },
      },
    ],
    'glossary-href': [
      { value: 'javascript:alert(1)', fallback: null, fixture: 1 },
      { value: '//evil.test/glossary', fallback: null, fixture: 1 },
    ],
  },
  fixtures: [
    {
      name: 'in a sentence',
      create: () =>
        sentence(
          'Some children have ',
          Object.assign(make('nb-drug-term', { term: 'topotecan' }), { textContent: 'topotecan' }),
          ' with other chemotherapy.',
        ),
      announces: [{ selector: '[part="trigger"]', role: 'button', name: 'topotecan' }],
    },
    {
      // No text of its own: the word shown is the glossary name, in the page's language.
      name: 'showing its glossary name, popup open',
      create: () =>
        sentence(
          'Some children have ',
          make('nb-drug-term', { term: 'topotecan' }),
          ' with other chemotherapy.',
        ),
      ready: async (root) => {
        const term = root.querySelector('nb-drug-term') as HTMLElement & { show(): void };
        term.show();
        // Open and placed (at 320 px it waits for the positioning code to shift it).
        await waitUntil(
          () => term.shadowRoot?.querySelector('[part="popup"].is-ready [role="status"] span'),
          'the popup did not open',
        );
        await nextFrame();
      },
      announces: [
        { selector: '[part="trigger"]', role: 'button', name: 'topotecan' },
        { selector: '[part="popup"] [role="status"]', role: 'status', name: '' },
        { selector: '[part="more"]', role: 'link', name: 'More in the glossary' },
      ],
    },
  ],
};

export const glossary: A11yEntry = {
  tag: 'nb-glossary',
  define: () => import('../../src/elements/nb-glossary/define.js'),
  headingLevels: [2, 3],
  badInput: {
    terms: [{ value: 'nonsense', fallback: null }],
    'heading-level': [{ value: '7', fallback: '3' }],
  },
  fixtures: [
    {
      name: 'three terms',
      create: () => make('nb-glossary', { terms: 'topotecan mibg isotretinoin' }),
      announces: [
        { selector: '[part="glossary"]', role: 'region', name: 'Glossary' },
        { selector: '[part="letter"]', role: 'heading', name: 'I' },
      ],
    },
  ],
};

export const glossaryScope: A11yEntry = {
  tag: 'nb-glossary-scope',
  define: () => import('../../src/elements/nb-glossary-scope/define.js'),
  badInput: {
    'glossary-href': [{ value: 'http://evil.test/glossary', fallback: null }],
  },
  fixtures: [
    {
      name: 'a partner paragraph',
      create: () => {
        const scope = make('nb-glossary-scope');
        const p = document.createElement('p');
        p.textContent = 'Some children have topotecan with cyclophosphamide.';
        scope.append(p);
        return scope;
      },
      ready: async (root) => {
        await waitUntil(() => root.querySelector('nb-drug-term'), 'no term was wrapped');
      },
      announces: [{ selector: '[part="trigger"]', role: 'button', name: 'topotecan' }],
    },
  ],
};

/** Every element the suite covers. */
export const a11yElements: readonly A11yEntry[] = [
  helplineBanner,
  treatmentCard,
  trialList,
  drugTerm,
  glossary,
  glossaryScope,
];
