/**
 * The prerendered page with JavaScript: Lit's hydration support adopts the server's shadow
 * trees (the same nodes stay), with no mismatch warnings, and the widgets work: a card section
 * reports opening, a word's popup opens, the banner fills in its status and can be dismissed.
 * Hydration support loads before Lit; the elements load only after the HTML is in the page, so
 * each locale's page is checked before any element is defined (one test, every locale).
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { expect } from '@open-wc/testing';
import { prerenderedMain, SSR_LOCALES, unitText } from './ssr-support.js';

type Updating = HTMLElement & { updateComplete: Promise<boolean> };

const logged: string[] = [];
for (const level of ['warn', 'error'] as const) {
  const original = console[level].bind(console);
  console[level] = (...args: unknown[]) => {
    logged.push(args.map(String).join(' '));
    original(...args);
  };
}

async function settle(el: Element): Promise<void> {
  for (let i = 0; i < 4; i++) await (el as Updating).updateComplete;
}

const TAGS = ['nb-helpline-banner', 'nb-treatment-card', 'nb-trial-list', 'nb-glossary'];

describe('prerendered page, hydrated', () => {
  it('keeps the server’s nodes in every locale, warns about nothing, and the widgets work', async () => {
    // Each locale's page in its own holder (its `lang`, as the page's <html lang> would say).
    const pages = new Map<string, HTMLElement>();
    const marked = new Map<string, Element>();
    const counts = new Map<string, number>();
    const statuses = new Map<string, Element>();
    for (const lang of SSR_LOCALES) {
      const holder = document.createElement('div');
      holder.lang = lang;
      document.body.append(holder);
      holder.setHTMLUnsafe(await prerenderedMain(lang));
      pages.set(lang, holder);
      for (const tag of [...TAGS, 'nb-drug-term']) {
        const root = holder.querySelector(tag)!.shadowRoot!;
        marked.set(`${lang} ${tag}`, root.querySelector('h2, h3, section, p, button')!);
        counts.set(`${lang} ${tag}`, root.querySelectorAll(':scope > :not(style)').length);
      }
      const banner = holder.querySelector('nb-helpline-banner')!.shadowRoot!;
      statuses.set(lang, banner.querySelector('[part="status"]')!);
    }

    await import('../src/index.js');
    // Taken over one at a time, each in a task of its own (issue #18: one long task for every
    // widget on the page blocked the reader's input): none in the task that defined them.
    const early = [...pages.values()].flatMap((holder) =>
      [...TAGS, 'nb-drug-term']
        .map((tag) => holder.querySelector(tag) as Updating & { hasUpdated: boolean })
        .filter((el) => el.hasUpdated)
        .map((el) => `${el.closest('[lang]')!.getAttribute('lang')} ${el.localName}`),
    );
    expect(early, 'hydrated in the task that defined them').to.deep.equal([]);
    for (const holder of pages.values())
      for (const tag of [...TAGS, 'nb-drug-term']) await settle(holder.querySelector(tag)!);

    for (const [key, node] of marked) {
      const [lang, tag] = key.split(' ');
      const root = pages.get(lang!)!.querySelector(tag!)!.shadowRoot!;
      expect(root.contains(node), `${key}: the server's node is still there`).to.equal(true);
      // Not rendered a second time beside the server's copy.
      expect(root.querySelectorAll(':scope > :not(style)').length, key).to.equal(counts.get(key));
    }

    for (const [lang, holder] of pages) {
      // The banner now says whether the line is open (it needs the reader's clock).
      const banner = holder.querySelector('nb-helpline-banner')!;
      const status = banner.shadowRoot!.querySelector('[part="status"]')!;
      expect(status, `${lang}: the server's status line is the one filled in`).to.equal(
        statuses.get(lang),
      );
      expect(status.hasAttribute('data-open'), lang).to.equal(true);
      expect(status.textContent!.trim(), lang).to.not.equal('');
      expect(banner.shadowRoot!.textContent).to.include(await unitText(lang, 'helpline.org'));

      // A card section reports opening (the listener came with hydration).
      const card = holder.querySelector('nb-treatment-card')!;
      const toggled = new Promise<CustomEvent>((resolve) =>
        card.addEventListener('nb-section-toggle', (e) => resolve(e as CustomEvent), {
          once: true,
        }),
      );
      card.shadowRoot!.querySelector('summary')!.click();
      expect((await toggled).detail.open, lang).to.equal(true);

      // The word's popup opens.
      const word = holder.querySelector('nb-drug-term')!;
      const button = word.shadowRoot!.querySelector('button')!;
      button.click();
      await settle(word);
      expect(button.getAttribute('aria-expanded'), lang).to.equal('true');
      button.click();
      await settle(word);

      // The banner can be dismissed.
      const dismissed = new Promise((resolve) =>
        banner.addEventListener('nb-dismiss', resolve, { once: true }),
      );
      banner.shadowRoot!.querySelector<HTMLButtonElement>('[part="dismiss"]')!.click();
      await dismissed;
      await settle(banner);
      expect(banner.hidden, lang).to.equal(true);
    }

    const problems = logged.filter((m) => /hydrat|mismatch|server-rendered/i.test(m));
    expect(problems).to.deep.equal([]);
    pages.forEach((holder) => holder.remove());
  });
});
