/// <reference types="vite/client" />
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import '../src/index.js';
// The very stylesheet the embed tests load on their hostile page (test/embed/partner-pages.test.mjs).
import hostileCss from '../test/embed/assets/hostile.css?raw';

/**
 * Every element on a page whose own CSS is as hostile as real CMS themes get: a global reset,
 * `!important` rules on `*`, `button`, `a`, `h2`, `details` and `p`, and a 10 px root font size.
 * The widgets' styles live in their shadow roots and set every inherited property on `:host`,
 * so they keep their layout, colours and readable size; only the words of the partner's own
 * text inside `<nb-glossary-scope>` take the page's styles, on purpose.
 *
 * The story smoke test (`npm test`) saves a screenshot of this story to
 * `test-results/stories/` and this story's play function checks computed styles; the embed
 * tests check the same page built from `dist/`.
 */
const meta: Meta = {
  title: 'Examples/Hostile host CSS',
  // The hostile rules apply to the whole preview while the story is shown, so the story has no
  // docs page (it would restyle every other story on it).
  tags: ['!autodocs', 'screenshot'],
  parameters: {
    layout: 'fullscreen',
    docs: { disable: true },
  },
  // The page's stylesheet is adopted by the document while the story is shown and removed
  // before the next one (a <style> element would itself be shown: `*` makes it inline).
  beforeEach: () => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(hostileCss);
    // Kept to the story's own part of the preview (the rule on `*` would otherwise show
    // Storybook's hidden error screens and scripts); the 10 px root font size stays global.
    for (const rule of sheet.cssRules) {
      if (rule instanceof CSSStyleRule && rule.selectorText !== 'html')
        rule.selectorText = rule.selectorText
          .split(',')
          .map((selector) => `#storybook-root ${selector.trim()}`)
          .join(', ');
    }
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  },
  render: () => html`
    <nb-helpline-banner dismissible></nb-helpline-banner>
    <nb-glossary-scope>
      <div>Some children have topotecan with cyclophosphamide.</div>
    </nb-glossary-scope>
    <nb-treatment-card collapsed heading-level="2"></nb-treatment-card>
    <nb-glossary terms="topotecan isotretinoin" heading-level="2"></nb-glossary>
    <nb-trial-list heading-level="2"></nb-trial-list>
  `,
};
export default meta;

/** Font size of the first visible text in an element's shadow root that matches `selector`. */
function shadowFontSize(host: Element | null, selector: string): number {
  const el = host?.shadowRoot?.querySelector(selector);
  if (!el) throw new Error(`${host?.localName ?? 'element'}: no ${selector} in its shadow root`);
  return parseFloat(getComputedStyle(el).fontSize);
}

function shadowDisplay(host: Element | null, selector: string): string {
  const el = host?.shadowRoot?.querySelector(selector);
  if (!el) throw new Error(`${host?.localName ?? 'element'}: no ${selector} in its shadow root`);
  return getComputedStyle(el).display;
}

/** The page's hostile CSS is in force, and the widgets are laid out and readable anyway. */
export const HostileHostCss: StoryObj = {
  name: 'Hostile host CSS',
  play: async ({ canvasElement }) => {
    const root = canvasElement.ownerDocument.documentElement;
    await expect(getComputedStyle(root).fontSize).toBe('10px');
    const hosts = ['nb-helpline-banner', 'nb-treatment-card', 'nb-glossary', 'nb-trial-list'].map(
      (tag) => canvasElement.querySelector(tag),
    );
    await Promise.all(
      hosts.map((h) => (h as unknown as { updateComplete: Promise<unknown> }).updateComplete),
    );
    for (const host of hosts) {
      // Block layout, body text at 16 px or more, whatever `*` and `p` say.
      await expect(getComputedStyle(host!).display).toBe('block');
      await expect(shadowFontSize(host, '.nb-root')).toBeGreaterThanOrEqual(16);
    }
    const [banner, card, , trials] = hosts;
    // `button { display: none !important }` and `details { display: none !important }` stop at
    // the shadow boundary: the dismiss button and the card's sections are still there.
    await expect(shadowDisplay(banner, '[part~="dismiss"]')).not.toBe('none');
    await expect(shadowDisplay(card, 'details')).not.toBe('none');
    // `h2 { font-size: 48px !important }` does not reach the headings either.
    await expect(shadowFontSize(card, 'h2')).toBeLessThan(48);
    await expect(shadowFontSize(trials, 'h2')).toBeLessThan(48);
  },
};
