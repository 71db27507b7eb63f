import { readFile } from 'node:fs/promises';
import { join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { requireChrome } from './scripts/find-browser.mjs';
import { touchPlugin } from './test/plugins/touch.mjs';

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

/** The shared project folder (fact sheet, source page) beside the repo, here and in CI. */
const sharedDir = resolve(
  process.env.NB_SHARED_DIR ?? fileURLToPath(new URL('../shared/', import.meta.url)),
);

/** Serves `../shared/<path>` as `/__shared/<path>` (read-only, no escaping the folder). */
function sharedFiles() {
  return {
    name: 'nb-shared-files',
    async serve(context) {
      if (!context.path.startsWith('/__shared/')) return undefined;
      const file = normalize(join(sharedDir, decodeURIComponent(context.path.slice(10))));
      if (!file.startsWith(sharedDir)) return undefined;
      try {
        return { body: await readFile(file, 'utf8'), type: 'text/plain; charset=utf-8' };
      } catch {
        return undefined;
      }
    },
  };
}

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: ['test/**/*.test.ts', '!test/embed/**'],
  nodeResolve: true,
  rootDir: '.',
  concurrency: 1,
  browsers: [chrome],
  plugins: [
    sharedFiles(),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
    touchPlugin(),
  ],
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 240000,
};
