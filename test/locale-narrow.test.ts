import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { enablePseudoLocales } from '../src/locale/pseudo.js';
import {
  allText,
  registeredTags,
  renderIn,
  shadowRoots,
  untilRenderedIn,
} from './locale-support.js';

// In the "narrow" group (Chrome, Firefox): WebKit's window cannot be made 320 px wide.
describe('pseudo-locale en-XA on a phone', () => {
  before(() => enablePseudoLocales());

  it('en-XA: no clipped text in any element on a 320 px wide screen', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      for (const tag of await registeredTags()) {
        const { el } = await renderIn(tag, { lang: 'en-XA' });
        await untilRenderedIn(el, 'en-XA');
        expect(allText(el), tag).to.contain('⟦');
        expect(document.documentElement.scrollWidth, `${tag} widens the page`).to.be.at.most(320);
        expect(el.scrollWidth, `${tag} overflows`).to.be.at.most(el.clientWidth || 320);
        for (const root of shadowRoots(el)) {
          for (const node of root.querySelectorAll<HTMLElement>('*')) {
            const hasText = [...node.childNodes].some(
              (c) => c.nodeType === 3 && c.textContent!.trim(),
            );
            if (!hasText || node.clientWidth === 0) continue;
            expect(
              node.scrollWidth,
              `<${node.localName} class="${node.className}"> in ${tag} is clipped`,
            ).to.be.at.most(node.clientWidth);
          }
        }
      }
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
