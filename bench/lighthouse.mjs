// Scenario 5: Lighthouse 12 (pinned; 13 needs Node 22) on the partner demo page, with the system
// Chromium: performance, accessibility and best-practices scores plus the key timings.
import lighthouse from 'lighthouse';
import { launch as launchChrome } from 'chrome-launcher';
import { requireChrome } from '../scripts/test/find-browser.mjs';
import { fmt, table } from './lib.mjs';

export async function benchLighthouse(server) {
  const chrome = await launchChrome({
    chromePath: requireChrome(),
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
    ],
  });
  try {
    const url = `${server.url}/bench/pages/partner.html`;
    const { lhr } = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices'],
    });
    const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    const audit = (id) => lhr.audits[id]?.numericValue;
    const result = {
      performance: score('performance'),
      accessibility: score('accessibility'),
      'best-practices': score('best-practices'),
      'FCP ms': fmt(audit('first-contentful-paint'), 0),
      'LCP ms': fmt(audit('largest-contentful-paint'), 0),
      'TBT ms': fmt(audit('total-blocking-time'), 0),
      CLS: fmt(audit('cumulative-layout-shift'), 3),
    };
    table('5. Lighthouse 12.2.3 on bench/pages/partner.html (mobile, simulated throttling)', [
      result,
    ]);
    const failing = Object.values(lhr.audits)
      .filter(
        (a) =>
          a.score !== null &&
          a.score < 1 &&
          ['accessibility', 'best-practices'].some((c) =>
            lhr.categories[c]?.auditRefs.some((r) => r.id === a.id && r.weight > 0),
          ),
      )
      .map((a) => a.id);
    if (failing.length) console.log(`audits below full marks: ${failing.join(', ')}`);
    return { ...result, failing };
  } finally {
    await chrome.kill();
  }
}
