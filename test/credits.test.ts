// Every widget credits exactly the origins of what it shows (facts.md, Provenance): the facts of
// all rendered `[data-facts]` in an element's shadow root give the origins; its footer must credit
// each of them and no other. Checked on the footer's English text, over every element and its
// main states, so a footer that credits Cancer Research UK for everything fails.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { render } from 'lit';
import { glossary, glossaryEntry } from '../src/content/glossary.js';
import { originsOf } from '../src/content/origins.js';
import { trialRecordsFor } from '../src/content/trial-records.js';
import type { FactId, Origin, Reference } from '../src/content/types.js';
import '../src/elements/nb-drug-term/define.js';
import '../src/elements/nb-glossary/define.js';
import '../src/elements/nb-glossary-scope/define.js';
import '../src/elements/nb-helpline-banner/define.js';
import '../src/elements/nb-treatment-card/define.js';
import '../src/elements/nb-trial-list/define.js';
import type { NbDrugTerm } from '../src/elements/nb-drug-term/nb-drug-term.js';
import { renderCredits } from '../src/common/credits.js';
import { renderRecordLinks } from '../src/common/record-links.js';
import type { NbElement } from '../src/common/nb-element.js';
import { untilShown } from './drug-term-helpers.js';
import { captureWarnings, shadow, untilLocale } from './helpers.js';

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
        else expect(shownFacts(el), 'the element marks what it shows').to.have.length.above(0);
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

describe('credits: named references and registry records', () => {
  const fixtures: Record<string, Reference> = {
    topotecan: {
      name: 'Test Drug Dictionary',
      title: 'topotecan',
      url: 'https://drugs.example.org/topotecan',
      accessed: '2026-11-20',
      supports: 'fixture',
    },
    irinotecan: {
      name: 'Test Drug Dictionary',
      title: 'irinotecan',
      url: 'https://drugs.example.org/irinotecan',
      accessed: '2026-11-20',
      supports: 'fixture',
    },
    bevacizumab: {
      name: 'Test Regulator',
      title: 'bevacizumab',
      url: 'https://regulator.example.org/bevacizumab',
      accessed: '2026-10-02',
      supports: 'fixture',
    },
  };
  const saved = new Map<string, PropertyDescriptor | undefined>();
  before(() => {
    for (const [key, reference] of Object.entries(fixtures)) {
      const entry = glossaryEntry(key)!;
      saved.set(key, Object.getOwnPropertyDescriptor(entry, 'reference'));
      Object.defineProperty(entry, 'reference', { value: reference, configurable: true });
    }
  });
  after(() => {
    for (const [key, descriptor] of saved) {
      const entry = glossaryEntry(key)!;
      if (descriptor) Object.defineProperty(entry, 'reference', descriptor);
      else delete (entry as { reference?: Reference }).reference;
    }
  });

  it('the glossary names each reference once, linking each word’s page', async () => {
    const el = await mount('nb-glossary', { terms: 'topotecan irinotecan bevacizumab' });
    const credit = shadow(el).querySelector<HTMLElement>('[data-origin="reference"]')!;
    expect(credit.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Word explanations: Test Drug Dictionary (irinotecan, topotecan); Test Regulator',
    );
    const links = [...credit.querySelectorAll('a')].map((a) => [a.textContent, a.href]);
    expect(links).to.deep.equal([
      ['irinotecan', 'https://drugs.example.org/irinotecan'],
      ['topotecan', 'https://drugs.example.org/topotecan'],
      ['Test Regulator', 'https://regulator.example.org/bevacizumab'],
    ]);
  });

  it('a popup says in one line which reference it was checked against, and when', async () => {
    const host = await fixture<HTMLParagraphElement>(html`<p></p>`);
    const term = document.createElement('nb-drug-term') as NbDrugTerm;
    term.setAttribute('term', 'topotecan');
    host.append(term);
    await term.updateComplete;
    term.show();
    await untilShown(term);
    const credit = shadow(term).querySelector<HTMLElement>('[part="credit"]')!;
    expect(credit.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Checked against Test Drug Dictionary, Nov 2026',
    );
    // The popup names the reference; its link is in the glossary footer (see above).
    expect(credit.querySelector('a')).to.equal(null);
  });

  it('a widget naming trials links the records it mentions, with the month they were read', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const { records, checked } = trialRecordsFor(['S16', 'T09']);
    render(
      renderCredits({
        facts: ['S16', 'T09'],
        recordLinks: renderRecordLinks(records),
        registryChecked: checked,
        now: OVERDUE(),
        locale: 'en-GB',
      }),
      host,
    );
    const credit = host.querySelector<HTMLElement>('[data-origin="registry"]')!;
    expect(credit.querySelector('p')!.textContent).to.equal(
      'Trial details from the trial registries, checked Mar 2025.',
    );
    expect([...credit.querySelectorAll('a')].map((a) => a.href)).to.deep.equal([
      'https://clinicaltrials.gov/study/NCT03455140',
      'https://www.isrctn.com/ISRCTN21727048',
    ]);
    // The page's credit is there for S16, and nothing else.
    expect(
      [...host.querySelectorAll<HTMLElement>('[data-origin]')].map((c) => c.dataset.origin),
    ).to.deep.equal(['source-page', 'registry']);
  });
});

describe('credits: a popup stays mostly definition', () => {
  let rootSize = '';
  before(() => {
    rootSize = document.documentElement.style.fontSize;
    document.documentElement.style.fontSize = '10px';
  });
  after(() => {
    document.documentElement.style.fontSize = rootSize;
  });

  it('under a 10 px host root, once overdue: no notice box, one-line credit and care-team line', async () => {
    const host = await fixture<HTMLParagraphElement>(html`<p>Some children have</p>`);
    const term = document.createElement('nb-drug-term') as NbDrugTerm;
    term.setAttribute('term', 'topotecan');
    term.now = OVERDUE;
    host.append(term);
    await term.updateComplete;
    term.show();
    await untilShown(term);
    const root = shadow(term);
    expect(root.querySelector('[part="review-notice"]')).to.equal(null);
    const popupBox = root.querySelector('[part="popup"]')!.getBoundingClientRect();
    // Every length follows the popup's own 16 px text, not the host's 10 px root.
    expect(popupBox.width).to.be.greaterThan(300);
    const definition = root.querySelector('[part="definition"]')!.getBoundingClientRect().height;
    // One credit line and one care-team line, nothing else under the link.
    const lines = [...root.querySelectorAll<HTMLElement>('[part="source"] > *')];
    expect(lines.map((l) => l.getAttribute('part'))).to.deep.equal(['credit', 'care-team']);
    const notes = root.querySelector('[part="source"]')!.getBoundingClientRect().height;
    const heading = root.querySelector('.heading')!.getBoundingClientRect().height;
    console.log(
      JSON.stringify({ notes, definition, heading, width: popupBox.width, h: popupBox.height }),
    );
    expect(notes, 'credits and care-team line vs the word and its definition').to.be.lessThan(
      definition + heading,
    );
  });
});

describe('credits: the partner’s own sign-off', () => {
  const SIGNED = {
    'reviewed-by': 'Solving Kids’ Cancer UK',
    'reviewed-on': '2025-10-12',
    'review-due': '2026-10-12',
  };
  const PARTNER_DUE_PASSED = () => new Date('2026-11-02T10:00:00Z');
  const tags = ['nb-treatment-card', 'nb-trial-list', 'nb-glossary', 'nb-helpline-banner'];
  const signOffText = (el: Element) =>
    shadow(el).querySelector('[part="sign-off"]')?.textContent?.replace(/\s+/g, ' ').trim();
  const noticeText = (el: Element) =>
    shadow(el).querySelector('[part="review-notice"]')?.textContent?.replace(/\s+/g, ' ').trim();

  for (const tag of tags) {
    it(`<${tag}> shows it beside the source's dates, before and after 31 Aug 2025 and the partner's own due date`, async () => {
      const el = await mount(tag, SIGNED, { now: BEFORE_DUE });
      const line = 'Checked by Solving Kids’ Cancer UK on 12 Oct 2025; next check due 12 Oct 2026.';
      expect(signOffText(el)).to.equal(line);
      expect(noticeText(el)).to.equal(undefined);
      const fromPage = originsOf(shownFacts(el)).includes('source-page');

      (el as NbElement).now = OVERDUE;
      await (el as NbElement).updateComplete;
      expect(signOffText(el)).to.equal(line);
      expect(noticeText(el)).to.equal(
        fromPage
          ? 'The Cancer Research UK page is overdue for review. Solving Kids’ Cancer UK checked this information on 12 Oct 2025.'
          : undefined,
      );

      (el as NbElement).now = PARTNER_DUE_PASSED;
      await (el as NbElement).updateComplete;
      expect(signOffText(el)).to.equal(line);
      expect(noticeText(el)).to.equal(
        fromPage
          ? 'The Cancer Research UK page is overdue for review. Solving Kids’ Cancer UK checked this information on 12 Oct 2025, and their next check is due too.'
          : undefined,
      );
    });
  }

  it('without a sign-off, the notice is the page’s own', async () => {
    const el = await mount('nb-treatment-card', {}, { now: OVERDUE });
    expect(signOffText(el)).to.equal(undefined);
    expect(noticeText(el)).to.match(/^This information is overdue for review/);
  });

  it('a popup shows the sign-off set on its word', async () => {
    const host = await fixture<HTMLParagraphElement>(html`<p></p>`);
    const term = document.createElement('nb-drug-term') as NbDrugTerm;
    for (const [name, value] of Object.entries({ term: 'irinotecan', ...SIGNED }))
      term.setAttribute(name, value);
    term.now = OVERDUE;
    host.append(term);
    await term.updateComplete;
    term.show();
    await untilShown(term);
    expect(signOffText(term)).to.equal(
      'Checked by Solving Kids’ Cancer UK on 12 Oct 2025; next check due 12 Oct 2026.',
    );
    expect(noticeText(term)).to.equal(undefined);
  });

  it('<nb-glossary-scope> hands it to the words it wraps (valid values only)', async () => {
    const scope = document.createElement('nb-glossary-scope') as NbElement;
    for (const [name, value] of Object.entries({ ...SIGNED, 'review-due': 'next year' }))
      scope.setAttribute(name, value);
    scope.innerHTML = '<p>Some children have topotecan.</p>';
    const warnings = captureWarnings();
    try {
      (await fixture<HTMLDivElement>(html`<div></div>`)).append(scope);
      await waitUntil(() => scope.querySelector('nb-drug-term'), 'no word was wrapped');
    } finally {
      warnings.restore();
    }
    expect(warnings.messages).to.have.length(1);
    const term = scope.querySelector('nb-drug-term') as NbDrugTerm;
    term.show();
    await untilShown(term);
    expect(signOffText(term)).to.equal('Checked by Solving Kids’ Cancer UK on 12 Oct 2025.');
    scope.removeAttribute('reviewed-by');
    await scope.updateComplete;
    await term.updateComplete;
    expect(signOffText(term)).to.equal(undefined);
  });

  it('says it in the element’s language', async () => {
    const el = await mount('nb-trial-list', { ...SIGNED, lang: 'es' }, { now: OVERDUE });
    await untilLocale(el, 'es');
    expect(signOffText(el)).to.match(/^Revisado por Solving Kids’ Cancer UK el 12 oct 2025/);
  });

  for (const [attribute, value] of [
    ['reviewed-on', '2025-02-31'],
    ['reviewed-on', '12/10/2025'],
    ['review-due', '2026-13-01'],
  ] as const) {
    it(`${attribute}="${value}": one warning naming element, attribute and value; the date is ignored`, async () => {
      const warnings = captureWarnings();
      let el: Element;
      try {
        el = await mount(
          'nb-glossary',
          { ...SIGNED, [attribute]: value, terms: 'topotecan' },
          { now: OVERDUE },
        );
      } finally {
        warnings.restore();
      }
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0])
        .to.contain('<nb-glossary>')
        .and.contain(attribute)
        .and.contain(value);
      if (attribute === 'reviewed-on') expect(signOffText(el)).to.equal(undefined);
      else expect(signOffText(el)).to.equal('Checked by Solving Kids’ Cancer UK on 12 Oct 2025.');
    });
  }
});
