/**
 * The prerendered page with JavaScript disabled (a sandboxed iframe without `allow-scripts`:
 * the same in every engine): the full text of each element is visible from its declarative
 * shadow root, and axe finds nothing. No element is defined in this file.
 */
import { expect } from '@open-wc/testing';
import 'axe-core/axe.min.js';
import {
  EXPECTED,
  pageUrl,
  prerenderedMain,
  SSR_LOCALES,
  unitText,
  visibleText,
} from './ssr-support.js';

/** axe-core's global (axe.min.js), typed for what this file reads. */
const axe = (
  window as unknown as {
    axe: {
      run(
        context: Element,
        options?: object,
      ): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }>;
    };
  }
).axe;

async function openWithoutScripts(lang: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', 'allow-same-origin');
  frame.style.cssText = 'width: 800px; height: 600px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = pageUrl(lang);
  document.body.append(frame);
  await loaded;
  return frame;
}

describe('prerendered page, JavaScript disabled', () => {
  afterEach(() => document.querySelectorAll('iframe, main').forEach((e) => e.remove()));

  for (const lang of SSR_LOCALES) {
    it(`shows every element's full text in ${lang}`, async () => {
      const frame = await openWithoutScripts(lang);
      const doc = frame.contentDocument!;
      expect(doc.documentElement.dataset.scripts, 'scripts are off').to.equal(undefined);
      for (const [tag, ids] of Object.entries(EXPECTED)) {
        const el = doc.querySelector(tag)!;
        expect(el.shadowRoot, `${tag} has its declarative shadow root`).to.not.equal(null);
        const text = visibleText(el);
        for (const id of ids)
          expect(text, `${tag} in ${lang}`).to.include(await unitText(lang, id));
      }
      // The banner's hours, and no "open now": that needs the reader's clock.
      const banner = doc.querySelector('nb-helpline-banner')!;
      const hours = banner.shadowRoot!.querySelector('[part="hours"]')!;
      expect(visibleText(hours)).to.match(/\S/);
      // (A browser without this locale's date data names the day in English: skip that check.)
      if (Intl.DateTimeFormat.supportedLocalesOf([lang]).length > 0) {
        const monday = new Intl.DateTimeFormat(lang, { weekday: 'long', timeZone: 'UTC' });
        expect(visibleText(hours)).to.include(monday.format(new Date(Date.UTC(2024, 0, 1))));
      }
      expect(banner.shadowRoot!.querySelector('[part="status"]')!.textContent!.trim()).to.equal('');
      // The card's sections are <details>: open one without scripts, its text shows.
      const card = doc.querySelector('nb-treatment-card')!.shadowRoot!;
      const section = card.querySelector('details')!;
      expect(section.open).to.equal(false);
      section.querySelector('summary')!.click();
      expect(section.open).to.equal(true);
      expect(visibleText(section).length).to.be.greaterThan(
        visibleText(section.querySelector('summary')!).length,
      );
      // The partner's fallback stays in the light DOM, not shown over the rendered banner.
      expect(banner.querySelector('a[href="tel:08088004040"]')).to.not.equal(null);
      expect(visibleText(banner)).to.not.include('0808 800 4040 0808');
      // The word shows the partner's own text (slotted), inside its button.
      const word = doc.querySelector('nb-drug-term')!;
      expect(visibleText(word)).to.equal('topotecan');
      expect(word.shadowRoot!.querySelector('button')).to.not.equal(null);
    });

    it(`passes axe in ${lang}`, async () => {
      const holder = document.createElement('div');
      holder.lang = lang;
      document.body.append(holder);
      holder.setHTMLUnsafe(await prerenderedMain(lang));
      const main = holder.querySelector('main')!;
      expect(main.querySelector('nb-glossary')!.shadowRoot).to.not.equal(null);
      expect(customElements.get('nb-glossary')).to.equal(undefined);
      const { violations } = await axe.run(main, { resultTypes: ['violations'] });
      holder.remove();
      expect(
        violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`),
      ).to.deep.equal([]);
    });
  }
});
