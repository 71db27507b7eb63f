#!/usr/bin/env node
// npm test: the one ordered pipeline. Each stage runs once, in order, and prints its time;
// the first failure stops the run. Later work adds stages here rather than running a second copy.
import { spawnSync } from 'node:child_process';
import { basename, join } from 'node:path';
import { idleSeconds, runWatched } from './lib/watchdog.mjs';

const bin = (name) => join('node_modules', '.bin', name);

/**
 * `counts`: the stage's test counts add to the closing total (for the browser tests, the sum of
 * each browser's own summary line; otherwise the last "N passed, N failed" line).
 * `watchdog`: the last step runs under the watchdog (scripts/test/lib/watchdog.mjs), which stops it
 * and fails the stage when it makes no progress for NB_WATCHDOG_SECONDS (default 120).
 */
/** @type {{ name: string, steps: string[][], counts?: boolean, watchdog?: boolean }[]} */
const stages = [
  { name: 'typecheck', steps: [[bin('tsc'), '--noEmit', '-p', 'tsconfig.json']] },
  {
    name: 'lint',
    steps: [
      [bin('prettier'), '--check', '--log-level', 'warn', '.'],
      [bin('eslint'), '.'],
      // The layers of src/ point one way (.dependency-cruiser.mjs): no backwards import.
      [bin('depcruise'), 'src', '--config', '.dependency-cruiser.mjs', '--output-type', 'err'],
      [
        bin('lit-analyzer'),
        'src',
        '--strict',
        '--rules.no-invalid-css',
        'off',
        '--maxWarnings',
        '0',
        '--quiet',
      ],
    ],
  },
  {
    name: 'build',
    steps: [
      ['node', 'scripts/build/build.mjs'],
      // The type test: test/types/* against the built dist/jsx.d.ts and dist/index.d.ts.
      [bin('tsc'), '-p', 'test/types'],
    ],
  },
  {
    name: 'content and locale checks',
    steps: [
      ['node', 'scripts/content/facts-sync.mjs', '--check'],
      ['node', 'scripts/build/package-exports.mjs'],
      ['node', 'scripts/locale/check.mjs'],
      ['node', 'scripts/locale/check-dist.mjs'],
      ['node', '--test', '--test-reporter=dot', 'test/node/'],
      ['node', 'scripts/content/readability.mjs'],
      ['node', 'scripts/content/feed-schema.mjs'],
    ],
  },
  {
    name: 'browser tests',
    steps: [
      ['node', 'scripts/test/find-browser.mjs', '--quiet'],
      ['node', 'scripts/test/find-browser.mjs', '--firefox', '--quiet'],
      // Chromium, Firefox and WebKit. WebKit is left out (one printed line) only where WebKitGTK
      // is missing or NB_WEBKIT=0, never with CI set: web-test-runner.config.mjs decides.
      [bin('web-test-runner')],
    ],
    counts: true,
    watchdog: true,
  },
  {
    name: 'storybook build',
    steps: [
      [bin('storybook'), 'build', '--quiet', '-o', 'storybook-static', '--disable-telemetry'],
    ],
  },
  // Reuses storybook-static/ from the stage above (never builds it again).
  { name: 'story smoke', steps: [['node', 'scripts/test/story-smoke.mjs']], counts: true },
  // The built dist/ as partners use it: CDN, strict CSP, hostile CSS, two copies, npm pack,
  // React 19 and Vue 3 pages in Chromium (test/embed/*.test.mjs, two files at a time: each
  // starts its own Chromium). The summary reporter prints the "N passed, N failed" line.
  {
    name: 'embed tests',
    steps: [
      [
        'node',
        '--test',
        '--test-concurrency=2',
        '--test-reporter=spec',
        '--test-reporter-destination=stdout',
        '--test-reporter=./scripts/test/lib/summary-reporter.mjs',
        '--test-reporter-destination=stdout',
        'test/embed/',
      ],
    ],
    counts: true,
  },
  { name: 'budgets', steps: [['node', 'scripts/build/size.mjs']] },
];

const only = process.argv.slice(2);
const results = [];
const totals = { passed: 0, failed: 0 };
const started = Date.now();
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

function summary() {
  console.log('\nnpm test — stage times');
  for (const r of results)
    console.log(`  ${r.ok ? 'ok  ' : 'FAIL'}  ${r.name.padEnd(28)} ${seconds(r.ms).padStart(8)}`);
  console.log(`  total${' '.repeat(30)}${seconds(Date.now() - started).padStart(8)}`);
  console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed`);
}

/**
 * Runs a step, echoing its output; with `counts`, reads its last "N passed, N failed" (or each
 * browser's summary line); with `watchdog`, the step is stopped and fails when it stalls.
 */
async function runStep(cmd, args, { counts = false, watchdog = false } = {}) {
  const env = { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '0' };
  if (!counts) return spawnSync(cmd, args, { stdio: 'inherit', env }).status === 0;
  let r;
  if (watchdog) {
    const run = await runWatched(cmd, args, {
      idleMs: idleSeconds() * 1000,
      env,
      label: basename(cmd),
    });
    r = { status: run.status, out: run.out, stalled: run.stalled };
  } else {
    const sync = spawnSync(cmd, args, {
      stdio: ['inherit', 'pipe', 'inherit'],
      env,
      maxBuffer: 256 * 1024 * 1024,
    });
    r = { status: sync.status, out: sync.stdout?.toString() ?? '' };
    process.stdout.write(r.out);
  }
  // eslint-disable-next-line no-control-regex
  const plain = r.out.replace(/\u001b\[[0-9;]*m/g, '');
  const browsers = browserSummaries(plain);
  if (browsers.size > 0) {
    let ok = r.status === 0;
    const each = [];
    for (const [name, b] of browsers) {
      totals.passed += b.passed;
      totals.failed += b.failed;
      each.push(`${name} ${b.passed} passed, ${b.failed} failed (${b.files}/${b.of} files)`);
      if (!r.stalled && (b.files < b.of || b.passed + b.failed === 0)) {
        ok = false;
        console.error(
          `\n${name} did not run its tests (${b.files}/${b.of} test files, ${b.passed + b.failed} tests).` +
            ` If it could not start, install it (node scripts/test/find-browser.mjs${flag(name)} says how).`,
        );
      }
    }
    console.log(`\nper browser: ${each.join('; ')}`);
    return ok;
  }
  if (r.stalled) return false;
  const last = [...plain.matchAll(/(\d+) passed, (\d+) failed/g)].at(-1);
  if (last) {
    totals.passed += Number(last[1]);
    totals.failed += Number(last[2]);
  }
  return r.status === 0;
}

/** find-browser.mjs's flag for a browser named in a summary line. */
const flag = (name) =>
  name.startsWith('Firefox') ? ' --firefox' : name.startsWith('WebKit') ? ' --webkit' : '';

/**
 * Web Test Runner prints one progress line per browser ("Firefox: |███| 5/5 test files | 101
 * passed, 0 failed"), repeated as it goes: the last line for each browser is its total, and the
 * stage's count is the sum over browsers.
 */
function browserSummaries(plain) {
  const line =
    /^([A-Za-z][^:|\n]*):\s*\|[^|\n]*\|\s*(\d+)\/(\d+) test files \| (\d+) passed, (\d+) failed/gm;
  const browsers = new Map();
  for (const m of plain.matchAll(line)) {
    browsers.set(m[1].trim(), {
      files: Number(m[2]),
      of: Number(m[3]),
      passed: Number(m[4]),
      failed: Number(m[5]),
    });
  }
  return browsers;
}

for (const stage of stages) {
  if (only.length && !only.includes(stage.name)) continue;
  console.log(`\n▶ ${stage.name}`);
  const t0 = Date.now();
  let ok = true;
  for (const [i, [cmd, ...args]] of stage.steps.entries()) {
    const last = i === stage.steps.length - 1;
    const counted = { counts: stage.counts && last, watchdog: stage.watchdog && last };
    if (!(await runStep(cmd, args, counted))) {
      ok = false;
      break;
    }
  }
  results.push({ name: stage.name, ms: Date.now() - t0, ok });
  console.log(`◀ ${stage.name}: ${ok ? 'ok' : 'FAILED'} in ${seconds(Date.now() - t0)}`);
  if (!ok) {
    summary();
    process.exit(1);
  }
}
summary();
