// Partner pages: the CDN builds dropped into a page as a partner would, with integrity, under a
// strict CSP with Trusted Types, under a hostile stylesheet, loaded twice, and copied without
// their chunks/ folder. (Overview of the embed tests: coverage.test.mjs.)
import { test } from 'node:test';
import { elements, pkg } from './helpers/build.mjs';
import { assertNoProblems, runCase, startHarness } from './helpers/harness.mjs';
import {
  checkHostile,
  checkPopup,
  checkPopupFallback,
  checkSpanish,
  layoutProbe,
} from './helpers/page-checks.mjs';
import { CSP, caseDiv, cdnScript, html, snippets, spanish } from './helpers/pages.mjs';

/** The clean CDN page's font sizes and boxes, to compare the hostile page with. */
let cleanSizes;

/** @type {import('./helpers/pages.mjs').PageCase[]} */
const cases = [
  {
    name: 'CDN: nb-widgets.js with integrity, lazy es locale chunk, lazy popup positioning chunk',
    path: '/cdn.html',
    mode: 'plain',
    html: html('CDN drop-in', cdnScript('nb-widgets.js'), snippets + spanish),
    check: async (page, log) => {
      // Measured before the popup opens, as the page first shows.
      cleanSizes = await page.evaluate(layoutProbe);
      return [...(await checkSpanish(page, log)), ...(await checkPopup(page, log))];
    },
  },
  {
    name: 'CDN: nb-widgets.bundle.js with integrity (one file)',
    path: '/bundle.html',
    mode: 'plain',
    html: html('CDN bundle', cdnScript('nb-widgets.bundle.js'), snippets + spanish),
    check: async (page, log) => [
      ...(await checkSpanish(page, log)),
      ...(await checkPopup(page, log)),
      ...(log.chunkRequests.length
        ? [`the bundle fetched chunks: ${log.chunkRequests.join(', ')}`]
        : []),
    ],
  },
  {
    name: 'strict CSP + Trusted Types (HTTP headers), lazy es locale and popup positioning chunks',
    path: '/csp.html',
    mode: 'plain',
    headers: { 'content-security-policy': CSP },
    probe: {
      violation:
        /^require-trusted-types-for blocked trusted-types-sink Element innerHTML\|<b>probe<\/b>/,
      error: /requires 'TrustedHTML' assignment/,
    },
    html: html('Strict CSP', cdnScript('nb-widgets.js'), snippets + spanish),
    check: async (page, log) => {
      const problems = [...(await checkSpanish(page, log)), ...(await checkPopup(page, log))];
      const tt = await page.evaluate(() => {
        try {
          document.createElement('div').innerHTML = '<b>probe</b>';
          return 'string assigned to innerHTML without a policy';
        } catch {
          return '';
        }
      });
      if (tt) problems.push(`Trusted Types not enforced (${tt}): the test would prove nothing`);
      return problems;
    },
  },
  {
    name: 'hostile host CSS: reset, !important on *, button, a, h2, details, p; 10px root',
    path: '/hostile.html',
    mode: 'plain',
    html: html(
      'Hostile CSS',
      `<link rel="stylesheet" href="/assets/hostile.css">${cdnScript('nb-widgets.js')}`,
      snippets,
    ),
    check: (page) => checkHostile(page, cleanSizes),
  },
  {
    name: `same version twice: CDN nb-widgets.js + nb-widgets.bundle.js ${pkg.version} → one warning saying it is loaded twice`,
    path: '/double-same.html',
    mode: 'plain',
    html: html(
      'Same version twice',
      `${cdnScript('nb-widgets.js')}${cdnScript('nb-widgets.bundle.js')}`,
      snippets,
    ),
    warnings: (log) => {
      const twice = log.warnings.filter((w) => /loaded twice/.test(w));
      const other = log.warnings.filter((w) => !twice.includes(w));
      return [
        ...(twice.length === 1
          ? []
          : [`expected exactly one "loaded twice" warning, got ${twice.length}`]),
        ...twice
          .filter(
            (w) =>
              !w.includes(`version ${pkg.version} is loaded twice`) || /ignored|two copies/.test(w),
          )
          .map((w) => `the warning does not say the same version was loaded twice: ${w}`),
        ...other.map((w) => `unexpected warning: ${w}`),
      ];
    },
  },
  {
    name: 'CDN copied without its chunks/ folder: a popup still opens below the word, one warning',
    path: '/no-chunks.html',
    mode: 'plain',
    tags: ['nb-drug-term'],
    html: html(
      'No chunks folder',
      cdnScript('nb-widgets.js'),
      caseDiv(elements.find((e) => e.tag === 'nb-drug-term')),
    ),
    missing: /^\/dist\/cdn\/chunks\//,
    check: checkPopupFallback,
    warnings: (log) => {
      const lost = log.warnings.filter((w) => /could not load the popup positioning code/.test(w));
      const other = log.warnings.filter((w) => !lost.includes(w));
      return [
        ...(lost.length === 1 ? [] : [`expected one positioning warning, got ${lost.length}`]),
        ...other.map((w) => `unexpected warning: ${w}`),
      ];
    },
  },
];

const harness = await startHarness({ cases });

for (const c of cases) test(c.name, async () => assertNoProblems(await runCase(harness, c)));
