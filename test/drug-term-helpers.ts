// What the <nb-drug-term> tests (every engine, and the Chromium-only touch tests) look at.
import { fixture, html, waitUntil } from '@open-wc/testing';
import type { NbDrugTerm } from '../src/elements/nb-drug-term/nb-drug-term.js';
import { shadow } from './helpers.js';

export const trigger = (el: NbDrugTerm) =>
  shadow(el).querySelector<HTMLButtonElement>('[part="trigger"]')!;
export const popup = (el: NbDrugTerm) => shadow(el).querySelector<HTMLElement>('[part="popup"]');

/** The popup's live region (role="status"). */
export const status = (el: NbDrugTerm) => shadow(el).querySelector<HTMLElement>('[role="status"]');

/** Open, in the top layer, with its text on screen and in the live region. */
const shown = (el: NbDrugTerm) =>
  el.open &&
  !!popup(el)?.matches(':popover-open') &&
  !!shadow(el).querySelector('[part="definition"]') &&
  !!status(el)?.textContent?.trim();

export async function untilShown(el: NbDrugTerm): Promise<void> {
  await waitUntil(() => shown(el), `<nb-drug-term term="${el.term}"> did not open`, {
    timeout: 3000,
  });
  // One more frame: floating-ui has placed it.
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
}

export async function untilClosed(el: NbDrugTerm): Promise<void> {
  await waitUntil(() => !el.open && !popup(el)?.matches(':popover-open'), 'did not close', {
    timeout: 3000,
  });
}

/** The middle of an element, in viewport pixels (for sendMouse and touch taps). */
export const center = (target: Element): [number, number] => {
  const r = target.getBoundingClientRect();
  return [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];
};

/** Renders `template` and waits until every <nb-drug-term> in it has rendered. */
export async function page(
  template: ReturnType<typeof html>,
): Promise<{ root: HTMLElement; terms: NbDrugTerm[] }> {
  const root = await fixture<HTMLElement>(template);
  const terms = [...root.querySelectorAll('nb-drug-term')];
  await Promise.all(terms.map((t) => t.updateComplete));
  return { root, terms };
}

/** One term in a sentence: "Some children have topotecan, given with other drugs." */
export async function one(): Promise<NbDrugTerm> {
  const { terms } = await page(
    html`<p style="padding: 2rem">
      Some children have <nb-drug-term term="topotecan">topotecan</nb-drug-term>, given with other
      drugs.
    </p>`,
  );
  return terms[0];
}
