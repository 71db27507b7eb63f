import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { requireChrome } from './scripts/find-browser.mjs';
// Local fixture routes under /__fixtures/trials/ for <nb-trial-list> (feed + API stand-in).
import { trialFixtures } from './test/fixtures/trials-server.mjs';

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

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: ['test/**/*.test.ts', '!test/embed/**'],
  nodeResolve: true,
  rootDir: '.',
  concurrency: 1,
  browsers: [chrome],
  middleware: [trialFixtures],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 240000,
};
