// Scenario 1: <nb-treatment-card> vs the same content as static HTML/CSS.
// Measures, per fresh page load: time from navigation start to the content painted (LCP, and a
// frame after the content exists), and bytes transferred (uncompressed, and gzip-compressed).
import { gzipSync } from 'node:zlib';
import { fmt, stats, table } from './lib.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 12);

const cardPage = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>card</title>
<script type="module" src="/dist/cdn/nb-widgets.js"></script></head>
<body><main><h1>Neuroblastoma</h1><nb-treatment-card></nb-treatment-card></main>
<script type="module">
  const el = document.querySelector('nb-treatment-card');
  await customElements.whenDefined('nb-treatment-card');
  await el.updateComplete;
  requestAnimationFrame(() => { window.__ready = performance.now(); });
</script></body></html>`;

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
<script>requestAnimationFrame(() => { window.__ready = performance.now(); });</script></body></html>`;
}

async function loadOnce(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__lcp = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__lcp = e.startTime;
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => window.__ready);
  await page.waitForTimeout(50);
  const result = await page.evaluate(() => {
    const entries = [
      performance.getEntriesByType('navigation')[0],
      ...performance.getEntriesByType('resource'),
    ];
    return {
      ready: window.__ready,
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
  server.pages.set('/bench/card.html', { html: cardPage });
  server.pages.set('/bench/static-card.html', { html: await staticCopy(browser, origin) });
  const results = {};
  for (const [name, path] of [
    ['static HTML', '/bench/static-card.html'],
    ['nb-treatment-card', '/bench/card.html'],
  ]) {
    const runs = [];
    await loadOnce(browser, `${origin}${path}`); // warm the server and the browser
    for (let i = 0; i < RUNS; i++) runs.push(await loadOnce(browser, `${origin}${path}`));
    results[name] = {
      ready: stats(runs.map((r) => r.ready)),
      lcp: stats(runs.map((r) => r.lcp)),
      bytes: runs[0].bytes,
      gzip: runs[0].gzip,
      requests: runs[0].requests,
    };
  }
  const s = results['static HTML'];
  const c = results['nb-treatment-card'];
  const rows = Object.entries(results).map(([name, r]) => ({
    page: name,
    'content painted ms (median)': fmt(r.ready.median),
    'min–max': `${fmt(r.ready.min)}–${fmt(r.ready.max)}`,
    'LCP ms (median)': fmt(r.lcp.median),
    bytes: r.bytes,
    'bytes gzip': r.gzip,
    requests: r.requests,
  }));
  table(`1. Treatment card vs static HTML (${RUNS} runs each, fresh context per run)`, rows);
  const ratio = c.ready.median / s.ready.median;
  const lcpRatio = c.lcp.median / s.lcp.median;
  console.log(
    `ratio card/static: content painted ${fmt(ratio, 2)}×, LCP ${fmt(lcpRatio, 2)}× (target ≤ 1.3×)`,
  );
  return { results, ratio, lcpRatio, target: 1.3 };
}
