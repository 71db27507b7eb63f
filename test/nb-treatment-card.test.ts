import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/elements/nb-treatment-card/define.js';
import type {
  NbTreatmentCard,
  SectionToggleDetail,
} from '../src/elements/nb-treatment-card/nb-treatment-card.js';
import { captureWarnings, renderedText, shadow, textOf, untilLocale } from './helpers.js';

/** Before the due-soon window of the source's 31 Aug 2025 review date. */
const CURRENT = '2025-03-01T12:00:00Z';

async function card(
  attrs: Record<string, string> = {},
  { at = CURRENT, parent }: { at?: string; parent?: HTMLElement } = {},
): Promise<NbTreatmentCard> {
  const el = document.createElement('nb-treatment-card');
  el.now = () => new Date(at);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  const host = parent ?? (await fixture<HTMLDivElement>(html`<div></div>`));
  host.append(el);
  await el.updateComplete;
  return el;
}

const $ = (el: Element, selector: string) => shadow(el).querySelector<HTMLElement>(selector);
const $$ = (el: Element, selector: string) => [
  ...shadow(el).querySelectorAll<HTMLElement>(selector),
];

const ALL_SECTIONS = [
  'meaning',
  'depends',
  'options',
  'further',
  'research',
  'specialist',
  'find-trial',
  'helpline',
  'sources',
];

/** The risk-group blocks of the options section. */
const riskGroups = (el: Element) => $$(el, '[data-section="options"] [part="group"]');

function groupHeadings(el: Element): string[] {
  return riskGroups(el).map((g) => g.querySelector('[part="group-heading"]')!.textContent!.trim());
}

/** Every fact ID rendered anywhere in the card. */
function factsShown(el: Element): Set<string> {
  return new Set(
    $$(el, '[data-facts]').flatMap((n) => (n.dataset.facts ?? '').split(' ').filter(Boolean)),
  );
}

function sectionIds(el: Element): string[] {
  return $$(el, '[part="section"]').map((s) => s.dataset.section ?? '');
}

describe('<nb-treatment-card>', () => {
  describe('with no attributes', () => {
    it('renders every section under one heading, with an h2 title', async () => {
      const el = await card();
      const title = $(el, '[part="heading"]')!;
      expect(title.localName).to.equal('h2');
      expect($(el, 'article')!.getAttribute('aria-labelledby')).to.equal(title.id);
      expect(sectionIds(el)).to.deep.equal(ALL_SECTIONS);
      for (const h of $$(el, '[part="section-heading"]')) expect(h.localName).to.equal('h3');
    });

    it('states every source fact S01–S20, each tagged where it is said', async () => {
      const el = await card();
      const facts = factsShown(el);
      for (let i = 1; i <= 20; i++) {
        const id = `S${String(i).padStart(2, '0')}`;
        expect(facts.has(id), id).to.equal(true);
      }
      expect(textOf(el, '[data-facts~="S19"]')).to.contain('0808 800 4040');
      expect(textOf(el, '[data-facts~="S20"]')).to.contain('Whittle');
    });

    it('wraps drug and medical words in working <nb-drug-term> toggletips', async () => {
      const el = await card();
      expect(customElements.get('nb-drug-term')).to.not.equal(undefined);
      const terms = $$(el, 'nb-drug-term');
      expect(terms.length).to.be.greaterThan(10);
      const topotecan = $(el, 'nb-drug-term[term="topotecan"]')!;
      expect(topotecan.shadowRoot!.querySelector('button')).to.not.equal(null);
    });

    it('offers a call link to the helpline and the care-team note', async () => {
      const el = await card();
      expect(textOf(el, '[data-section="helpline"] [part="section-heading"]')).to.equal(
        'Talk to a nurse',
      );
      const call = $(el, '[data-section="helpline"] [part="call"]') as HTMLAnchorElement;
      expect(call.getAttribute('href')).to.equal('tel:+448088004040');
      expect(call.textContent!.trim()).to.equal('Call 0808 800 4040');
      expect(textOf(el, '[part="care-team"]')).to.contain('care team');
      expect(textOf(el, '[part="meta"]')).to.contain('No medical reviewer');
    });

    it('hides the light-DOM fallback once upgraded', async () => {
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement('nb-treatment-card');
      const link = document.createElement('a');
      link.href = 'https://www.cancerresearchuk.org/';
      link.textContent = 'fallback';
      el.append(link);
      host.append(el);
      await el.updateComplete;
      expect(link.getClientRects().length).to.equal(0);
    });

    it('shows the source footer with the review dates', async () => {
      const el = await card();
      expect(textOf(el, '[part="source"]')).to.contain(
        'Based on information from Cancer Research UK',
      );
      expect(textOf(el, '[part="source"]')).to.contain('31 Aug 2022');
      expect(textOf(el, '[part="source"]')).to.contain('31 Aug 2025');
      const link = $(el, '[part="source"] a') as HTMLAnchorElement;
      expect(link.href).to.equal(
        'https://www.cancerresearchuk.org/about-cancer/childrens-cancer/neuroblastoma/treatment-not-gone-away-come-back',
      );
    });

    it('is accessible', async () => {
      await expect(await card()).to.be.accessible();
    });
  });

  describe('risk group', () => {
    it('unset shows both risk groups, each under its own heading', async () => {
      const el = await card();
      expect(groupHeadings(el)).to.deep.equal(['Low or intermediate risk', 'High risk']);
      expect($(el, '[part="filter"]')).to.equal(null);
      const [low, high] = riskGroups(el);
      expect(low!.querySelector('[data-facts~="S05"]')!.textContent).to.contain('surgery');
      expect(high!.querySelector('[data-facts~="S06"]')!.textContent).to.contain('more intense');
      expect(high!.querySelector('[data-facts~="S08"]')!.textContent).to.contain(
        'radioactive iodine',
      );
    });

    for (const group of ['low', 'intermediate'] as const) {
      it(`${group} shows the low or intermediate options (S05), not the high-risk ones`, async () => {
        const el = await card({ 'risk-group': group });
        expect(groupHeadings(el)).to.deep.equal(['Low or intermediate risk']);
        const facts = factsShown(el);
        expect(facts.has('S05')).to.equal(true);
        for (const id of ['S06', 'S07', 'S08']) expect(facts.has(id), id).to.equal(false);
        const text = textOf(el, '[data-section="options"]');
        expect(text).to.contain('surgery again');
        expect(text).to.not.contain('more intense');
        expect($(el, 'article')!.dataset.riskGroup).to.equal(group);
      });
    }

    it('high shows the high-risk options (S06), not the low or intermediate ones', async () => {
      const el = await card({ 'risk-group': 'high' });
      expect(groupHeadings(el)).to.deep.equal(['High risk']);
      expect(textOf(el, '[part="filter"]')).to.equal('High risk');
      const facts = factsShown(el);
      for (const id of ['S06', 'S07', 'S08']) expect(facts.has(id), id).to.equal(true);
      expect(facts.has('S05')).to.equal(false);
      const text = textOf(el, '[data-section="options"]');
      expect(text).to.contain('more intense');
      expect(text).to.contain('mIBG');
      expect(text).to.not.contain('surgery again');
    });

    describe('S07–S09 (under the page’s High risk heading) only for high risk', () => {
      // What a reader would see of each: the chemotherapy choice (S07), mIBG therapy (S08),
      // dinutuximab beta and isotretinoin (S09).
      const HIGH_ONLY = [
        'likely to be different from the first time',
        'mIBG therapy',
        'radioactive iodine',
        'dinutuximab beta',
        'isotretinoin',
      ];
      const highGroup = (el: Element) =>
        riskGroups(el).find(
          (g) => g.querySelector('[part="group-heading"]')!.textContent!.trim() === 'High risk',
        );

      for (const situation of [undefined, 'relapsed', 'refractory'] as const) {
        const as = situation ? ` (situation="${situation}")` : '';
        for (const group of ['low', 'intermediate'] as const) {
          it(`risk-group="${group}"${as} shows none of them`, async () => {
            const el = await card({ 'risk-group': group, ...(situation ? { situation } : {}) });
            const text = renderedText(el);
            for (const words of HIGH_ONLY) expect(text, words).not.to.contain(words);
            for (const id of ['S07', 'S08', 'S09'])
              expect(factsShown(el).has(id), id).to.equal(false);
          });
        }
        for (const group of ['high', undefined] as const) {
          it(`${group ? `risk-group="${group}"` : 'no risk group'}${as} shows each under the High risk heading`, async () => {
            const el = await card({
              ...(group ? { 'risk-group': group } : {}),
              ...(situation ? { situation } : {}),
            });
            const high = highGroup(el);
            expect(high, 'a High risk group').not.to.equal(undefined);
            const text = (high!.textContent ?? '').replace(/\s+/g, ' ');
            for (const words of HIGH_ONLY) expect(text, words).to.contain(words);
            // Nowhere else in the card.
            const outside = renderedText(el).split(text.trim()).join(' ');
            for (const words of ['dinutuximab beta', 'isotretinoin', 'mIBG therapy'])
              expect(outside, words).not.to.contain(words);
          });
        }
      }
    });

    it('re-renders when the attribute changes', async () => {
      const el = await card({ 'risk-group': 'high' });
      el.riskGroup = 'low';
      await el.updateComplete;
      expect(factsShown(el).has('S05')).to.equal(true);
      expect(factsShown(el).has('S06')).to.equal(false);
      el.removeAttribute('risk-group');
      await el.updateComplete;
      expect(riskGroups(el)).to.have.length(2);
    });
  });

  describe('situation', () => {
    it('refractory shows what refractory means (S01) and the refractory study (S11)', async () => {
      const el = await card({ situation: 'refractory' });
      const facts = factsShown(el);
      for (const id of ['S01', 'S11']) expect(facts.has(id), id).to.equal(true);
      for (const id of ['S02', 'S05']) expect(facts.has(id), id).to.equal(false);
      expect(textOf(el, '[data-section="meaning"]')).to.contain('refractory');
      expect(textOf(el, '[data-section="meaning"] .section-body')).to.not.contain('relapsed');
      expect(textOf(el, '[data-section="research"]')).to.contain('thiotepa');
    });

    it('relapsed shows what relapsed means (S02), not the refractory study', async () => {
      const el = await card({ situation: 'relapsed' });
      const facts = factsShown(el);
      for (const id of ['S02', 'S05']) expect(facts.has(id), id).to.equal(true);
      for (const id of ['S01', 'S11']) expect(facts.has(id), id).to.equal(false);
      expect(textOf(el, '[data-section="meaning"]')).to.contain('relapsed');
      expect(textOf(el, '[data-section="research"]')).to.not.contain('thiotepa');
    });

    it('unset shows both', async () => {
      const facts = factsShown(await card());
      for (const id of ['S01', 'S02', 'S05', 'S11']) expect(facts.has(id), id).to.equal(true);
    });

    it('low risk and refractory: no options section (the source gives none), the rest stays', async () => {
      const el = await card({ 'risk-group': 'low', situation: 'refractory' });
      expect(sectionIds(el)).to.not.include('options');
      expect(sectionIds(el)).to.include.members(['meaning', 'specialist', 'helpline']);
    });

    it('high risk and refractory: the high-risk options and the refractory study', async () => {
      const el = await card({ 'risk-group': 'high', situation: 'refractory' });
      const facts = factsShown(el);
      for (const id of ['S01', 'S06', 'S08', 'S11']) expect(facts.has(id), id).to.equal(true);
      expect(textOf(el, '[part="filter"]')).to.equal(
        'High risk · Refractory: it has not gone away',
      );
      for (const id of ['S02', 'S05']) expect(facts.has(id), id).to.equal(false);
    });
  });

  describe('heading levels', () => {
    const cases: [string | undefined, string, string, string][] = [
      [undefined, 'h2', 'h3', 'h4'],
      ['3', 'h3', 'h4', 'h5'],
      ['4', 'h4', 'h5', 'h6'],
      ['5', 'h5', 'h6', 'h6'],
      ['6', 'h6', 'h6', 'h6'],
    ];
    for (const [level, title, section, group] of cases) {
      it(`heading-level=${level ?? 'unset'} → ${title} / ${section} / ${group}`, async () => {
        const el = await card(level ? { 'heading-level': level } : {});
        expect($(el, '[part="heading"]')!.localName).to.equal(title);
        for (const h of $$(el, '[part="section-heading"]')) expect(h.localName).to.equal(section);
        for (const h of $$(el, '[part="group-heading"]')) expect(h.localName).to.equal(group);
      });
    }

    it('keeps its headings inside the summaries when collapsed', async () => {
      const el = await card({ collapsed: '', 'heading-level': '4' });
      for (const s of $$(el, 'summary'))
        expect(s.querySelector('[part="section-heading"]')!.localName).to.equal('h5');
    });
  });

  describe('sections', () => {
    it('shows only the listed sections, in the card’s order', async () => {
      const el = await card({ sections: 'helpline  meaning' });
      expect(sectionIds(el)).to.deep.equal(['meaning', 'helpline']);
      expect($(el, '[part="source"]')).to.not.equal(null);
      expect($(el, '[part="care-team"]')).to.not.equal(null);
    });
  });

  describe('collapsed', () => {
    it('turns each section into a closed disclosure with its heading as the summary', async () => {
      const el = await card({ collapsed: '' });
      const details = $$(el, 'details[part="section"]');
      expect(details).to.have.length(ALL_SECTIONS.length);
      for (const d of details) {
        expect((d as HTMLDetailsElement).open).to.equal(false);
        expect(d.firstElementChild!.localName).to.equal('summary');
      }
      expect($(el, 'section[part="section"]')).to.equal(null);
    });

    it('opens and closes from the keyboard: Tab, Enter, Space', async () => {
      const host = await fixture<HTMLDivElement>(html`<div><button>before</button></div>`);
      const el = await card({ collapsed: '' }, { parent: host });
      host.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      const summary = $(el, 'summary')!;
      expect(shadow(el).activeElement).to.equal(summary);
      const details = summary.parentElement as HTMLDetailsElement;

      let event = oneEvent(el, 'nb-section-toggle');
      await sendKeys({ press: 'Enter' });
      let detail = ((await event) as CustomEvent<SectionToggleDetail>).detail;
      expect(details.open).to.equal(true);
      expect(detail).to.deep.equal({ section: 'meaning', open: true });
      expect(summary.getAttribute('aria-expanded') ?? 'true').to.equal('true');

      event = oneEvent(el, 'nb-section-toggle');
      await sendKeys({ press: ' ' });
      detail = ((await event) as CustomEvent<SectionToggleDetail>).detail;
      expect(details.open).to.equal(false);
      expect(detail).to.deep.equal({ section: 'meaning', open: false });

      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement).to.equal($$(el, 'summary')[1]);
    });

    it('nb-section-toggle bubbles out of the shadow root', async () => {
      const el = await card({ collapsed: '' });
      const seen: SectionToggleDetail[] = [];
      document.addEventListener('nb-section-toggle', (e) =>
        seen.push((e as CustomEvent<SectionToggleDetail>).detail),
      );
      const details = $$(el, 'details')[2] as HTMLDetailsElement;
      details.open = true;
      await oneEvent(el, 'nb-section-toggle');
      expect(seen.at(-1)).to.deep.equal({ section: 'options', open: true });
    });

    it('keeps an open section open when the sections before it are hidden and shown again', async () => {
      const el = await card({ collapsed: '' });
      const options = $(el, 'details[data-section="options"]') as HTMLDetailsElement;
      options.open = true;
      await oneEvent(el, 'nb-section-toggle');
      el.setAttribute('sections', 'options helpline');
      await el.updateComplete;
      expect(sectionIds(el)).to.deep.equal(['options', 'helpline']);
      expect($(el, 'details[data-section="options"]')).to.equal(options);
      expect($$(el, 'details[open]')).to.deep.equal([options]);
      el.removeAttribute('sections');
      await el.updateComplete;
      expect(sectionIds(el)).to.deep.equal(ALL_SECTIONS);
      expect($$(el, 'details[open]')).to.deep.equal([options]);
    });

    it('remembers nothing: a new card starts closed', async () => {
      const first = await card({ collapsed: '' });
      ($$(first, 'details')[0] as HTMLDetailsElement).open = true;
      const second = await card({ collapsed: '' });
      expect($$(second, 'details[open]')).to.have.length(0);
      expect(localStorage.length + sessionStorage.length).to.equal(0);
    });

    it('is accessible, closed and open', async () => {
      const el = await card({ collapsed: '' });
      await expect(el).to.be.accessible();
      for (const d of $$(el, 'details')) (d as HTMLDetailsElement).open = true;
      await expect(el).to.be.accessible();
    });
  });

  describe('print', () => {
    it('opens every section for printing, then restores, without firing events', async () => {
      const el = await card({ collapsed: '' });
      const details = $$(el, 'details') as HTMLDetailsElement[];
      details[1]!.open = true;
      await oneEvent(el, 'nb-section-toggle');
      const events: unknown[] = [];
      el.addEventListener('nb-section-toggle', (e) => events.push(e));

      window.dispatchEvent(new Event('beforeprint'));
      expect(details.every((d) => d.open)).to.equal(true);
      await aTimeout(50);
      window.dispatchEvent(new Event('afterprint'));
      expect(details.map((d) => d.open)).to.deep.equal(details.map((_, i) => i === 1));
      await aTimeout(50);
      expect(events).to.have.length(0);
    });
  });

  describe('links from attributes', () => {
    it('has no feedback link unless feedback-href is set', async () => {
      expect($(await card(), '[part="feedback"]')).to.equal(null);
    });

    for (const href of ['https://charity.example/feedback?page=card', '/feedback', 'form.html#x']) {
      it(`feedback-href="${href}" shows "Was this helpful? Tell us"`, async () => {
        const el = await card({ 'feedback-href': href });
        const link = $(el, '[part="feedback"]') as HTMLAnchorElement;
        // Resolved against the page once, under the URL policy: the link is what was checked.
        expect(link.getAttribute('href')).to.equal(new URL(href, document.baseURI).href);
        expect(link.textContent!.trim()).to.equal('Was this helpful? Tell us');
      });
    }

    it('trials-href adds a link in the "find a trial" section', async () => {
      expect($(await card(), '[part="trials-link"]')).to.equal(null);
      const el = await card({ 'trials-href': '/trials' });
      const link = $(el, '[data-section="find-trial"] [part="trials-link"]') as HTMLAnchorElement;
      expect(link.getAttribute('href')).to.equal(new URL('/trials', document.baseURI).href);
      expect(link.textContent!.trim()).to.equal('See our list of clinical trials');
      expect(textOf(el, '[data-section="find-trial"]')).to.contain('the date we checked it');
    });
  });

  describe('bad input falls back, warns once, still renders', () => {
    const bad: [string, string, (el: NbTreatmentCard) => void][] = [
      ['risk-group', 'medium', (el) => expect(riskGroups(el)).to.have.length(2)],
      ['situation', 'remission', (el) => expect(factsShown(el).has('S11')).to.equal(true)],
      ['heading-level', '9', (el) => expect($(el, '[part="heading"]')!.localName).to.equal('h2')],
      ['heading-level', 'h3', (el) => expect($(el, '[part="heading"]')!.localName).to.equal('h2')],
      ['heading-level', '1', (el) => expect($(el, '[part="heading"]')!.localName).to.equal('h2')],
      ['sections', 'nonsense', (el) => expect(sectionIds(el)).to.deep.equal(ALL_SECTIONS)],
      [
        'feedback-href',
        'javascript:alert(1)',
        (el) => expect($(el, '[part="feedback"]')).to.equal(null),
      ],
      [
        'feedback-href',
        'http://insecure.example/',
        (el) => expect($(el, '[part="feedback"]')).to.equal(null),
      ],
      [
        'feedback-href',
        '//evil.example/',
        (el) => expect($(el, '[part="feedback"]')).to.equal(null),
      ],
      [
        'trials-href',
        ' java\tscript:alert(1)',
        (el) => expect($(el, '[part="trials-link"]')).to.equal(null),
      ],
      [
        'trials-href',
        'data:text/html,hi',
        (el) => expect($(el, '[part="trials-link"]')).to.equal(null),
      ],
      // Backslash tricks that browsers read as another host, and credentials (#20 D6).
      [
        'trials-href',
        '/\\evil.test/phish',
        (el) => expect($(el, '[part="trials-link"]')).to.equal(null),
      ],
      [
        'feedback-href',
        '/\\evil.test/phish',
        (el) => expect($(el, '[part="feedback"]')).to.equal(null),
      ],
      [
        'feedback-href',
        '\\/evil.test/phish',
        (el) => expect($(el, '[part="feedback"]')).to.equal(null),
      ],
      [
        'trials-href',
        'https://user:pw@charity.example/trials',
        (el) => expect($(el, '[part="trials-link"]')).to.equal(null),
      ],
      [
        'feedback-href',
        'https://user:pw@charity.example/feedback',
        (el) => expect($(el, '[part="feedback"]')).to.equal(null),
      ],
      ['theme', 'neon', (el) => expect($(el, '[part="card"]')).to.not.equal(null)],
    ];
    for (const [attribute, value, check] of bad) {
      it(`${attribute}="${value}"`, async () => {
        const warnings = captureWarnings();
        try {
          const el = await card({ [attribute]: value });
          el.requestUpdate();
          await el.updateComplete;
          check(el);
          expect(sectionIds(el).length).to.be.greaterThan(0);
          expect(renderedText(el)).to.contain('Cancer Research UK');
          const mine = warnings.messages.filter((m) => m.includes(`${attribute}="${value}"`));
          expect(mine, warnings.messages.join('\n')).to.have.length(1);
          expect(mine[0]).to.contain('<nb-treatment-card>');
        } finally {
          warnings.restore();
        }
      });
    }

    it('sections with some unknown ids keeps the known ones and names each unknown one, in one warning', async () => {
      const warnings = captureWarnings();
      try {
        const el = await card({ sections: 'helpline bogus options wrong' });
        expect(sectionIds(el)).to.deep.equal(['options', 'helpline']);
        expect(warnings.messages.filter((m) => m.includes('sections="bogus"'))).to.have.length(1);
        expect(warnings.messages.filter((m) => m.includes('sections="wrong"'))).to.have.length(1);
      } finally {
        warnings.restore();
      }
    });

    it('2,000 unknown sections give one warning naming a few and the count', async () => {
      const warnings = captureWarnings();
      try {
        const tokens = Array.from({ length: 2000 }, (_, i) => `nosuch${i}`);
        const el = await card({ sections: `helpline ${tokens.join(' ')}` });
        expect(sectionIds(el)).to.deep.equal(['helpline']);
        const mine = warnings.messages.filter((m) => m.includes('sections="nosuch'));
        expect(mine, warnings.messages.join('\n')).to.have.length(1);
        expect(mine[0]).to.contain('sections="nosuch0"').and.contain('1997 more');
        expect(mine[0]).to.contain('<nb-treatment-card>');
      } finally {
        warnings.restore();
      }
    });

    it('renders attribute values as text, never as markup', async () => {
      const el = await card({ 'risk-group': '<img src=x onerror=alert(1)>' });
      expect($(el, 'img')).to.equal(null);
    });
  });

  describe('review dates (S21)', () => {
    it('shows no notice well before the review date', async () => {
      const el = await card({}, { at: '2025-03-01T12:00:00Z' });
      expect($(el, '[part="review-notice"]')).to.equal(null);
    });

    it('is not overdue on 31 Aug 2025 (UK time)', async () => {
      const el = await card({}, { at: '2025-08-31T22:30:00Z' });
      expect($(el, '[part="source"]')!.dataset.reviewStatus).to.equal('due-soon');
      expect(renderedText(el)).to.not.contain('overdue');
    });

    it('shows the polite overdue notice from 1 Sep 2025 (UK time)', async () => {
      const el = await card({}, { at: '2025-08-31T23:30:00Z' });
      const notice = $(el, '[part="review-notice"]')!;
      expect(notice.textContent).to.contain('overdue for review');
      expect(notice.dataset.facts).to.contain('S21');
      await expect(el).to.be.accessible();
    });
  });

  describe('theme, direction and language', () => {
    it('is accessible in the dark theme', async () => {
      const el = await card({ theme: 'dark' });
      expect(getComputedStyle($(el, '.card')!).backgroundColor).to.equal('rgb(28, 28, 34)');
      await expect(el).to.be.accessible();
    });

    it('opens its glossary words in its own theme (a dark card shows dark popups)', async () => {
      const el = await card({ theme: 'dark' });
      const term = $(el, 'nb-drug-term') as HTMLElement & { show(): void; hide(): void };
      expect(term.getAttribute('theme')).to.equal('dark');
      term.show();
      const popup = () => term.shadowRoot!.querySelector<HTMLElement>('[part="popup"]');
      await waitUntil(() => popup(), 'the popup did not open');
      expect(getComputedStyle(popup()!).backgroundColor).to.equal('rgb(28, 28, 34)');
      el.theme = 'light';
      await el.updateComplete;
      expect(getComputedStyle(popup()!).backgroundColor).to.equal('rgb(255, 255, 255)');
      term.hide();
    });

    it('lays out right-to-left and stays accessible', async () => {
      const host = await fixture<HTMLDivElement>(html`<div dir="rtl"></div>`);
      const el = await card({ collapsed: '' }, { parent: host });
      const root = $(el, 'article')!;
      expect(root.getAttribute('dir')).to.equal('rtl');
      expect(getComputedStyle(root).direction).to.equal('rtl');
      const summary = $(el, 'summary')!.getBoundingClientRect();
      const heading = $(el, 'summary [part="section-heading"]')!.getBoundingClientRect();
      // The chevron sits at the inline start, now on the right: the heading starts after it.
      const chevronSide = summary.right - heading.right;
      expect(chevronSide).to.be.greaterThan(8);
      expect(chevronSide).to.be.lessThan(heading.left - summary.left);
      await expect(el).to.be.accessible();
    });

    it('follows lang="es" and stays accessible', async () => {
      const host = await fixture<HTMLDivElement>(html`<div lang="es"></div>`);
      const el = await card({}, { parent: host });
      await untilLocale(el, 'es');
      const root = $(el, 'article')!;
      expect(root.getAttribute('lang')).to.equal('es');
      expect(root.getAttribute('dir')).to.equal('ltr');
      expect($(el, '[part="locale-note"]')).to.not.equal(null);
      await expect(el).to.be.accessible();
    });

    it('can be themed through ::part and --nb-* properties', async () => {
      const host = await fixture<HTMLDivElement>(html`
        <div>
          <style>
            .charity nb-treatment-card {
              --nb-color-accent: rgb(128, 0, 96);
            }
            .charity nb-treatment-card::part(heading) {
              color: rgb(0, 80, 0);
            }
          </style>
          <div class="charity"></div>
        </div>
      `);
      const el = await card({}, { parent: host.querySelector<HTMLElement>('.charity')! });
      expect(getComputedStyle($(el, '.card')!).borderTopColor).to.equal('rgb(128, 0, 96)');
      expect(getComputedStyle($(el, '[part="heading"]')!).color).to.equal('rgb(0, 80, 0)');
    });
  });

  describe('layout', () => {
    it('fits 320 px without horizontal overflow', async () => {
      const host = await fixture<HTMLDivElement>(html`<div style="width: 320px"></div>`);
      const el = await card({ 'feedback-href': '/feedback', collapsed: '' }, { parent: host });
      for (const d of $$(el, 'details')) (d as HTMLDetailsElement).open = true;
      await aTimeout(0);
      const box = $(el, 'article')!;
      expect(box.scrollWidth).to.be.at.most(box.clientWidth);
      expect(el.getBoundingClientRect().width).to.be.at.most(320);
    });

    it('keeps every line of text inside its box with WCAG 1.4.12 text spacing', async () => {
      const host = await fixture<HTMLDivElement>(html`<div style="width: 320px"></div>`);
      const el = await card({ 'feedback-href': '/feedback', collapsed: '' }, { parent: host });
      for (const d of $$(el, 'details')) (d as HTMLDetailsElement).open = true;
      const spacing = document.createElement('style');
      spacing.textContent = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important;
        word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }`;
      shadow(el).append(spacing);
      await aTimeout(0);
      const containers = $$(
        el,
        'p, li, h2, h3, h4, h5, h6, summary, footer, article, .block, .section-body, .group',
      );
      expect(containers.length).to.be.greaterThan(20);
      for (const node of containers) {
        expect(node.scrollWidth, node.outerHTML.slice(0, 80)).to.be.at.most(node.clientWidth);
        expect(node.scrollHeight, node.outerHTML.slice(0, 80)).to.be.at.most(node.clientHeight + 1);
      }
    });
  });
});
