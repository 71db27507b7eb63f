// node --test test/node/ — `npm run new:element` (scripts/build/new-element.mjs) on a temp copy of the
// repository: it refuses bad names and writes nothing then; the element it writes passes the
// typecheck, lint (ESLint, Prettier, the layer rule, lit-analyzer), the package-exports check,
// its own browser tests and the shared accessibility suite in Chromium, as generated.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';

const repo = fileURLToPath(new URL('../../', import.meta.url));
/** What the checks below read; everything else stays behind (node_modules is linked). */
const COPIED = [
  'src',
  'test',
  'stories',
  '.storybook',
  'scripts',
  'facts',
  'locales',
  'tsconfig.json',
  'eslint.config.js',
  'package.json',
  '.prettierrc.json',
  '.prettierignore',
  '.dependency-cruiser.mjs',
];
const TAG = 'nb-example';
/** Files the generator writes or edits (package.json aside). */
const WRITTEN = [
  `src/elements/${TAG}/${TAG}.ts`,
  `src/elements/${TAG}/${TAG}.styles.ts`,
  `src/elements/${TAG}/define.ts`,
  `stories/${TAG}.stories.ts`,
  `test/${TAG}.test.ts`,
  'test/a11y/elements.ts',
  'test/embed/elements.mjs',
  'src/index.ts',
  'src/autoloader.ts',
  'src/internal/tags.ts',
];

let copy;
before(() => {
  copy = mkdtempSync(join(tmpdir(), 'nb-new-element-'));
  for (const path of COPIED) cpSync(join(repo, path), join(copy, path), { recursive: true });
  symlinkSync(join(repo, 'node_modules'), join(copy, 'node_modules'), 'dir');
});
after(() => rmSync(copy, { recursive: true, force: true }));

/** Runs a command in the copy; resolves { status, out } with stdout and stderr (never rejects). */
function run(cmd, args, env = {}) {
  return new Promise((done) =>
    execFile(
      cmd,
      args,
      { cwd: copy, env: { ...process.env, FORCE_COLOR: '0', ...env }, maxBuffer: 64 << 20 },
      (error, stdout, stderr) =>
        done({ status: error ? (error.code ?? 1) : 0, out: `${stdout}\n${stderr}` }),
    ),
  );
}
const bin = (name) => join(copy, 'node_modules', '.bin', name);
const generate = (...args) => run(process.execPath, ['scripts/build/new-element.mjs', ...args]);
const snapshot = () => ({
  elements: readdirSync(join(copy, 'src/elements')).sort(),
  files: ['package.json', ...WRITTEN.slice(-4)].map((f) => readFileSync(join(copy, f), 'utf8')),
});

describe('npm run new:element', () => {
  test('refuses a bad or taken name with a clear message and writes nothing', async () => {
    const unchanged = snapshot();
    const cases = [
      [[], /Name the element: npm run new:element -- nb-<name>/],
      [['example'], /"example" does not start with "nb-".*\(nb-example\)/],
      [['nb-Example_box'], /"nb-Example_box" is not a valid name: use lower-case letters/],
      [['nb-'], /"nb-" is not a valid name/],
      [
        ['nb-treatment-card'],
        /<nb-treatment-card> exists already \(src\/elements\/nb-treatment-card\/\)/,
      ],
    ];
    for (const [args, message] of cases) {
      const { status, out } = await generate(...args);
      assert.equal(status, 1, `new:element ${args.join(' ')} should fail:\n${out}`);
      assert.match(out, message);
    }
    assert.deepEqual(snapshot(), unchanged);
  });

  test(`writes ${TAG}: typecheck, lint, layers and package exports pass as generated`, async () => {
    const { status, out } = await generate(TAG);
    assert.equal(status, 0, out);
    for (const file of WRITTEN) assert.ok(existsSync(join(copy, file)), `${file} was not written`);
    const pkg = JSON.parse(readFileSync(join(copy, 'package.json'), 'utf8'));
    assert.equal(pkg.exports[`./${TAG}.js`].default, `./dist/elements/${TAG}/define.js`);
    assert.ok(pkg.sideEffects.includes(`./dist/elements/${TAG}/define.js`));
    assert.match(readFileSync(join(copy, 'test/a11y/elements.ts'), 'utf8'), /^ {2}example,\n\];/m);

    const checks = [
      [bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']],
      [bin('eslint'), ['--max-warnings', '0', ...WRITTEN]],
      [bin('prettier'), ['--check', 'package.json', ...WRITTEN]],
      [bin('depcruise'), ['src', '--config', '.dependency-cruiser.mjs', '--output-type', 'err']],
      [
        bin('lit-analyzer'),
        [`src/elements/${TAG}`, '--strict', '--rules.no-invalid-css', 'off', '--maxWarnings', '0'],
      ],
      [process.execPath, ['scripts/build/package-exports.mjs']],
    ];
    const results = await Promise.all(checks.map(([cmd, args]) => run(cmd, args)));
    results.forEach((r, i) => assert.equal(r.status, 0, `${checks[i][0]} failed:\n${r.out}`));

    const again = await generate(TAG);
    assert.equal(again.status, 1);
    assert.match(again.out, /<nb-example> exists already/);
  });

  test(`${TAG}'s own tests and the shared accessibility suite pass in Chromium`, async () => {
    assert.ok(existsSync(join(copy, `test/${TAG}.test.ts`)), 'run after the generator test');
    // The shared suite for this element alone (test/a11y.test.ts and its narrow and
    // reduced-motion files run every element), and Chromium alone.
    writeFileSync(
      join(copy, `test/${TAG}-suite.test.ts`),
      [
        "import { example } from './a11y/elements.js';",
        "import { describeA11y, describeNarrow, describeReducedMotion } from './a11y/suite.js';",
        '',
        'describeA11y(example);',
        'describeNarrow(example);',
        'describeReducedMotion(example);',
        '',
      ].join('\n'),
    );
    writeFileSync(
      join(copy, 'wtr-chromium.config.mjs'),
      `import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROMIUM_ARGS, requireChrome } from './scripts/test/find-browser.mjs';
import { buildConstants } from './scripts/build/lib/build-constants.mjs';
import { chromiumCommandsPlugin } from './scripts/test/wtr-chromium-commands.mjs';
import { viewportPlugin } from './scripts/test/wtr-viewport.mjs';

export default {
  files: ['test/${TAG}.test.ts', 'test/${TAG}-suite.test.ts'],
  nodeResolve: true,
  rootDir: '.',
  concurrency: 1,
  browsers: [chromeLauncher({ launchOptions: { executablePath: requireChrome(), args: CHROMIUM_ARGS } })],
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json', define: { ...buildConstants } }),
    chromiumCommandsPlugin(),
    viewportPlugin(),
  ],
  testFramework: { config: { timeout: 10000 } },
};
`,
    );
    const { status, out } = await run(bin('web-test-runner'), [
      '--config',
      'wtr-chromium.config.mjs',
    ]);
    assert.equal(status, 0, out);
    // eslint-disable-next-line no-control-regex
    const plain = out.replace(/\u001b\[[0-9;]*[A-Za-z]/g, '');
    const summary = [
      ...plain.matchAll(/(\d+)\/(\d+) test files \| (\d+) passed, (\d+) failed/g),
    ].at(-1);
    assert.ok(summary, `no test summary in:\n${out}`);
    const [, files, of, passed, failed] = summary.map(Number);
    assert.deepEqual({ files, of, failed }, { files: 2, of: 2, failed: 0 });
    // Its 5 own tests; the suite: axe in every variant plus the fixture's 5 other checks, 2 at
    // 320 px, 1 with reduced motion.
    assert.ok(passed >= 5 + 5 + 5 + 2 + 1, `only ${passed} tests passed:\n${out}`);
  });
});
