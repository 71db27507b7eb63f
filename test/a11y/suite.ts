// The shared accessibility suite: `describeA11y(entry)` declares the same tests for every
// element in test/a11y/elements.ts, in every theme, direction and real locale.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { localeInfo, sourceLocale } from '../../src/generated/locale-registry.js';
import {
  axeProblems,
  headingProblems,
  hoverProblems,
  keyboardProblems,
  nameRoleProblems,
  reducedMotionProblems,
  reflowProblems,
  targetSizeProblems,
  textSpacingProblems,
  useReducedMotion,
  type Mount,
  type Problem,
  type Stage,
} from './checks.js';
import { flatElements, recordListeners } from './dom.js';
import type { A11yEntry, A11yFixture } from './elements.js';

// Before any element exists, so hover-only and click-only listeners are seen.
recordListeners();

export interface Variant {
  name: string;
  theme?: 'light' | 'dark';
  dir?: 'rtl';
  lang?: string;
}

/** Light, dark, RTL, and every real (not pseudo) locale from the locale registry. */
export const variants: readonly Variant[] = [
  { name: 'light', theme: 'light' },
  { name: 'dark', theme: 'dark' },
  { name: 'rtl', dir: 'rtl' },
  ...[sourceLocale, ...Object.keys(localeInfo).filter((l) => !localeInfo[l]!.pseudo)].map(
    (lang) => ({ name: `locale ${lang}`, lang }),
  ),
];

/** The nb- elements in `root`'s rendered tree (itself, light DOM, and inside shadow roots). */
function nbElements(root: Element): NbLike[] {
  return [root, ...flatElements(root)].filter((e) => e.localName.startsWith('nb-')) as NbLike[];
}

type NbLike = HTMLElement & { updateComplete?: Promise<unknown>; renderedLocale?: string };

/** Every nb- element has rendered, in `lang` when given (translations load lazily). */
async function settled(root: Element, lang?: string): Promise<void> {
  const target = lang && lang !== sourceLocale ? lang : undefined;
  await waitUntil(
    async () => {
      const els = nbElements(root);
      await Promise.all(els.map((e) => e.updateComplete));
      return (
        !target || els.every((e) => e.renderedLocale === undefined || e.renderedLocale === target)
      );
    },
    `<${root.localName}> did not render in ${lang}`,
    { timeout: 3000 },
  );
}

/** Puts a fresh copy of the fixture on the page between two plain buttons. */
export function mounter(
  f: A11yFixture,
  v: Variant = { name: 'light' },
  attrs: Record<string, string> = {},
): Mount {
  return async (): Promise<Stage> => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><button type="button">before</button><button type="button">after</button></div>`,
    );
    if (v.dir) wrapper.setAttribute('dir', v.dir);
    // The dark theme is for dark pages: an inline element (a glossary word) shows on the page's
    // own background, so the page around the fixture is dark too.
    if (v.theme === 'dark') {
      Object.assign(wrapper.style, {
        colorScheme: 'dark',
        background: 'Canvas',
        color: 'CanvasText',
      });
    }
    const [before, after] = wrapper.querySelectorAll('button') as unknown as [
      HTMLButtonElement,
      HTMLButtonElement,
    ];
    const el = f.create();
    if (v.theme) {
      for (const nb of [el, ...el.querySelectorAll('*')].filter((e) =>
        e.localName.startsWith('nb-'),
      ))
        nb.setAttribute('theme', v.theme);
    }
    if (v.lang) el.setAttribute('lang', v.lang);
    for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
    wrapper.insertBefore(el, after);
    await settled(el, v.lang);
    if (f.ready) {
      await f.ready(el);
      await settled(el, v.lang);
    }
    return { el, before, after };
  };
}

/** Asserts no problems, listing each one so the failure says what to fix. */
export function expectNone(problems: Problem[]): void {
  const lines = problems.map((p) => `${p.check}: ${p.target} — ${p.detail}`);
  expect(lines, lines.join('\n')).to.deep.equal([]);
}

/** Declares the whole suite for one element. */
export function describeA11y(entry: A11yEntry): void {
  describe(`<${entry.tag}> accessibility`, () => {
    before(() => entry.define());
    for (const f of entry.fixtures) {
      describe(f.name, () => {
        const mount = mounter(f);
        for (const v of variants) {
          it(`axe finds nothing (${v.name})`, async () => {
            const { el } = await mounter(f, v)();
            expectNone(await axeProblems(el));
          });
        }
        it('works by keyboard alone, with a visible focus indicator (light and dark)', async function () {
          // Every Tab is a real key press (WebDriver in WebKit, about 0.1 s each on a busy
          // machine): the full card has dozens of stops, twice. A hang still fails, at 60 s.
          this.timeout(60000);
          expectNone(await keyboardProblems(mount));
          expectNone(await keyboardProblems(mounter(f, variants[1])));
        });
        it('needs no hover', async () => expectNone(hoverProblems((await mount()).el)));
        it('has targets of at least 24×24 px', async () =>
          expectNone(targetSizeProblems((await mount()).el)));
        it('announces names and roles', async () =>
          expectNone(nameRoleProblems((await mount()).el, f.announces)));
        it('has a heading outline with no skipped levels', async () => {
          expectNone(headingProblems((await mount()).el));
          for (const level of entry.headingLevels ?? []) {
            const { el } = await mounter(f, undefined, { 'heading-level': String(level) })();
            expectNone(headingProblems(el, level));
          }
        });
      });
    }
  });
}

/**
 * The narrow-screen part of the suite (its own file: MiniBrowser, our WebKit, cannot make its
 * window narrower than 447 px, so only Chromium and Firefox run it).
 */
export function describeNarrow(entry: A11yEntry): void {
  describe(`<${entry.tag}> at 320 px wide`, () => {
    before(() => entry.define());
    for (const f of entry.fixtures) {
      describe(f.name, () => {
        const mount = mounter(f);
        it('reflows at 320 px with no sideways scroll', async () =>
          expectNone(await reflowProblems(mount)));
        it('keeps all text visible with WCAG 1.4.12 text spacing', async () =>
          expectNone(await textSpacingProblems(mount)));
      });
    }
  });
}

/** The reduced-motion part of the suite (its own file: Firefox needs a browser launched for it). */
export function describeReducedMotion(entry: A11yEntry): void {
  describe(`<${entry.tag}> with prefers-reduced-motion`, () => {
    before(async () => {
      await entry.define();
      emulated = await useReducedMotion();
    });
    let emulated = false;
    after(async () => {
      // Only Chromium emulates it; the reduced-motion Firefox and WebKit were launched with it.
      if (emulated) await emulateMedia({ reducedMotion: 'no-preference' });
    });
    for (const f of entry.fixtures) {
      it(`${f.name}: nothing animates`, async () => {
        const { el } = await mounter(f)();
        expectNone(reducedMotionProblems(el));
      });
    }
  });
}
