// Scenario 3: time from a change of <html lang> to every nb- element on the page (including the
// terms nested inside other elements' shadow roots) having re-rendered in the new language —
// with the locale chunk still to fetch (cold) and already loaded (cached); for the cached switch
// also the time until the browser has painted the frame that shows it.
import { fmt, stats, table } from './lib.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 12);

const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>locale switch</title>
<script type="module" src="/dist/cdn/nb-widgets.js"></script></head><body>
<nb-helpline-banner></nb-helpline-banner>
<nb-glossary-scope><p>Some children have topotecan or irinotecan.</p></nb-glossary-scope>
<nb-treatment-card></nb-treatment-card>
<nb-trial-list></nb-trial-list>
<script type="module">
  const tags = ['nb-helpline-banner', 'nb-glossary-scope', 'nb-treatment-card', 'nb-trial-list', 'nb-drug-term'];
  /** Every nb- element, also those rendered inside other elements' shadow roots. */
  function all(root = document, found = []) {
    for (const el of root.querySelectorAll('*')) {
      if (el.localName.startsWith('nb-')) found.push(el);
      if (el.shadowRoot) all(el.shadowRoot, found);
    }
    return found;
  }
  const renderedIn = (el) => el.shadowRoot?.querySelector('[lang]')?.getAttribute('lang');
  const switched = (el, expected) =>
    renderedIn(el) === expected || !el.shadowRoot?.querySelector('[lang]');
  async function settle() {
    for (let i = 0; i < 5; i++) await Promise.all(all().map((el) => el.updateComplete));
  }
  /** A task later, without setTimeout's 4 ms clamp once timers nest (HTML spec: nesting > 5). */
  const nextTask = () =>
    new Promise((resolve) => {
      const { port1, port2 } = new MessageChannel();
      port1.onmessage = () => resolve(undefined);
      port2.postMessage(null);
    });
  window.__switch = async (lang, expected) => {
    await settle();
    const t0 = performance.now();
    document.documentElement.lang = lang;
    // The elements hear of the change from a MutationObserver (a microtask) and re-render in
    // microtasks; an element's render can change the language of the terms inside it, which then
    // re-render in turn. So: wait for every pending update, look again (new and nested elements
    // included), and only when nothing is pending and something still is not in the new
    // language (a chunk still to fetch: the cold case) wait for a task. The loop used to wait a
    // setTimeout(0) whenever its first look came too early, which let the browser lay out and
    // paint the page (and clamp nested timers to 4 ms) inside the measured time although every
    // element had already re-rendered: 'frame' below measures that part on its own.
    for (;;) {
      await null; // lets the MutationObserver callback run first
      const els = all();
      const pending = els.filter((el) => el.isUpdatePending);
      if (pending.length) {
        await Promise.all(pending.map((el) => el.updateComplete));
        continue;
      }
      if (els.every((el) => switched(el, expected))) break;
      await nextTask();
    }
    const ms = performance.now() - t0;
    // Then the frame that shows it: style, layout and paint of the re-rendered page.
    await new Promise((resolve) => requestAnimationFrame(() => nextTask().then(resolve)));
    return { ms, frame: performance.now() - t0, elements: all().length };
  };
  await Promise.all(tags.map((t) => customElements.whenDefined(t)));
  await settle();
  window.__ready = true;
</script></body></html>`;

export async function benchLocaleSwitch(browser, server) {
  const origin = server.url;
  server.pages.set('/bench/locale-switch.html', { html: page });
  const cold = [];
  const cached = [];
  const cachedFrame = [];
  let elements = 0;
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext();
    const p = await context.newPage();
    await p.goto(`${origin}/bench/locale-switch.html`);
    await p.waitForFunction(() => window.__ready);
    const first = await p.evaluate(() => window.__switch('es', 'es'));
    cold.push(first.ms);
    elements = first.elements;
    await p.evaluate(() => window.__switch('en', 'en-GB'));
    const warm = await p.evaluate(() => window.__switch('es', 'es'));
    cached.push(warm.ms);
    cachedFrame.push(warm.frame);
    await context.close();
  }
  const c = stats(cold);
  const w = stats(cached);
  const f = stats(cachedFrame);
  const row = (name, s) => ({
    case: name,
    'median ms': fmt(s.median),
    'min–max': `${fmt(s.min)}–${fmt(s.max)}`,
  });
  table(
    `3. Locale switch en → es, page with all four elements (${elements} nb- elements incl. nested terms; ${RUNS} runs)`,
    [
      row('cold (chunk fetched)', c),
      row('cached (chunk loaded)', w),
      row('cached, to the next frame painted', f),
    ],
  );
  console.log(`cached switch ${w.median < 16 ? 'meets' : 'misses'} the < 16 ms target`);
  return { cold: c, cached: w, cachedFrame: f, elements, target: 16 };
}
