// The embed tests' page runner on node:test: one static server and one Chromium per test file
// (scripts/test/lib/static-server.mjs, scripts/test/lib/chromium.mjs), a page case opened in a fresh
// 390 px context and judged on its visible text, integrity, defined elements, its own check,
// CSP violations, console errors and warnings and failed requests. A test fails listing every
// problem found, each on its own line.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import { launchChromium } from '../../../scripts/test/lib/chromium.mjs';
import { startServer } from '../../../scripts/test/lib/static-server.mjs';
import { SELF_HOSTED_BASE } from '../../../scripts/build/lib/snippets.mjs';
import { dist, elements, here, keep, shots } from './build.mjs';
import {
  expectLog,
  expectText,
  routeCdn,
  shadowTextIn,
  trigger,
  undefinedElements,
} from './page-checks.mjs';

/** @typedef {import('./pages.mjs').PageCase} PageCase */
/** @typedef {import('./pages.mjs').PageLog} PageLog */

/** Fails the running test with every problem found, or passes when there are none. */
export function assertNoProblems(problems) {
  if (problems.length)
    throw new Error(
      `${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
}

/**
 * A temp folder for this test file, removed when its tests are done (kept with NB_EMBED_KEEP=1).
 * Call it at the top of a test file.
 * @param {string} prefix
 */
export function tempDir(prefix) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  after(() => {
    if (!keep) rmSync(dir, { recursive: true, force: true });
    else console.log(`embed: kept ${dir}`);
  });
  return dir;
}

/**
 * Serves the cases' generated pages (all but the `served` ones, which are files under a mount),
 * dist/ at /dist/, the test assets at /assets/, dist/cdn at the snippets' self-hosted path and
 * any further `mounts`, and starts Chromium; both stop when the file's tests are done. Call it
 * at the top of a test file (not in a hook), so that they stop after the file's last test.
 * @param {{ cases: PageCase[], mounts?: Record<string, string> }} options
 */
export async function startHarness({ cases, mounts = {} }) {
  const pages = new Map(
    cases.filter((c) => !c.served).map((c) => [c.path, { html: c.html, headers: c.headers }]),
  );
  const server = await startServer({
    pages,
    mounts: {
      '/dist/': dist,
      '/assets/': join(here, 'assets'),
      ...mounts,
      [SELF_HOSTED_BASE]: join(dist, 'cdn'),
    },
  });
  const browser = await launchChromium();
  after(async () => {
    await browser.close();
    await server.close();
  });
  mkdirSync(shots, { recursive: true });
  return { server, browser };
}

/**
 * Opens one page case and returns its problems (none: it passes).
 * @param {{ browser: import('playwright-core').Browser, server: { url: string } }} harness
 * @param {PageCase} c
 * @returns {Promise<string[]>}
 */
export async function runCase({ browser, server }, c) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  /** @type {PageLog & { url: string, chunkRequests: string[] }} */
  const log = {
    errors: [],
    warnings: [],
    violations: [],
    failed: [],
    url: c.path,
    chunkRequests: [],
  };
  await page.addInitScript({ content: `window.__nbShadowText = ${shadowTextIn.toString()};` });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window.__nbViolations ??= []).push(
        `${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} ${e.sample ?? ''}`,
      );
    });
  });
  page.on('console', (msg) => {
    if (msg.type() === 'error') log.errors.push(msg.text());
    if (msg.type() === 'warning') log.warnings.push(msg.text());
  });
  page.on('pageerror', (error) => log.errors.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (req) => log.failed.push(`${req.url()} (${req.failure()?.errorText})`));
  page.on('response', (res) => {
    const path = new URL(res.url()).pathname;
    if (res.status() >= 400) log.failed.push(`${path} → ${res.status()}`);
    if (/^\/dist\/cdn\/(locales|chunks)\//.test(path)) log.chunkRequests.push(path);
  });
  const problems = [];
  if (c.cdn) await routeCdn(page);
  if (c.missing)
    await page.route(
      (url) => c.missing.test(url.pathname),
      (route) => route.fulfill({ status: 404, body: 'not copied' }),
    );
  try {
    const response = await page.goto(server.url + c.path, { waitUntil: 'load' });
    if (c.headers) {
      for (const [k, v] of Object.entries(c.headers))
        if (response?.headers()[k] !== v) problems.push(`the server did not send ${k}`);
    }
    const tags = c.tags ?? elements.map((e) => e.tag);
    for (const entry of elements.filter((e) => tags.includes(e.tag))) {
      if (c.mode === 'plain') {
        problems.push(
          ...(await expectText(
            page,
            c.selector ? c.selector(entry.tag) : `.case[data-tag="${entry.tag}"] ${entry.tag}`,
            c.expect?.[entry.tag] ?? entry.text,
          )),
        );
      } else {
        const sel = `[data-case="${entry.tag}"]`;
        problems.push(
          ...(await expectText(page, sel, [...entry.text, ...(entry.framework?.text ?? [])])),
        );
        const event = entry.framework?.event;
        if (event) {
          try {
            await trigger(page, sel, event);
            problems.push(...(await expectLog(page, `${entry.tag} ${event.name}`)));
            // Close whatever the action opened (a toggletip in the top layer covers the page).
            await page.keyboard.press('Escape');
          } catch (error) {
            problems.push(
              `<${entry.tag}>: could not ${event.select ? 'select in' : 'click'} ${event.click ?? event.select}: ${error.message.split('\n')[0]}`,
            );
          }
        }
      }
    }
    if (c.integrity) {
      const scripts = await page.evaluate(() =>
        [...document.querySelectorAll('script[type="module"]')].map((s) => ({
          src: s.getAttribute('src'),
          integrity: s.getAttribute('integrity'),
        })),
      );
      for (const [src, integrity] of Object.entries(c.integrity))
        if (!scripts.some((s) => s.src === src && s.integrity === integrity))
          problems.push(
            `no <script type="module" src="${src}"> with its integrity value on the page`,
          );
    }
    const missing = await undefinedElements(page);
    if (missing.length) problems.push(`never defined: ${missing.map((t) => `<${t}>`).join(', ')}`);
    if (c.check) problems.push(...(await c.check(page, log)));
    const shot = c.path
      .slice(1)
      .replace(/\.html$/, '')
      .replace(/\//g, '-');
    await page.screenshot({ path: join(shots, `${shot}.png`), fullPage: true });
  } catch (error) {
    problems.push(`page run failed: ${error.message.split('\n')[0]}`);
  }
  log.violations.push(...(await page.evaluate(() => window.__nbViolations ?? []).catch(() => [])));
  // A page's own probe (the CSP page's Trusted Types check) must be seen, then is not counted:
  // that proves the violation listener works under the page's policy.
  let { violations, errors } = log;
  if (c.probe) {
    if (!violations.some((v) => c.probe.violation.test(v)))
      problems.push(
        'the securitypolicyviolation listener missed the probe: it would miss real ones',
      );
    violations = violations.filter((v) => !c.probe.violation.test(v));
    errors = errors.filter((e) => !c.probe.error.test(e));
  }
  if (c.missing) {
    // The 404s this page asks for: only what the case leaves out, and the browser's note on them.
    const pathOf = (f) => new URL(f.split(' ')[0], server.url).pathname;
    log.failed = log.failed.filter((f) => !c.missing.test(pathOf(f)));
    errors = errors.filter((e) => !/^Failed to load resource: .* 404/.test(e));
  }
  problems.push(...violations.map((v) => `CSP violation: ${v}`));
  problems.push(...errors.map((e) => `console error: ${e}`));
  problems.push(...log.failed.map((f) => `request failed: ${f}`));
  problems.push(
    ...(c.warnings ? c.warnings(log) : log.warnings.map((w) => `console warning: ${w}`)),
  );
  await context.close();
  return problems;
}
