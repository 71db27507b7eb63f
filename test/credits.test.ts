// Every widget credits exactly the origins of what it shows (facts.md, Provenance): the facts of
// all rendered `[data-facts]` in an element's shadow root give the origins; its footer must credit
// each of them and no other. Checked on the footer's English text, over every element and its
// main states, so a footer that credits Cancer Research UK for everything fails.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { glossary } from '../src/content/glossary.js';
import { originsOf } from '../src/content/origins.js';
import type { FactId, Origin } from '../src/content/types.js';
import '../src/elements/nb-drug-term/define.js';
import '../src/elements/nb-glossary/define.js';
import '../src/elements/nb-helpline-banner/define.js';
import '../src/elements/nb-treatment-card/define.js';
import '../src/elements/nb-trial-list/define.js';
import type { NbDrugTerm } from '../src/elements/nb-drug-term/nb-drug-term.js';
import type { NbElement } from '../src/internal/nb-element.js';
import { untilShown } from './drug-term-helpers.js';
import { shadow } from './helpers.js';

/** How each origin's credit reads in English: present exactly when that origin is shown. */
const CREDIT_WORDS: Record<Origin, RegExp> = {
  'source-page': /Cancer Research UK/,
  registry: /trial registries/,
  reference: /Word explanations|Checked against/,
  ofcom: /Ofcom/,
  'gov-uk': /GOV\.UK/,
};

const BEFORE_DUE = () => new Date('2024-06-03T10:00:00Z');
const OVERDUE = () => new Date('2026-01-05T10:00:00Z');

/** The facts of every rendered unit in the element's own shadow root. */
function shownFacts(el: Element): FactId[] {
  return [...shadow(el).querySelectorAll<HTMLElement>('[data-facts]')].flatMap((n) =>
    (n.dataset.facts ?? '').split(/\s+/).filter(Boolean),
  ) as FactId[];
}

function footerText(el: Element): string {
  const footer = shadow(el).querySelector('[part~="source"]');
  return (footer?.textContent ?? '').replace(/\s+/g, ' ');
}

/** Fails, naming the element and state, unless the footer credits exactly the origins shown. */
function expectExactCredits(el: Element, state: string): void {
  const shown = originsOf(shownFacts(el));
  const text = footerText(el);
  const credited = (Object.keys(CREDIT_WORDS) as Origin[]).filter((o) =>
    CREDIT_WORDS[o].test(text),
  );
  expect(credited, `<${el.localName}> ${state}: footer "${text}"`).to.deep.equal(shown);
  // Only facts from the page can be "overdue for review".
  const notice = shadow(el).querySelector('[part="review-notice"]');
  if (!shown.includes('source-page')) expect(notice, `${state}: review notice`).to.equal(null);
}

/** The care-team line, in the element's own words, whatever the date. */
function expectCareTeamLine(el: Element, state: string): void {
  const line = shadow(el).querySelector('[part="care-team"]');
  expect(line?.textContent ?? '', `<${el.localName}> ${state}`).to.match(/care team/);
}

async function mount<T extends NbElement>(
  tag: string,
  attrs: Record<string, string>,
  props: Record<string, unknown> = {},
): Promise<T> {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement(tag) as T;
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  Object.assign(el, props);
  host.append(el);
  await el.updateComplete;
  return el;
}

interface State {
  name: string;
  tag: string;
  attrs?: Record<string, string>;
  props?: Record<string, unknown>;
  /** Shows nothing from the fact sheet (a partner's own helpline): no credit at all. */
  own?: true;
}

const states: State[] = [
  { name: 'all groups', tag: 'nb-treatment-card' },
  { name: 'low risk', tag: 'nb-treatment-card', attrs: { 'risk-group': 'low' } },
  {
    name: 'high risk, refractory, collapsed',
    tag: 'nb-treatment-card',
    attrs: { 'risk-group': 'high', situation: 'refractory', collapsed: '' },
  },
  { name: 'helpline section only', tag: 'nb-treatment-card', attrs: { sections: 'helpline' } },
  { name: 'bundled trials', tag: 'nb-trial-list' },
  {
    name: 'closed trials, by name',
    tag: 'nb-trial-list',
    attrs: { status: 'closed', sort: 'name' },
  },
  { name: 'every term', tag: 'nb-glossary' },
  { name: 'two drugs', tag: 'nb-glossary', attrs: { terms: 'topotecan bevacizumab' } },
  {
    name: 'default line, UK reader',
    tag: 'nb-helpline-banner',
    props: { readerTimeZone: 'Europe/London' },
    own: true,
  },
  {
    name: 'default line, reader abroad',
    tag: 'nb-helpline-banner',
    props: { readerTimeZone: 'America/New_York' },
  },
  {
    name: 'own line, UK reader',
    tag: 'nb-helpline-banner',
    attrs: { org: 'Family support line', number: '020 7946 0000' },
    props: { readerTimeZone: 'Europe/London' },
    own: true,
  },
  {
    name: 'own Freephone line, reader abroad',
    tag: 'nb-helpline-banner',
    attrs: { org: 'Family support line', number: '0808 800 1234' },
    props: { readerTimeZone: 'Asia/Tokyo' },
  },
];

describe('credits: every widget credits exactly the origins it shows', () => {
  for (const s of states) {
    for (const [when, now] of [
      ['before the review date', BEFORE_DUE],
      ['once overdue', OVERDUE],
    ] as const) {
      it(`<${s.tag}> ${s.name}, ${when}`, async () => {
        const el = await mount(s.tag, s.attrs ?? {}, { now, ...s.props });
        if (s.own) expect(footerText(el)).to.not.match(/Cancer Research UK|registries|Ofcom/);
        else expect(shownFacts(el), 'the element marks what it shows').to.not.be.empty;
        expectExactCredits(el, `${s.name}, ${when}`);
        expectCareTeamLine(el, `${s.name}, ${when}`);
      });
    }
  }

  it('<nb-drug-term>: every glossary word’s popup credits its own origin, never the page’s notice', async () => {
    const host = await fixture<HTMLParagraphElement>(html`<p>Some children have</p>`);
    for (const entry of glossary) {
      const term = document.createElement('nb-drug-term') as NbDrugTerm;
      term.setAttribute('term', entry.key);
      term.now = OVERDUE;
      host.append(term);
      await term.updateComplete;
      term.show();
      await untilShown(term);
      await waitUntil(() => shadow(term).querySelector('[part="care-team"]'), 'no care-team line');
      expectExactCredits(term, `term="${entry.key}", overdue`);
      expectCareTeamLine(term, `term="${entry.key}"`);
      expect(shadow(term).querySelector('.nb-source-dates'), entry.key).to.equal(null);
      term.remove();
    }
  });
});
