// Scenario 1: <nb-treatment-card> vs the same content as static HTML/CSS.
// Measures, per fresh page load: time from navigation start to the content painted (LCP, and a
// frame after the content exists), and bytes transferred (uncompressed, and gzip-compressed).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { prerenderHtml } from '../dist/ssr/index.js';
import { fmt, stats, table } from './lib.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 12);

/**
 * Issue #18: simulated slow 4G (CDP Network.emulateNetworkConditions): 400 ms round trip,
 * 1.6 Mbit/s down, 750 kbit/s up. The bench server gzips text as a CDN would (bench/run.mjs), so
 * the bytes cost what they would cost a reader.
 */
export const SLOW_4G = { latency: 400, downloadThroughput: 200_000, uploadThroughput: 93_750 };
const SLOW_RUNS = Number(process.env.BENCH_SLOW_RUNS ?? 5);

/** The card page with `script` (and modulepreload links for the chunks it imports, if any). */
const cardPage = (
  script,
  preload = [],
) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>card</title>
${preload.map((f) => `<link rel="modulepreload" href="/dist/cdn/${f}">`).join('\n')}
<script type="module" src="/dist/cdn/${script}"></script></head>
<body><main><h1>Neuroblastoma</h1><nb-treatment-card></nb-treatment-card></main>
<script type="module">
  const el = document.querySelector('nb-treatment-card');
  await customElements.whenDefined('nb-treatment-card');
  await el.updateComplete;
  requestAnimationFrame(() => { window.__ready = window.__hydrated = performance.now(); });
</script></body></html>`;

/**
 * The card page as `npx nb-widgets prerender` writes it (declarative shadow DOM, nested terms
 * included) with the script for prerendered pages. Its content is painted once the HTML is parsed,
 * like the static page (a frame after the parser reaches the end of the body); the module script
 * then hydrates the same nodes (`__hydrated`: interactive).
 */
async function prerenderedPage(script) {
  const body = await prerenderHtml(
    `<!doctype html><html lang="en"><head></head><body><main><h1>Neuroblastoma</h1><nb-treatment-card></nb-treatment-card></main></body></html>`,
  );
  const card = /<nb-treatment-card[\s\S]*<\/nb-treatment-card>/.exec(body)?.[0];
  if (!card) throw new Error('bench: prerenderHtml() returned no <nb-treatment-card>');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>card, prerendered</title>
<script type="module" src="/dist/cdn/${script}"></script></head>
<body><main><h1>Neuroblastoma</h1>${card}</main>
<script>requestAnimationFrame(() => { window.__ready = performance.now(); });</script>
<script type="module">
  const el = document.querySelector('nb-treatment-card');
  await customElements.whenDefined('nb-treatment-card');
  await el.updateComplete;
  requestAnimationFrame(() => { window.__hydrated = performance.now(); });
</script></body></html>`;
}

/** Renders the card once and captures its shadow DOM and styles as a static page. */
async function staticCopy(browser, origin) {
  const page = await browser.newPage();
  await page.goto(`${origin}/bench/card.html`);
  await page.waitForFunction(() => window.__ready);
  const { markup, css } = await page.evaluate(() => {
    const el = document.querySelector('nb-treatment-card');
    const root = el.shadowRoot;
    const sheets = [
      ...root.adoptedStyleSheets,
      ...[...root.querySelectorAll('style')].map((s) => s.sheet),
    ];
    const rules = sheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join('\n');
    // Terms stay as undefined <nb-drug-term> tags: a static page shows each as its plain word.
    let html = '';
    for (const node of root.childNodes)
      html += node.nodeType === 1 ? node.outerHTML : node.textContent;
    return { markup: html, css: rules.replaceAll(':host', '.card-host') };
  });
  await page.close();
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>static</title>
<style>${css}</style></head>
<body><main><h1>Neuroblastoma</h1><div class="card-host">${markup}</div></main>
<script>requestAnimationFrame(() => { window.__ready = window.__hydrated = performance.now(); });</script></body></html>`;
}

async function loadOnce(browser, url, network) {
  const context = await browser.newContext();
  const page = await context.newPage();
  if (network) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...network });
  }
  await page.addInitScript(() => {
    window.__lcp = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__lcp = e.startTime;
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => window.__ready && window.__hydrated, undefined, {
    timeout: 60_000,
  });
  await page.waitForTimeout(50);
  const result = await page.evaluate(() => {
    const entries = [
      performance.getEntriesByType('navigation')[0],
      ...performance.getEntriesByType('resource'),
    ];
    return {
      ready: window.__ready,
      hydrated: window.__hydrated,
      lcp: window.__lcp,
      urls: entries.map((e) => e.name),
    };
  });
  await context.close();
  // What a reader downloads: every response body, raw and as a gzip-serving host sends it.
  const bodies = await Promise.all(result.urls.map((u) => fetch(u).then((r) => r.arrayBuffer())));
  result.bytes = bodies.reduce((n, b) => n + b.byteLength, 0);
  result.gzip = bodies.reduce((n, b) => n + gzipSync(Buffer.from(b)).length, 0);
  result.requests = bodies.length;
  return result;
}

export async function benchCard(browser, server) {
  const origin = server.url;
  const preload = JSON.parse(readFileSync('dist/cdn/preload.json', 'utf8'))['nb-treatment-card.js'];
  server.pages.set('/bench/card.html', { html: cardPage('nb-widgets.js') });
  server.pages.set('/bench/card-element.html', {
    html: cardPage('nb-treatment-card.js', preload),
  });
  server.pages.set('/bench/static-card.html', { html: await staticCopy(browser, origin) });
  server.pages.set('/bench/prerendered-card.html', {
    html: await prerenderedPage('nb-widgets.hydrate.js'),
  });
  const pages = [
    ['static HTML', '/bench/static-card.html'],
    ['card, prerendered + nb-widgets.hydrate.js', '/bench/prerendered-card.html'],
    ['card, nb-widgets.js (all-in-one)', '/bench/card.html'],
    ['card, nb-treatment-card.js + modulepreload', '/bench/card-element.html'],
  ];
  const out = {};
  for (const [label, network, runsWanted] of [
    ['localhost (gzip)', undefined, RUNS],
    ['slow 4G (400 ms RTT, 1.6 Mbit/s, gzip)', SLOW_4G, SLOW_RUNS],
  ]) {
    const results = {};
    for (const [name, path] of pages) {
      const runs = [];
      await loadOnce(browser, `${origin}${path}`, network); // warm the server and the browser
      for (let i = 0; i < runsWanted; i++)
        runs.push(await loadOnce(browser, `${origin}${path}`, network));
      results[name] = {
        ready: stats(runs.map((r) => r.ready)),
        hydrated: stats(runs.map((r) => r.hydrated)),
        lcp: stats(runs.map((r) => r.lcp)),
        bytes: runs[0].bytes,
        gzip: runs[0].gzip,
        requests: runs[0].requests,
      };
    }
    const s = results['static HTML'];
    const rows = Object.entries(results).map(([name, r]) => ({
      page: name,
      'content painted ms (median)': fmt(r.ready.median),
      'min–max': `${fmt(r.ready.min)}–${fmt(r.ready.max)}`,
      'LCP ms (median)': fmt(r.lcp.median),
      '× static': fmt(r.ready.median / s.ready.median, 2),
      'LCP × static': fmt(r.lcp.median / s.lcp.median, 2),
      'interactive ms (median)': name === 'static HTML' ? '—' : fmt(r.hydrated.median),
      bytes: r.bytes,
      'bytes gzip': r.gzip,
      requests: r.requests,
    }));
    table(
      `1. Treatment card vs static HTML, ${label} (${runsWanted} runs each, fresh context per run)`,
      rows,
    );
    console.log('goals (issue #18): prerendered card ≤ 1.1× static HTML; client-only ≤ 1.5×');
    out[label] = { results, rows };
  }
  const local = out['localhost (gzip)'].results;
  const ratio =
    local['card, nb-widgets.js (all-in-one)'].ready.median / local['static HTML'].ready.median;
  const lcpRatio =
    local['card, nb-widgets.js (all-in-one)'].lcp.median / local['static HTML'].lcp.median;
  return { results: out, ratio, lcpRatio, target: 1.5 };
}
