#!/usr/bin/env node
// npm test: the one ordered pipeline. Each stage runs once, in order, and prints its time;
// the first failure stops the run. Later work adds stages here rather than running a second copy.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const bin = (name) => join('node_modules', '.bin', name);

/** `counts`: the stage's last "N passed, N failed" line adds to the closing total. */
/** @type {{ name: string, steps: string[][], counts?: boolean }[]} */
const stages = [
  { name: 'typecheck', steps: [[bin('tsc'), '--noEmit', '-p', 'tsconfig.json']] },
  {
    name: 'lint',
    steps: [
      [bin('prettier'), '--check', '--log-level', 'warn', '.'],
      [bin('eslint'), '.'],
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
  { name: 'build', steps: [['node', 'scripts/build.mjs']] },
  {
    name: 'content and locale checks',
    steps: [
      ['node', 'scripts/package-exports.mjs'],
      ['node', 'scripts/check-version.mjs'],
      ['node', 'scripts/locale-check.mjs'],
    ],
  },
  {
    name: 'browser tests',
    steps: [['node', 'scripts/find-browser.mjs', '--quiet'], [bin('web-test-runner')]],
    counts: true,
  },
  {
    name: 'storybook build',
    steps: [
      [bin('storybook'), 'build', '--quiet', '-o', 'storybook-static', '--disable-telemetry'],
    ],
  },
  // The built dist/ as partners use it: CDN, strict CSP, hostile CSS, two copies, npm pack,
  // React 19 and Vue 3 pages in Chromium (test/embed/run.mjs).
  { name: 'embed tests', steps: [['node', 'test/embed/run.mjs']], counts: true },
  { name: 'budgets', steps: [['node', 'scripts/size.mjs']] },
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

/** Runs a step, echoing its output; with `counts`, reads its last "N passed, N failed". */
function runStep(cmd, args, counts) {
  const env = { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '0' };
  if (!counts) return spawnSync(cmd, args, { stdio: 'inherit', env }).status === 0;
  const r = spawnSync(cmd, args, {
    stdio: ['inherit', 'pipe', 'inherit'],
    env,
    maxBuffer: 256 * 1024 * 1024,
  });
  const out = r.stdout?.toString() ?? '';
  process.stdout.write(out);
  // eslint-disable-next-line no-control-regex
  const plain = out.replace(/\u001b\[[0-9;]*m/g, '');
  const all = [...plain.matchAll(/(\d+) passed, (\d+) failed/g)];
  const last = all.at(-1);
  if (last) {
    totals.passed += Number(last[1]);
    totals.failed += Number(last[2]);
  }
  return r.status === 0;
}

for (const stage of stages) {
  if (only.length && !only.includes(stage.name)) continue;
  console.log(`\n▶ ${stage.name}`);
  const t0 = Date.now();
  let ok = true;
  for (const [i, [cmd, ...args]] of stage.steps.entries()) {
    const last = i === stage.steps.length - 1;
    if (!runStep(cmd, args, stage.counts && last)) {
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
