// The release zip: `npm run release`'s zip, unpacked by test/embed/unzip.mjs (and `unzip -t` when
// installed) as a web editor would: every file there; its index.html served from the unpacked
// folder renders every element with integrity; a changed nb-widgets.js is refused (SRI on).
// (Overview of the embed tests: coverage.test.mjs.)
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { FILES, PAGE_EXAMPLES, SELF_HOSTED_BASE } from '../../scripts/build/lib/snippets.mjs';
import { builtTags, dist, pkg, repo, sri } from './helpers/build.mjs';
import { assertNoProblems, runCase, startHarness, tempDir } from './helpers/harness.mjs';
import { expectedText } from './helpers/pages.mjs';
import { extractZip } from './unzip.mjs';

const tmp = tempDir('nb-embed-release-');
const releaseDir = join(tmp, 'release');
const releaseFolder = `nb-widgets-${pkg.version}`;

/** @type {import('./helpers/pages.mjs').PageCase} */
const releasePage = {
  name: `release zip: ${releaseFolder}/index.html served from the unpacked folder: every element renders, loaded with integrity`,
  path: `/release/${releaseFolder}/index.html`,
  served: true,
  mode: 'plain',
  expect: Object.fromEntries(PAGE_EXAMPLES.map((e) => [e.tag, expectedText(e.tag, e.attributes)])),
  integrity: { [`nb-widgets/${FILES.split}`]: sri[FILES.split] },
};

const harness = await startHarness({ cases: [releasePage], mounts: { '/release/': releaseDir } });

test(`release: npm run release writes ${releaseFolder}.zip with both builds, chunks/, locales/, the per-element files, sri.json, preload.json, index.html, README.txt, LICENSE`, (t) => {
  const problems = [];
  const zipFile = join(tmp, `${releaseFolder}.zip`);
  let how = 'test/embed/unzip.mjs';
  const made = spawnSync(
    process.execPath,
    [join(repo, 'scripts/build/release.mjs'), '--no-build', '--out', tmp],
    { cwd: repo, encoding: 'utf8' },
  );
  if (made.status !== 0) {
    problems.push(`npm run release failed: ${(made.stderr || made.stdout).trim().split('\n')[0]}`);
  } else {
    try {
      const names = extractZip(readFileSync(zipFile), releaseDir).map((n) =>
        n.slice(releaseFolder.length + 1),
      );
      const want = [
        ...Object.keys(sri).map((f) => `nb-widgets/${f}`),
        'nb-widgets/sri.json',
        // Which shared chunks each per-element file imports (<link rel="modulepreload"> advice).
        'nb-widgets/preload.json',
        'index.html',
        'README.txt',
        'LICENSE',
      ];
      for (const f of want) if (!names.includes(f)) problems.push(`the zip lacks ${f}`);
      const extra = names.filter((n) => !want.includes(n));
      if (extra.length) problems.push(`the zip holds files nobody asked for: ${extra.join(', ')}`);
      const root = join(releaseDir, releaseFolder);
      if (
        readFileSync(join(root, 'nb-widgets/sri.json'), 'utf8') !==
        readFileSync(join(dist, 'cdn/sri.json'), 'utf8')
      )
        problems.push("the zip's sri.json differs from dist/cdn/sri.json");
      const readme = readFileSync(join(root, 'README.txt'), 'utf8');
      for (const [what, text] of [
        ['the upload path', `src="${SELF_HOSTED_BASE}${FILES.split}"`],
        ["nb-widgets.js's integrity value", `integrity="${sri[FILES.split]}"`],
        ["nb-widgets.bundle.js's integrity value", `integrity="${sri[FILES.bundle]}"`],
        ['that the npm CDN works only once published', 'it is not yet'],
      ])
        if (!readme.includes(text)) problems.push(`README.txt lacks ${what} (${text})`);
      const unzip = spawnSync('unzip', ['-tq', zipFile], { encoding: 'utf8' });
      if (unzip.error) how += '; `unzip` is not installed, so not checked with it';
      else if (unzip.status !== 0)
        problems.push(`unzip -t rejects the archive: ${unzip.stdout.trim().split('\n')[0]}`);
      else how += ' and unzip -t';
    } catch (error) {
      problems.push(`the zip could not be read: ${error.message}`);
    }
  }
  t.diagnostic(`read by ${how}`);
  assertNoProblems(problems);
});

test(releasePage.name, async () => assertNoProblems(await runCase(harness, releasePage)));

/**
 * SRI is really on: the release page with one byte added to nb-widgets.js must not run it. The
 * browser refuses the script (one console error naming the digest), no element is defined,
 * and each element's fallback is what readers see.
 */
test('release zip: a changed nb-widgets.js is refused by integrity; readers see the fallbacks', async () => {
  const context = await harness.browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  await page.route(`**/release/${releaseFolder}/nb-widgets/${FILES.split}`, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: `${await response.text()}\n// changed\n` });
  });
  const problems = [];
  try {
    await page.goto(`${harness.server.url}/release/${releaseFolder}/index.html`, {
      waitUntil: 'load',
    });
    // `load` waits for module scripts: had the changed file run, its elements would be defined.
    const state = await page.evaluate(
      (tags) => ({
        defined: tags.filter((t) => customElements.get(t)),
        fallback: document.querySelector('nb-helpline-banner > p')?.checkVisibility() ?? false,
      }),
      builtTags,
    );
    if (state.defined.length)
      problems.push(`a changed nb-widgets.js still ran: ${state.defined.join(', ')} defined`);
    if (!state.fallback) problems.push("the banner's fallback is not visible");
    if (!errors.some((e) => /integrity|digest/i.test(e)))
      problems.push(`no integrity error in the console (errors: ${errors.join(' | ') || 'none'})`);
  } catch (error) {
    problems.push(`page run failed: ${error.message.split('\n')[0]}`);
  }
  await context.close();
  assertNoProblems(problems);
});
