import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { requireChrome, requireFirefox } from './scripts/find-browser.mjs';
import { chromiumCommandsPlugin } from './scripts/wtr-chromium-commands.mjs';

const chrome = chromeLauncher({
  launchOptions: {
    executablePath: requireChrome(),
    args: [
      '--no-sandbox',
      '--headless=new',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
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

const REDUCED_MOTION = 'test/a11y-reduced-motion.test.ts';

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  // Every test runs in both engines, except the Chromium-only group below.
  files: ['test/**/*.test.ts', '!test/embed/**', '!test/chromium-only/**', `!${REDUCED_MOTION}`],
  nodeResolve: true,
  rootDir: '.',
  concurrency: 1,
  browsers: [chrome, firefox],
  groups: [
    { name: 'reduced-motion', files: [REDUCED_MOTION], browsers: [chrome, firefoxReducedMotion] },
    {
      // Needs Chrome DevTools Protocol: the browser's own accessibility tree, forced-colors and
      // touch emulation. Firefox has no equivalent over WebDriver BiDi.
      name: 'chromium-only',
      files: ['test/chromium-only/**/*.test.ts'],
      browsers: [chrome],
    },
  ],
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
    chromiumCommandsPlugin(),
  ],
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 240000,
};
