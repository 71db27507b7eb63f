// Left-to-right tokens inside right-to-left sentences keep their own order (issue #17): read from
// where each character is drawn, not from the DOM text. Without isolation an Arabic page showed
// EudraCT 2022-003816-10 as "10-003816-2022" and the helpline number as "4040 800 0808".
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import { citations } from '../src/content/citations.js';
import { defaultHelpline } from '../src/content/helpline.js';
import { trials } from '../src/content/trials.js';
import { bidiText, isolate, ltr } from '../src/locale/bidi.js';
import { enablePseudoLocales } from '../src/locale/pseudo.js';
import { shadowRoots } from './locale-support.js';

/** Every text node in `el`'s shadow roots (nested nb- elements included), or under `part`. */
function textNodes(el: Element, part?: string): Text[] {
  const nodes: Text[] = [];
  const roots = part ? [...el.shadowRoot!.querySelectorAll(`[part~="${part}"]`)] : shadowRoots(el);
  for (const root of roots) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  }
  return nodes;
}

/** Where each visible character of `token` is drawn: its left edge and its line, per occurrence. */
function glyphs(el: Element, token: string, part?: string) {
  const found: { ch: string; x: number; y: number }[][] = [];
  for (const node of textNodes(el, part)) {
    for (let at = node.data.indexOf(token); at >= 0; at = node.data.indexOf(token, at + 1)) {
      const seen: { ch: string; x: number; y: number }[] = [];
      for (let i = 0; i < token.length; i++) {
        if (/\s/.test(token[i]!)) continue;
        const range = document.createRange();
        range.setStart(node, at + i);
        range.setEnd(node, at + i + 1);
        const rect = range.getBoundingClientRect();
        seen.push({ ch: token[i]!, x: rect.left + rect.width / 2, y: Math.round(rect.top) });
      }
      found.push(seen);
    }
  }
  return found;
}

/** Asserts that `token` is drawn at least once, every time left to right on one line. */
function expectReadsInOrder(el: Element, token: string, part?: string): void {
  const occurrences = glyphs(el, token, part);
  expect(occurrences.length, `"${token}" is shown in <${el.localName}>`).to.be.above(0);
  for (const seen of occurrences) {
    if (new Set(seen.map((g) => g.y)).size > 1) continue; // wrapped: order across lines differs
    const drawn = [...seen]
      .sort((a, b) => a.x - b.x)
      .map((g) => g.ch)
      .join('');
    expect(drawn, `"${token}" as drawn in <${el.localName}>`).to.equal(token.replace(/\s/g, ''));
  }
}

async function renderAr(tag: string, lang = 'ar'): Promise<HTMLElement> {
  const wrapper = await fixture<HTMLElement>(
    html`<div lang=${lang} style="inline-size: 60em; max-inline-size: none"></div>`,
  );
  const el = document.createElement(tag) as HTMLElement & { now: () => Date };
  el.now = () => new Date('2026-03-10T10:00:00Z');
  wrapper.append(el);
  await waitUntil(
    () => el.shadowRoot?.querySelector(`.nb-root[lang="${lang}"]`),
    `<${tag}> did not render in ${lang}`,
    { timeout: 8000 },
  );
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return el;
}

const registryIds = [...new Set(trials.flatMap((t) => t.registryIds.map((r) => r.id)))];

describe('bidi isolation in right-to-left text', function () {
  this.timeout(30000);
  before(() => enablePseudoLocales());

  describe('bidiText()', () => {
    it('renders each isolate as a <bdi>, left-to-right ones with dir="ltr"', async () => {
      const el = await fixture<HTMLElement>(
        html`<p dir="rtl">${bidiText(`رقم ${ltr('2022-003816-10')} عند ${isolate('9:00 ص')}`)}</p>`,
      );
      const bdis = [...el.querySelectorAll('bdi')];
      expect(bdis.map((b) => [b.getAttribute('dir'), b.textContent])).to.deep.equal([
        ['ltr', '2022-003816-10'],
        [null, '9:00 ص'],
      ]);
      expect(el.textContent).to.equal('رقم 2022-003816-10 عند 9:00 ص');
    });

    it('leaves text without isolates as it is', () => {
      expect(bidiText('Call 0808 800 4040')).to.equal('Call 0808 800 4040');
    });
  });

  for (const lang of ['ar', 'ar-XB']) {
    describe(lang, () => {
      it('every registry ID in the trial list reads in its true order', async () => {
        const el = await renderAr('nb-trial-list', lang);
        for (const id of registryIds) expectReadsInOrder(el, id);
      });

      it('the helpline number reads in its true order in the banner and the card', async () => {
        for (const tag of ['nb-helpline-banner', 'nb-treatment-card']) {
          const el = await renderAr(tag, lang);
          // Every occurrence: the call link and the card's helpline sentence, whose number is a
          // placeholder isolated by the code (a hand-typed isolate was drawn out of order in WebKit).
          expectReadsInOrder(el, defaultHelpline.number);
        }
      });
    });
  }

  it('English citations in the Arabic sources list are isolated left to right', async () => {
    const el = await renderAr('nb-treatment-card');
    const sources = el.shadowRoot!.querySelector<HTMLDetailsElement>('details.sources, details');
    if (sources) sources.open = true;
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const isolated = shadowRoots(el).flatMap((root) =>
      [...root.querySelectorAll('li bdi[dir="ltr"]')].map((b) => b.textContent ?? ''),
    );
    for (const c of citations) {
      expect(isolated, c.title).to.include(`“${c.title}”`);
      expectReadsInOrder(el, `“${c.title.split(' ').slice(0, 3).join(' ')}`);
    }
  });
});
