#!/usr/bin/env node
// npm run test:stories: opens every entry of the already built static Storybook
// (storybook-static/, never rebuilt here) in Chromium and fails a story on a console error, a
// page error, a Storybook render error, a request that leaves this machine, or any axe
// violation inside #storybook-root. Docs pages are opened too and fail on errors (their chrome
// is Storybook's, so axe runs on stories only). The only allowed violations are listed, each
// with a reason, in test/a11y-exceptions.json.
// Each story is checked as shown, right-to-left and 320 px wide (all axe rules; no sideways
// scrolling at 320 px) and under every Theme palette (colour rules).
//   node scripts/test/story-smoke.mjs [--dir storybook-static] [--concurrency 3] [--quick] [filter…]
//   (--quick: as shown only; filter: story id substrings)
// The parts: story-smoke/server.mjs (storybook-static on loopback), story-smoke/driver.mjs
// (Chromium and Storybook's preview), story-smoke/checks.mjs (what fails a story).
import { readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createStoryCheck, loadExceptions } from './story-smoke/checks.mjs';
import { ALL_VARIANTS, openBrowser } from './story-smoke/driver.mjs';
import { serveStorybook } from './story-smoke/server.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  if (i === -1) return fallback;
  const [value] = args.splice(i, 2).slice(1);
  return value;
};
const root = resolve(option('--dir', 'storybook-static'));
const concurrency = Math.max(
  1,
  Number(option('--concurrency', process.env.STORY_SMOKE_CONCURRENCY ?? 3)),
);
const quick = args.includes('--quick');
if (quick) args.splice(args.indexOf('--quick'), 1);
const filters = args;

if (!existsSync(join(root, 'index.json'))) {
  console.error(`story smoke: ${root}/index.json not found — run "npm run storybook:build" first.`);
  process.exit(1);
}

const variants = quick ? ALL_VARIANTS.slice(0, 1) : ALL_VARIANTS;
const server = await serveStorybook(root);
const exceptions = loadExceptions();
const { check, usedExceptions, screenshots } = createStoryCheck({
  base: server.url,
  exceptions,
  variants,
});

const index = JSON.parse(readFileSync(join(root, 'index.json'), 'utf8'));
const entries = Object.values(index.entries)
  .filter((e) => e.type === 'story' || e.type === 'docs')
  .filter((e) => !filters.length || filters.some((f) => e.id.includes(f)));
const storyIds = new Set(Object.values(index.entries).map((e) => e.id));
const problems = [];
for (const e of exceptions) {
  if (!storyIds.has(e.story))
    problems.push(`test/a11y-exceptions.json names a story that does not exist: ${e.story}`);
}

const { browser, context } = await openBrowser(new URL(server.url).origin);
const results = new Map();

const queue = [...entries];
const started = Date.now();
await Promise.all(
  Array.from({ length: Math.min(concurrency, queue.length) }, async () => {
    const page = await context.newPage();
    for (let entry = queue.shift(); entry; entry = queue.shift()) {
      results.set(entry.id, await check(page, entry));
    }
    await page.close();
  }),
);
await browser.close();
await server.close();

let passed = 0;
let failed = 0;
for (const entry of entries) {
  const errors = results.get(entry.id) ?? ['not run'];
  const label = entry.type === 'docs' ? `${entry.id} (docs page)` : entry.id;
  if (errors.length === 0) {
    passed++;
    console.log(`  pass  ${label}`);
  } else {
    failed++;
    console.log(`  FAIL  ${label}`);
    for (const e of [...new Set(errors)]) console.log(`          ${e}`);
  }
}
if (!filters.length) {
  for (const e of exceptions) {
    if (storyIds.has(e.story) && !usedExceptions.has(e))
      problems.push(
        `test/a11y-exceptions.json: ${e.story} / ${e.rule ?? `console "${e.console}"`} is no longer needed — remove it`,
      );
  }
}
for (const file of screenshots) console.log(`  screenshot: ${file}`);
for (const p of problems) console.log(`  FAIL  ${p}`);
failed += problems.length;
if (entries.length === 0) {
  console.log('  FAIL  no stories found in index.json');
  failed++;
}
console.log(
  `\nstory smoke: ${entries.length} entries in ${((Date.now() - started) / 1000).toFixed(1)} s, ` +
    `${variants.length} variant(s) each (${variants.map((v) => v.label).join(', ')}), ` +
    `${exceptions.length} listed a11y exception(s), ${concurrency} pages in parallel`,
);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
