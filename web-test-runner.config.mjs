import { readdir, readFile } from 'node:fs/promises';
import { join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { build } from 'esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import {
  CHROMIUM_ARGS,
  requireChrome,
  requireFirefox,
  webkitForTests,
} from './scripts/test/find-browser.mjs';
import { viewportPlugin } from './scripts/test/wtr-viewport.mjs';
import { webkitLauncher } from './scripts/test/webkit-launcher.mjs';
import { chromiumCommandsPlugin } from './scripts/test/wtr-chromium-commands.mjs';
import { ssrPlugin } from './scripts/test/wtr-ssr.mjs';
import {
  progressPlugin,
  progressReporter,
  progressTestRunnerHtml,
} from './scripts/test/wtr-progress.mjs';
// Local fixture routes under /__fixtures/trials/ for <nb-trial-list> (feed + API stand-in).
import { trialFixtures } from './test/fixtures/trials-server.mjs';
import { buildConstants } from './scripts/build/lib/build-constants.mjs';

const chrome = chromeLauncher({
  launchOptions: {
    executablePath: requireChrome(),
    args: [
      ...CHROMIUM_ARGS,
      '--disable-renderer-backgrounding',
      '--disable-background-timer-throttling',
      '--disable-backgrounding-occluded-windows',
    ],
  },
});

// Debian's Firefox ESR, driven over WebDriver BiDi by Puppeteer (no browser download:
// .puppeteerrc.cjs sets skipDownload). requireFirefox() exits with install help when missing,
// so the browser tests never silently run in Chromium alone.
const firefoxOptions = { browser: 'firefox', executablePath: requireFirefox(), headless: true };
const firefox = puppeteerLauncher({ launchOptions: firefoxOptions });

// Firefox cannot emulate prefers-reduced-motion over WebDriver BiDi (Chromium does it over CDP),
// so the reduced-motion tests get a Firefox started with the preference already on.
const firefoxReducedMotion = puppeteerLauncher({
  launchOptions: { ...firefoxOptions, extraPrefsFirefox: { 'ui.prefersReducedMotion': 1 } },
});
firefoxReducedMotion.name = 'Firefox (reduced motion)';

// WebKit (Safari's engine): Debian's WebKitWebDriver + MiniBrowser, under Xvfb, on Linux. It runs
// whenever WebKitGTK is installed; a machine without it (a Mac) leaves it out with one line saying
// how to install it, as does NB_WEBKIT=0; with CI set it is never left out (the run stops).
// A hang cannot stall the run: see the watchdog in scripts/test/lib/watchdog.mjs and the launcher's
// request timeouts. See ACCESSIBILITY.md, "Browsers".
const webkitChoice = webkitForTests();
if (webkitChoice.error) {
  console.error(webkitChoice.error);
  process.exit(1);
}
if (webkitChoice.leftOut) console.warn(webkitChoice.leftOut);
const webkitPaths = webkitChoice.webkit;
const webkit = webkitPaths && webkitLauncher(webkitPaths);
const webkitReducedMotion =
  webkitPaths &&
  webkitLauncher(webkitPaths, { name: 'WebKit (reduced motion)', reducedMotion: true });

const REDUCED_MOTION = 'test/a11y-reduced-motion.test.ts';
// Every *-narrow test file: 320 px checks (setViewport), Chrome and Firefox only.
const NARROW = 'test/*-narrow.test.ts';
/**
 * Serves files read-only as plain text under a URL prefix, never outside `dir`:
 * `/__raw/src/content/<file>.txt` → the untransformed source file (comments included), for the
 * own-words check (the `.txt` suffix keeps the TypeScript transform away); `<prefix>__list`
 * lists the folder.
 */
function plainFiles(prefix, dir, suffix = '') {
  return {
    name: `nb-plain-files${prefix}`,
    async serve(context) {
      if (context.path === `${prefix}__list`)
        return { body: JSON.stringify(await readdir(dir)), type: 'application/json' };
      if (!context.path.startsWith(prefix) || !context.path.endsWith(suffix)) return undefined;
      const rel = decodeURIComponent(
        context.path.slice(prefix.length, -suffix.length || undefined),
      );
      const file = normalize(join(dir, rel));
      if (!file.startsWith(dir)) return undefined;
      try {
        return { body: await readFile(file, 'utf8'), type: 'text/plain; charset=utf-8' };
      } catch {
        return undefined;
      }
    },
  };
}

/** Seed and runs for test/fuzz.test.ts (`npm run fuzz` sets them; fixed defaults otherwise). */
const fuzzSettings = {
  name: 'nb-fuzz-settings',
  serve(context) {
    if (context.path !== '/__fuzz-settings.json') return undefined;
    const seed = Number.parseInt(process.env.NB_FUZZ_SEED ?? '', 10);
    const runs = Number.parseInt(process.env.NB_FUZZ_RUNS ?? '', 10);
    const body = { seed: Number.isSafeInteger(seed) ? seed : 20261201, runs: runs > 0 ? runs : 40 };
    return { body: JSON.stringify(body), type: 'application/json' };
  },
};

const contentDir = fileURLToPath(new URL('./src/content/', import.meta.url));

/**
 * React 19 (the pinned devDependency) as one ES module at /__vendor/react.js, for the glossary
 * scope's framework test: react-dom ships CommonJS only, which the browser cannot import as it
 * is. Bundled once, on first request, with esbuild.
 */
let reactBundle;
const reactForTests = {
  name: 'nb-react-esm',
  async serve(context) {
    if (context.path !== '/__vendor/react.js') return undefined;
    reactBundle ??= build({
      stdin: {
        contents: [
          "export { createElement, useState } from 'react';",
          "export { flushSync } from 'react-dom';",
          "export { createRoot } from 'react-dom/client';",
        ].join('\n'),
        resolveDir: fileURLToPath(new URL('.', import.meta.url)),
        loader: 'js',
      },
      bundle: true,
      format: 'esm',
      target: 'es2022',
      write: false,
      logLevel: 'silent',
      define: { 'process.env.NODE_ENV': '"production"' },
    }).then((result) => result.outputFiles[0].text);
    return { body: await reactBundle, type: 'application/javascript' };
  },
};

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  // Every test runs in all three engines, except the groups below.
  files: [
    'test/**/*.test.ts',
    '!test/embed/**',
    // Type tests: compiled by tsc in the build stage (test/types/tsconfig.json), never run.
    '!test/types/**',
    '!test/chromium-only/**',
    `!${REDUCED_MOTION}`,
    `!${NARROW}`,
  ],
  nodeResolve: true,
  rootDir: '.',
  concurrency: 1,
  browsers: [chrome, firefox, webkit].filter(Boolean),
  groups: [
    // MiniBrowser's window cannot be made narrower than 447 px, so the 320 px checks skip WebKit.
    { name: 'narrow', files: [NARROW], browsers: [chrome, firefox] },
    {
      name: 'reduced-motion',
      files: [REDUCED_MOTION],
      browsers: [chrome, firefoxReducedMotion, webkitReducedMotion].filter(Boolean),
    },
    {
      // Needs Chrome DevTools Protocol: the browser's own accessibility tree, forced-colors and
      // touch emulation. Firefox (WebDriver BiDi) and WebKit (classic WebDriver) have no equivalent.
      name: 'chromium-only',
      files: ['test/chromium-only/**/*.test.ts'],
      browsers: [chrome],
    },
  ],
  middleware: [trialFixtures],
  plugins: [
    plainFiles('/__raw/src/content/', contentDir, '.txt'),
    fuzzSettings,
    reactForTests,
    // Server-rendered pages for test/ssr-*.test.ts (src/ssr, bundled for Node).
    ssrPlugin(),
    // `define`: the build-time constants (VERSION from package.json), as rollup writes them in.
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: 'tsconfig.json',
      define: { ...buildConstants },
    }),
    chromiumCommandsPlugin(),
    viewportPlugin(),
    progressPlugin(),
  ],
  // The default output, plus a silent reporter, a plugin and a page script that tell the
  // pipeline's watchdog when a test file or a test finishes, and where each browser is
  // (scripts/test/wtr-progress.mjs).
  reporters: [defaultReporter(), progressReporter()],
  testRunnerHtml: progressTestRunnerHtml,
  testFramework: { config: { timeout: 10000 } },
  // Hangs are caught by progress, not by a file's total time: the pipeline's watchdog stops a run
  // in which no test finishes for 120 s, and each test has 10 s. A big file (test/a11y.test.ts:
  // 108 tests in WebKit, each driving keys over WebDriver) on a busy CI machine can take minutes
  // while progressing test by test, and a browser can take more than 30 s to start; these two
  // limits only stop a file or a browser start that never ends when the watchdog is not there
  // (web-test-runner run by hand).
  browserStartTimeout: 120000,
  testsFinishTimeout: 900000,
};
