import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import type { NbDrugTerm } from '../src/elements/nb-drug-term/nb-drug-term.js';
import { shadow } from './helpers.js';

/** Sizes inside the widgets must not follow a host's small root font (issue 20, host CSS). */
describe('under html { font-size: 10px }', () => {
  let before = '';
  beforeEach(() => {
    before = document.documentElement.style.fontSize;
    document.documentElement.style.fontSize = '10px';
  });
  afterEach(() => {
    document.documentElement.style.fontSize = before;
  });

  const px = (el: Element, prop: string) =>
    Number.parseFloat(getComputedStyle(el).getPropertyValue(prop));

  it('the popup is 352 px wide at most and keeps its padding', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 900px">
        <nb-drug-term term="dinutuximab beta">dinutuximab beta</nb-drug-term>
      </div>`,
    );
    const term = wrapper.querySelector<NbDrugTerm>('nb-drug-term')!;
    await term.updateComplete;
    term.show();
    await waitUntil(() => shadow(term).querySelector('[part="popup"]'), 'no popup');
    const popup = shadow(term).querySelector('[part="popup"]')!;
    expect(px(popup, 'max-inline-size') || px(popup, 'max-width')).to.equal(352);
    expect(px(popup, 'padding-left')).to.equal(16);
    expect(px(popup, 'padding-top')).to.equal(12);
  });

  it('the banner’s dismiss icon, its place and the padding keep their size; text ≥ 14 px', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><nb-helpline-banner dismissible></nb-helpline-banner></div>`,
    );
    const el = wrapper.querySelector('nb-helpline-banner')!;
    await el.updateComplete;
    const root = shadow(el);
    const banner = root.querySelector('.banner')!;
    expect(px(banner, 'padding-top')).to.equal(16);
    expect(px(banner, 'font-size')).to.equal(16);
    expect(root.querySelector('.dismiss svg')!.getBoundingClientRect().width).to.equal(16);
    expect(px(root.querySelector('.dismiss')!, 'top')).to.equal(8);
    for (const node of root.querySelectorAll('*')) {
      if (!node.textContent?.trim() || node.localName === 'svg') continue;
      expect(px(node, 'font-size'), node.className.toString()).to.be.at.least(14);
    }
  });
});
