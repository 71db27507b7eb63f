import { aTimeout, expect, html, oneEvent } from '@open-wc/testing';
import { executeServerCommand, sendMouse } from '@web/test-runner-commands';
import '../../src/elements/nb-drug-term/define.js';
import {
  CLOSE_DELAY_MS,
  type TermOpenDetail,
} from '../../src/elements/nb-drug-term/nb-drug-term.js';
import { shadow } from '../helpers.js';
import {
  center,
  one,
  page,
  popup,
  trigger,
  untilClosed,
  untilShown,
} from '../drug-term-helpers.js';

// <nb-drug-term> on touch screens (real CDP touch taps) and in a 320 px viewport.

async function tap(target: Element | [number, number]): Promise<void> {
  const [x, y] = Array.isArray(target) ? target : center(target);
  await executeServerCommand('tap', { x, y });
}

describe('<nb-drug-term> touch and narrow screens', () => {
  afterEach(async () => {
    await sendMouse({ type: 'move', position: [0, 0] });
    await executeServerCommand('viewport', { width: 800, height: 600 });
  });

  describe('touch', () => {
    it('a tap opens it and a tap outside closes it', async () => {
      const el = await one();
      const opened = oneEvent(el, 'nb-term-open');
      await tap(trigger(el));
      expect(((await opened) as CustomEvent<TermOpenDetail>).detail.via).to.equal('touch');
      await untilShown(el);
      // Tapping the popup itself keeps it open.
      await tap(shadow(el).querySelector('[part="definition"]')!);
      await aTimeout(CLOSE_DELAY_MS * 2);
      expect(el.open).to.equal(true);
      await tap([790, 590]);
      await untilClosed(el);
    });

    it('a second tap on the word closes it', async () => {
      const el = await one();
      await tap(trigger(el));
      await untilShown(el);
      await tap(trigger(el));
      await untilClosed(el);
    });
  });

  describe('320 px', () => {
    it('stays inside a 320 px viewport, even for a word at the right edge', async () => {
      await executeServerCommand('viewport', { width: 320, height: 640 });
      const { terms } = await page(
        html`<p style="text-align: end; margin: 0; padding: 1rem 0">
          Treatment may use <nb-drug-term term="mibg">mIBG</nb-drug-term>
        </p>`,
      );
      const el = terms[0];
      el.show();
      await untilShown(el);
      const box = popup(el)!.getBoundingClientRect();
      expect(box.left).to.be.at.least(0);
      expect(box.right).to.be.at.most(320);
      expect(box.width).to.be.greaterThan(200);
      expect(popup(el)!.scrollWidth).to.be.at.most(popup(el)!.clientWidth);
      await expect(el).to.be.accessible();
    });
  });
});
