import { readdir, readFile } from 'node:fs/promises';
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

/**
 * Serves files read-only as plain text under a URL prefix, never outside `dir`:
 * `/__shared/<path>` → `../shared/<path>` (fact sheet, source page);
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

const contentDir = fileURLToPath(new URL('./src/content/', import.meta.url));

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: ['test/**/*.test.ts', '!test/embed/**'],
  nodeResolve: true,
  rootDir: '.',
  concurrency: 1,
  browsers: [chrome],
  plugins: [
    plainFiles('/__shared/', sharedDir),
    plainFiles('/__raw/src/content/', contentDir, '.txt'),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
    touchPlugin(),
  ],
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 240000,
};
