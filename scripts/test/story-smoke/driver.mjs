// Story smoke, the browser side: the system Chromium with nothing let out past this machine,
// and what it takes to drive Storybook's preview — wait for a story to render and settle,
// switch its toolbar globals (palettes, direction, width) in place, run axe on it.
/* global window, document, requestAnimationFrame, axe -- used inside page.evaluate (browser code) */
import { launchChromium } from '../lib/chromium.mjs';

export const STORY_TIMEOUT_MS = 20_000;

/**
 * Every story is checked as first shown, then again under each palette of the Theme toolbar and
 * in right-to-left (switched in place through Storybook's channel: no reload). Keep the theme
 * keys in step with .storybook/themes.ts; a key that no longer applies fails loudly.
 */
// A palette changes colours only, so its pass runs axe's colour rules; RTL moves layout and
// runs every rule again.
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];
export const ALL_VARIANTS = [
  { label: 'default', globals: undefined },
  { label: 'theme:dark', globals: { theme: 'dark', direction: 'auto' }, rules: COLOUR_RULES },
  {
    label: 'theme:high-contrast',
    globals: { theme: 'high-contrast', direction: 'auto' },
    rules: COLOUR_RULES,
  },
  { label: 'theme:brand', globals: { theme: 'brand', direction: 'auto' }, rules: COLOUR_RULES },
  { label: 'direction:rtl', globals: { theme: 'light', direction: 'rtl' } },
  // The smallest phone the widgets support: every rule again, and no sideways scrolling.
  { label: 'viewport:320', globals: { theme: 'light', direction: 'auto' }, width: 320 },
];
export const VIEWPORT = { width: 1280, height: 800 };

/**
 * Chromium with one page context at VIEWPORT in which nothing a story shows may reach past this
 * machine (privacy: no requests by default): every request outside `origin` is aborted.
 */
export async function openBrowser(origin) {
  const browser = await launchChromium();
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.route(
    (url) => url.origin !== origin && !url.protocol.startsWith('data') && url.protocol !== 'blob:',
    (route) => route.abort('blockedbyclient'),
  );
  return { browser, context };
}

/** Waits for Storybook to show the story (or its error screen). */
export async function waitForRender(page) {
  await page.waitForFunction(
    () =>
      ['sb-show-main', 'sb-show-errordisplay', 'sb-show-nopreview'].some((c) =>
        document.body.classList.contains(c),
      ),
    undefined,
    { timeout: STORY_TIMEOUT_MS },
  );
  // The story shows before its play function runs; a failing play function shows the error
  // screen afterwards, so wait until Storybook has finished with the story.
  await page.waitForFunction(
    () => {
      const render = window.__STORYBOOK_PREVIEW__?.storyRenders?.at(-1);
      return !render || ['finished', 'errored', 'aborted'].includes(render.phase);
    },
    undefined,
    { timeout: STORY_TIMEOUT_MS },
  );
  return page.evaluate(() => {
    const cls = document.body.classList;
    if (cls.contains('sb-show-errordisplay')) {
      const text = (sel) => document.querySelector(sel)?.textContent?.trim() ?? '';
      return `render error: ${text('#error-message') || '(no message)'} ${text('#error-stack').split('\n')[0] ?? ''}`.trim();
    }
    if (cls.contains('sb-show-nopreview')) return 'render error: Storybook shows "no preview"';
    return undefined;
  });
}

/** Waits until no request is in flight and every Lit element (in every shadow root) has updated. */
export async function settle(page, inflight) {
  const deadline = Date.now() + STORY_TIMEOUT_MS;
  let quietSince = 0;
  while (Date.now() < deadline) {
    const pending = await page.evaluate(async () => {
      const all = [];
      const walk = (node) => {
        for (const el of node.querySelectorAll('*')) {
          all.push(el);
          if (el.shadowRoot) walk(el.shadowRoot);
        }
      };
      walk(document);
      const lit = all.filter((el) => 'updateComplete' in el);
      await Promise.all(lit.map((el) => el.updateComplete));
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      return lit.some((el) => el.isUpdatePending);
    });
    if (!pending && inflight.size === 0) {
      if (!quietSince) quietSince = Date.now();
      if (Date.now() - quietSince >= 150) return;
    } else quietSince = 0;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('the story did not settle (requests or updates still pending)');
}

/** Switches toolbar globals in the open story and waits until Storybook has re-rendered it. */
export async function applyGlobals(page, globals) {
  return page.evaluate(async (wanted) => {
    const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
    if (!channel) return 'no Storybook channel in the preview';
    const rendered = await new Promise((done) => {
      const timer = setTimeout(() => done(false), 10_000);
      channel.once('storyRendered', () => {
        clearTimeout(timer);
        done(true);
      });
      channel.emit('updateGlobals', { globals: wanted });
    });
    if (!rendered) return `the story did not re-render with ${JSON.stringify(wanted)}`;
    const wrapper = document.querySelector('#storybook-root .nb-story');
    if (!wrapper) return 'the story wrapper (.nb-story) is missing';
    if (wanted.direction !== 'auto' && wrapper.getAttribute('dir') !== wanted.direction)
      return `direction "${wanted.direction}" was not applied`;
    const shown = wrapper.getAttribute('data-nb-theme');
    // A story with its own palette (parameters.themes.disable) gets no toolbar palette.
    if (shown === 'story') return wanted.theme === 'light' ? undefined : 'own palette';
    if (shown !== wanted.theme)
      return `theme "${wanted.theme}" was not applied (is it still in .storybook/themes.ts?)`;
    return undefined;
  }, globals);
}

/** axe on #storybook-root: violations only, with enough detail to find the node. */
export function runAxe(page, rules) {
  return page.evaluate(async (only) => {
    const target = document.querySelector('#storybook-root');
    const options = { resultTypes: ['violations'] };
    if (only) options.runOnly = { type: 'rule', values: only };
    const result = await axe.run(target, options);
    return result.violations.map(({ id, impact, help, nodes }) => ({
      id,
      impact,
      help,
      nodes: nodes.map((n) => ({ target: n.target })),
    }));
  }, rules);
}
