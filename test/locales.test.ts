import { expect, waitUntil } from '@open-wc/testing';
import { isServed } from '../scripts/locale/lib/locale-status.mjs';
import { enablePseudoLocales } from '../src/locale/pseudo.js';
import {
  allText,
  englishThatMustNotShow,
  registeredTags,
  renderIn,
  untilRenderedIn,
} from './locale-support.js';

type Entry = { dir: 'ltr' | 'rtl'; pseudo?: boolean; status?: string; serve?: boolean };
// Read at run time (the browser cannot import JSON as a module here).
const registry = (await (await fetch('/locales/locales.json')).json()) as {
  locales: Record<string, Entry>;
};
const entries = Object.entries(registry.locales);
/**
 * Every served translation (a locale added with npm run locale:add is tested automatically once
 * it is complete or opted in; test/locale-in-progress.test.ts covers one in progress).
 */
const TRANSLATIONS = entries.filter(([, l]) => isServed(l)).map(([code]) => code);
const RTL = new Set(entries.filter(([, l]) => l.dir === 'rtl').map(([code]) => code));

describe('every element in every translation', () => {
  let tags: string[] = [];
  before(async () => {
    document.documentElement.setAttribute('lang', 'en-GB');
    tags = await registeredTags();
  });

  it('finds the registered elements and the translations', () => {
    expect(tags).to.include('nb-helpline-banner');
    expect(TRANSLATIONS).to.include.members(['es', 'cy', 'ar']);
  });

  for (const locale of TRANSLATIONS) {
    it(`${locale}: each element renders translated, with lang/dir, the review note and axe = 0`, async () => {
      const leaks = await englishThatMustNotShow(locale);
      expect(leaks.length, `${locale}.xlf has translations`).to.be.greaterThan(5);
      for (const tag of tags) {
        const { el } = await renderIn(tag, { lang: locale });
        await untilRenderedIn(el, locale);
        // WebKit sometimes closes a just-opened toggletip before the checks: open it again.
        if (!el.shadowRoot!.querySelector('.nb-root')) await untilRenderedIn(el, locale);
        const root = el.shadowRoot!.querySelector('.nb-root')!;
        expect(root.getAttribute('dir'), tag).to.equal(RTL.has(locale) ? 'rtl' : 'ltr');
        expect(getComputedStyle(root).direction, tag).to.equal(RTL.has(locale) ? 'rtl' : 'ltr');
        const text = allText(el);
        const leaked = leaks.filter((english) => text.includes(english));
        expect(leaked, `${tag} shows English in ${locale}`).to.deep.equal([]);
        // Unreviewed translations carry the (translated) "not yet checked" note.
        expect(el.shadowRoot!.querySelector('.nb-locale-note'), tag).to.not.equal(null);
        await expect(el).to.be.accessible();
      }
    });
  }
});

describe('Arabic mirrors the layout', () => {
  const box = (el: Element) => el.getBoundingClientRect();

  it('puts the call button at the inline start (right) and the close button at the left', async () => {
    const { el: en } = await renderIn('nb-helpline-banner', { lang: 'en-GB' });
    en.setAttribute('dismissible', '');
    const { el: ar } = await renderIn('nb-helpline-banner', { lang: 'ar' });
    ar.setAttribute('dismissible', '');
    await untilRenderedIn(ar, 'ar');
    for (const [el, rtl] of [
      [en, false],
      [ar, true],
    ] as const) {
      const root = el.shadowRoot!.querySelector('.nb-root')!;
      expect(getComputedStyle(root).direction).to.equal(rtl ? 'rtl' : 'ltr');
      const call = el.shadowRoot!.querySelector('.call')!;
      const line = call.parentElement!;
      const dismiss = el.shadowRoot!.querySelector('.dismiss')!;
      const r = box(root);
      if (rtl) {
        expect(Math.abs(box(call).right - box(line).right)).to.be.below(1.5);
        expect(box(call).left).to.be.above(box(line).left + 10);
        expect(box(dismiss).left - r.left).to.be.below(r.right - box(dismiss).right);
      } else {
        expect(Math.abs(box(call).left - box(line).left)).to.be.below(1.5);
        expect(box(dismiss).left - r.left).to.be.above(r.right - box(dismiss).right);
      }
    }
  });

  it('starts each element’s first line of text at the right edge', async () => {
    for (const tag of await registeredTags()) {
      const { el } = await renderIn(tag, { lang: 'ar' });
      await untilRenderedIn(el, 'ar');
      const block = [...el.shadowRoot!.querySelectorAll('p, h2, h3, h4, h5, h6, li, dd')].find(
        (node) => [...node.childNodes].some((c) => c.nodeType === 3 && c.textContent!.trim()),
      );
      if (!block) continue;
      const textNode = [...block.childNodes].find(
        (c) => c.nodeType === 3 && c.textContent!.trim(),
      )!;
      const range = document.createRange();
      range.selectNodeContents(textNode);
      const first = range.getClientRects()[0];
      const style = getComputedStyle(block);
      expect(style.direction, tag).to.equal('rtl');
      const contentRight =
        box(block).right - parseFloat(style.paddingRight) - parseFloat(style.borderRightWidth);
      const lineRects = [...range.getClientRects()];
      // The first line box's right edge is the content box's right edge (text-align: start).
      if (style.textAlign === 'start' || style.textAlign === 'right')
        expect(
          Math.abs(Math.max(...lineRects.map((rect) => rect.right)) - contentRight),
          tag,
        ).to.be.below(2);
      expect(first.width, tag).to.be.above(0);
    }
  });
});

describe('pseudo-locales', () => {
  before(() => enablePseudoLocales());

  it('ar-XB renders right to left with mirrored text', async () => {
    const { el } = await renderIn('nb-helpline-banner', { lang: 'ar-XB' });
    await untilRenderedIn(el, 'ar-XB');
    const root = el.shadowRoot!.querySelector('.nb-root')!;
    expect(root.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(root).direction).to.equal('rtl');
    expect(allText(el)).to.contain('\u202E');
  });
});

describe('switching <html lang> at runtime', () => {
  afterEach(() => document.documentElement.setAttribute('lang', 'en-GB'));

  it('re-renders every element, and an unknown language falls back to en-GB', async () => {
    document.documentElement.setAttribute('lang', 'en-GB');
    const els: HTMLElement[] = [];
    for (const tag of await registeredTags()) els.push((await renderIn(tag)).el);
    for (const locale of ['es', 'cy', 'ar']) {
      document.documentElement.setAttribute('lang', locale);
      for (const el of els) await untilRenderedIn(el, locale);
    }
    document.documentElement.setAttribute('lang', 'tlh-Latn');
    for (const el of els)
      await waitUntil(
        () => el.shadowRoot!.querySelector('.nb-root')?.getAttribute('lang') === 'en-GB',
        `<${el.localName}> did not fall back to en-GB`,
      );
    for (const el of els) expect(el.shadowRoot!.querySelector('.nb-locale-note')).to.equal(null);
  });
});
