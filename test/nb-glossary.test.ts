import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/elements/nb-glossary/define.js';
import '../src/elements/nb-drug-term/define.js';
import type { NbGlossary } from '../src/elements/nb-glossary/nb-glossary.js';
import type { NbDrugTerm } from '../src/elements/nb-drug-term/nb-drug-term.js';
import { glossary } from '../src/content/glossary.js';
import { captureWarnings, shadow } from './helpers.js';

const entries = (el: NbGlossary) => [...shadow(el).querySelectorAll<HTMLElement>('[part="entry"]')];
const names = (el: NbGlossary) =>
  entries(el).map((e) => e.querySelector('[part="term"]')!.textContent!.trim());
const focusedEntry = (el: NbGlossary) => shadow(el).activeElement?.id ?? null;

/** Waits until `target` is scrolled fully into the viewport (smooth scrolling takes a moment). */
async function untilInView(target: Element): Promise<void> {
  await waitUntil(
    () => {
      const r = target.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= innerHeight;
    },
    'the entry was not scrolled into view',
    { timeout: 4000 },
  );
}

function clearHash(): void {
  history.replaceState(null, '', location.pathname + location.search);
}

async function glossaryEl(attrs: Record<string, string> = {}): Promise<NbGlossary> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement('nb-glossary');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  wrapper.append(el);
  await el.updateComplete;
  return el;
}

describe('<nb-glossary>', () => {
  afterEach(clearHash);

  it('credits the references its drug explanations were checked against, not Cancer Research UK', async () => {
    const el = document.createElement('nb-glossary');
    el.setAttribute('terms', 'topotecan bevacizumab');
    el.now = () => new Date('2026-01-05T10:00:00Z');
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
    await el.updateComplete;
    const footer = shadow(el).querySelector<HTMLElement>('[part="source"]');
    if (!footer) throw new Error('no credits footer');
    expect(footer.textContent).to.match(/Word explanations/);
    // The page's review dates and overdue notice cover only facts from the page.
    expect(footer.textContent).to.not.contain('Cancer Research UK');
    expect(shadow(el).querySelector('[part="review-notice"]')).to.equal(null);
    expect(footer.querySelector('[part="care-team"]')?.textContent).to.contain(
      'does not replace advice from your child’s care team',
    );
  });

  it('lists every term A–Z under letter headings, with class and definition', async () => {
    const el = await glossaryEl();
    expect(entries(el)).to.have.length(glossary.length);
    const listed = names(el);
    const sorted = [...listed].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }));
    expect(listed).to.deep.equal(sorted);
    const letters = [...shadow(el).querySelectorAll('[role="heading"]')].map((h) =>
      h.textContent!.trim(),
    );
    expect(letters).to.include.members(['B', 'C', 'T']);
    expect(new Set(letters).size).to.equal(letters.length);
    for (const heading of shadow(el).querySelectorAll('[role="heading"]')) {
      expect(heading.getAttribute('aria-level')).to.equal('3');
      // Every name under a letter starts with it.
      const group = heading.closest('[part="group"]')!;
      for (const term of group.querySelectorAll('[part="term"]')) {
        expect(term.textContent!.trim().charAt(0).toUpperCase()).to.equal(
          heading.textContent!.trim(),
        );
      }
    }
    const topotecan = shadow(el).querySelector('#nb-term-topotecan')!;
    expect(topotecan.getAttribute('tabindex')).to.equal('-1');
    expect(topotecan.querySelector('[part="class"]')!.textContent).to.equal('Chemotherapy');
    expect(topotecan.querySelector('[part="definition"]')!.textContent).to.contain(
      'cells need to copy their DNA',
    );
    expect(shadow(el).querySelector('[part="glossary"]')!.getAttribute('aria-label')).to.equal(
      'Glossary',
    );
  });

  it('shows only the `terms` subset; unknown keys are skipped with one warning', async () => {
    const warnings = captureWarnings();
    try {
      const el = await glossaryEl({ terms: 'topotecan, irinotecan mibg nonsense' });
      expect(entries(el).map((e) => e.id)).to.have.members([
        'nb-term-irinotecan',
        'nb-term-mibg',
        'nb-term-topotecan',
      ]);
      el.requestUpdate();
      await el.updateComplete;
      const mine = warnings.messages.filter((m) => m.includes('terms="nonsense"'));
      expect(mine).to.have.length(1);
      expect(mine[0]).to.contain('<nb-glossary>');
    } finally {
      warnings.restore();
    }
  });

  it('lists the page’s own key words (G01–G08), each with its plain definition', async () => {
    const el = await glossaryEl();
    expect(names(el)).to.include.members([
      'refractory',
      'relapsed',
      'risk group',
      'surgery',
      'targeted radiotherapy (mIBG therapy)',
      'mIBG scan',
      'arginine',
      'specialist',
    ]);
    const relapsed = shadow(el).querySelector('#nb-term-relapsed')!;
    expect(relapsed.getAttribute('data-facts')).to.equal('G02');
    expect(relapsed.querySelector('[part="definition"]')!.textContent).to.match(
      /come back after it was treated\. It is also called recurrent\./,
    );
    expect(relapsed.querySelector('[part="class"]')!.textContent).to.equal('Medical word');
    const radiotherapy = shadow(el).querySelector('#nb-term-targeted-radiotherapy')!;
    expect(radiotherapy.querySelector('[part="class"]')!.textContent).to.equal('Radiotherapy');
  });

  it('`terms` takes aliases: recurrent, mIBG-therapy and mibg-scan are three different words', async () => {
    const el = await glossaryEl({ terms: 'recurrent mIBG mIBG-therapy mibg-scan' });
    expect(entries(el).map((e) => e.id)).to.have.members([
      'nb-term-relapsed',
      'nb-term-mibg',
      'nb-term-targeted-radiotherapy',
      'nb-term-mibg-scan',
    ]);
  });

  it('shows every term rather than an empty box when no `terms` key is known', async () => {
    const warnings = captureWarnings();
    try {
      const el = await glossaryEl({ terms: 'xyz' });
      expect(entries(el)).to.have.length(glossary.length);
    } finally {
      warnings.restore();
    }
  });

  it('heading-level sets the letter headings; a bad value falls back to 3 with a warning', async () => {
    const el = await glossaryEl({ 'heading-level': '2' });
    expect(shadow(el).querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('2');
    const warnings = captureWarnings();
    try {
      const bad = await glossaryEl({ 'heading-level': '9' });
      expect(shadow(bad).querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal(
        '3',
      );
      expect(warnings.messages.filter((m) => m.includes('heading-level="9"'))).to.have.length(1);
    } finally {
      warnings.restore();
    }
  });

  it('follows #nb-term-<key> on load: scrolls to and focuses the entry', async () => {
    history.replaceState(null, '', '#nb-term-venetoclax');
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><div style="height: 3000px"></div></div>`,
    );
    const el = document.createElement('nb-glossary');
    const focused = oneEvent(el, 'nb-glossary-focus');
    wrapper.append(el);
    expect(((await focused) as CustomEvent).detail).to.deep.equal({ term: 'venetoclax' });
    expect(focusedEntry(el)).to.equal('nb-term-venetoclax');
    const target = shadow(el).querySelector('#nb-term-venetoclax')!;
    await untilInView(target);
  });

  it('follows hashchange to another entry', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><div style="height: 3000px"></div></div>`,
    );
    const el = document.createElement('nb-glossary');
    wrapper.append(el);
    await el.updateComplete;
    expect(focusedEntry(el)).to.equal(null);
    location.hash = '#nb-term-bct-100';
    await waitUntil(() => focusedEntry(el) === 'nb-term-bct-100', 'entry not focused');
    location.hash = '#nb-term-clinical-trial';
    await waitUntil(() => focusedEntry(el) === 'nb-term-clinical-trial', 'entry not focused');
    const target = shadow(el).querySelector('#nb-term-clinical-trial')!;
    await untilInView(target);
  });

  it('ignores fragments that are not glossary terms', async () => {
    history.replaceState(null, '', '#nb-term-not-a-term');
    const el = await glossaryEl();
    expect(await el.followHash()).to.equal(false);
    expect(await el.followHash('#main')).to.equal(false);
    expect(focusedEntry(el)).to.equal(null);
  });

  it('a term popup’s "More in the glossary" link leads to the entry', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <p>Some children have <nb-drug-term term="lorlatinib">lorlatinib</nb-drug-term>.</p>
        <nb-glossary></nb-glossary>
      </div>`,
    );
    const term = wrapper.querySelector<NbDrugTerm>('nb-drug-term')!;
    const el = wrapper.querySelector<NbGlossary>('nb-glossary')!;
    await el.updateComplete;
    term.show();
    await waitUntil(() => shadow(term).querySelector('[part="more"]'), 'popup did not open');
    shadow(term).querySelector<HTMLAnchorElement>('[part="more"]')!.click();
    await waitUntil(() => focusedEntry(el) === 'nb-term-lorlatinib', 'entry not focused');
    await waitUntil(() => !term.open, 'the popup stayed open');
  });

  it('is accessible (axe), also with an entry focused and in the dark theme', async () => {
    const el = await glossaryEl();
    await expect(el).to.be.accessible();
    await el.followHash('#nb-term-isotretinoin');
    el.setAttribute('theme', 'dark');
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('lays out right to left', async () => {
    const el = await glossaryEl({ dir: 'rtl', terms: 'topotecan' });
    const root = shadow(el).querySelector<HTMLElement>('[part="glossary"]')!;
    expect(getComputedStyle(root).direction).to.equal('rtl');
  });
});
