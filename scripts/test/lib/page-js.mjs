/* global document, customElements -- inside page.evaluate(), which runs in the browser */
// What JavaScript a page with one element loads: the page is served next to dist/cdn, opened in
// Chromium, and every script response it fetched is summed (gzip level 9 of each file's bytes, as
// a CDN would send it). Used by the per-page budgets (scripts/build/size.mjs) and the benchmark.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium } from './chromium.mjs';
import { startServer } from './static-server.mjs';

/**
 * The page a partner writes for one element: `script` is `nb-<tag>.js` (the per-element file) or
 * `autoloader.js`; `snippet` the element's markup (test/embed/elements.mjs).
 */
export function elementPage(script, snippet) {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>one element</title>
<script type="module" src="/cdn/${script}"></script></head>
<body>
${snippet}
</body>
</html>`;
}

/**
 * Loads each page in a fresh Chromium context (empty cache), waits until every nb- element on it
 * is defined and rendered and the network is idle, and returns the JS files fetched.
 * @param {{ name: string, html: string }[]} pages
 * @param {{ browser?: import('playwright-core').Browser, cdnDir?: string,
 *   network?: { latency: number, downloadThroughput: number, uploadThroughput: number } }} [options]
 * @returns {Promise<{ name: string, files: { path: string, gzip: number }[], gzip: number,
 *   errors: string[] }[]>}
 */
export async function measurePages(pages, { browser, cdnDir = 'dist/cdn', network } = {}) {
  const server = await startServer({
    mounts: { '/cdn/': resolve(cdnDir) },
    pages: new Map(pages.map((p) => [`/${p.name}.html`, { html: p.html }])),
  });
  const own = !browser;
  const chromium = browser ?? (await launchChromium());
  const results = [];
  try {
    for (const page of pages) {
      const context = await chromium.newContext();
      const tab = await context.newPage();
      if (network) {
        const cdp = await context.newCDPSession(tab);
        await cdp.send('Network.enable');
        await cdp.send('Network.emulateNetworkConditions', { offline: false, ...network });
      }
      const errors = [];
      tab.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      tab.on('pageerror', (e) => errors.push(String(e)));
      const files = [];
      tab.on('requestfinished', (request) => {
        if (request.resourceType() !== 'script') return;
        const path = new URL(request.url()).pathname.replace(/^\/cdn\//, '');
        files.push({
          path,
          gzip: gzipSync(readFileSync(resolve(cdnDir, path)), { level: 9 }).length,
        });
      });
      await tab.goto(`${server.url}/${page.name}.html`, { waitUntil: 'networkidle' });
      await tab.evaluate(async () => {
        const tags = [...document.querySelectorAll('*')].filter((e) =>
          e.localName.startsWith('nb-'),
        );
        await Promise.all(tags.map((e) => customElements.whenDefined(e.localName)));
        await Promise.all(tags.map((e) => /** @type {any} */ (e).updateComplete));
      });
      await tab.waitForLoadState('networkidle');
      files.sort((a, b) => a.path.localeCompare(b.path));
      results.push({ name: page.name, files, gzip: files.reduce((s, f) => s + f.gzip, 0), errors });
      await context.close();
    }
  } finally {
    if (own) await chromium.close();
    await server.close();
  }
  return results;
}
