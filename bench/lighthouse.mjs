// Scenario 5: Lighthouse 12 (pinned; 13 needs Node 22) on the partner demo page, with the system
// Chromium: performance, accessibility and best-practices scores plus the key timings.
import { readFileSync } from 'node:fs';
import lighthouse from 'lighthouse';
import { launch as launchChrome } from 'chrome-launcher';
import { requireChrome } from '../scripts/test/find-browser.mjs';
import { prerenderHtml } from '../dist/ssr/index.js';
import { fmt, table } from './lib.mjs';

/**
 * The partner page as a static site or CMS would publish it after `npx nb-widgets prerender`
 * (issue #18): every widget server-rendered, and the script for prerendered pages instead of
 * nb-widgets.js.
 */
async function prerenderedPartnerPage() {
  const page = readFileSync('bench/pages/partner.html', 'utf8');
  const script = '/dist/cdn/nb-widgets.js';
  if (!page.includes(script)) throw new Error(`bench: partner.html no longer loads ${script}`);
  return prerenderHtml(page.replace(script, '/dist/cdn/nb-widgets.hydrate.js'));
}

export async function benchLighthouse(server) {
  const chrome = await launchChrome({
    chromePath: requireChrome(),
    // A reader in the UK, as the partner page's are: the banner's note for readers abroad (which
    // needs the reader's time zone, so a prerendered banner cannot hold it) is not shown.
    envVars: { ...process.env, TZ: 'Europe/London' },
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
    ],
  });
  server.pages.set('/bench/pages/partner-prerendered.html', {
    html: await prerenderedPartnerPage(),
  });
  try {
    const results = [];
    for (const [page, path] of [
      ['client-rendered (nb-widgets.js)', '/bench/pages/partner.html'],
      ['prerendered (nb-widgets.hydrate.js)', '/bench/pages/partner-prerendered.html'],
    ])
      results.push({ page, ...(await audit(chrome.port, `${server.url}${path}`)) });
    table(
      '5. Lighthouse 12.2.3 on bench/pages/partner.html (mobile, simulated throttling)',
      results.map((r) => ({ page: r.page, ...r.row })),
    );
    console.log('goal (issue #18): prerendered page performance 100, CLS 0');
    for (const r of results)
      if (r.below.length) console.log(`${r.page}: audits below full marks: ${r.below.join('; ')}`);
    return results;
  } finally {
    await chrome.kill();
  }
}

/** One Lighthouse run: the scores, key timings and the audits that kept a score below 100. */
async function audit(port, url) {
  const { lhr } = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility', 'best-practices'],
  });
  const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const value = (id) => lhr.audits[id]?.numericValue;
  const below = Object.values(lhr.audits)
    .filter(
      (a) =>
        a.score !== null &&
        a.score < 1 &&
        ['performance', 'accessibility', 'best-practices'].some((c) =>
          lhr.categories[c]?.auditRefs.some((r) => r.id === a.id && r.weight > 0),
        ),
    )
    .map((a) => `${a.id} ${a.displayValue ?? a.score}`);
  return {
    row: {
      performance: score('performance'),
      accessibility: score('accessibility'),
      'best-practices': score('best-practices'),
      'FCP ms': fmt(value('first-contentful-paint'), 0),
      'LCP ms': fmt(value('largest-contentful-paint'), 0),
      'TBT ms': fmt(value('total-blocking-time'), 0),
      CLS: fmt(value('cumulative-layout-shift'), 3),
    },
    below,
  };
}
