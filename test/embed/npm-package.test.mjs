// The npm package: `npm pack`, the tarball installed offline into a temp app; Node's resolver on
// every exports entry and each JS entry imported in Node; a plain TypeScript page and a React 19
// TSX page type-checked against the shipped typings; then pages bundled from the installed
// tarball: each registering entry alone, two copies of different versions on one page, React 19
// and Vue 3 with properties and events. (Overview of the embed tests: coverage.test.mjs.)
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { OTHER_VERSION, builtTags, elements, pkg } from './helpers/build.mjs';
import { assertNoProblems, runCase, startHarness, tempDir } from './helpers/harness.mjs';
import {
  bundlePages,
  checkExports,
  copyPageSources,
  installTarball,
  linkReactTypes,
  typeCheckPlain,
  typeCheckReact,
} from './helpers/npm-app.mjs';
import { clickInShadow, expectLog, expectText } from './helpers/page-checks.mjs';
import { caseDiv, cdnScript, html, snippets } from './helpers/pages.mjs';

const tmp = tempDir('nb-embed-');
const app = join(tmp, 'app');
const out = join(tmp, 'out');
mkdirSync(app);

/** @type {import('./helpers/pages.mjs').PageCase[]} */
const cases = [
  {
    name: `two copies: CDN bundle ${pkg.version} + npm build "${OTHER_VERSION}" → one warning naming both`,
    path: '/double.html',
    mode: 'plain',
    html: html(
      'Two copies',
      `${cdnScript('nb-widgets.bundle.js')}<script type="module" src="/build/pack/npm-other-version.js"></script>`,
      snippets,
    ),
    warnings: (log) => {
      const clash = log.warnings.filter((w) => /two copies/i.test(w));
      const other = log.warnings.filter((w) => !/two copies/i.test(w));
      return [
        ...(clash.length === 1
          ? []
          : [`expected exactly one "two copies" warning, got ${clash.length}`]),
        ...clash
          .filter((w) => !w.includes(pkg.version) || !w.includes(OTHER_VERSION))
          .map((w) => `the warning does not name both versions: ${w}`),
        ...other.map((w) => `unexpected warning: ${w}`),
      ];
    },
  },
  ...builtTags.map((tag) => {
    const entry = elements.find((e) => e.tag === tag);
    return {
      name: `npm tarball: nb-widgets/${tag}.js alone registers <${tag}> and what it renders`,
      path: `/pack-${tag}.html`,
      mode: /** @type {const} */ ('plain'),
      tags: [tag],
      html: html(
        `npm entry ${tag}`,
        `<script type="module" src="/build/pack/entry-${tag}.js"></script>`,
        caseDiv(entry),
      ),
    };
  }),
  {
    name: 'React 19: properties and onnb-* events through custom element support',
    path: '/react.html',
    mode: 'framework',
    html: html(
      'React',
      `<script type="module" src="/build/apps/react-app.js"></script>`,
      '<div id="root"></div>',
    ),
    check: async (page) => {
      const problems = await expectText(page, '[data-case="typed"]', [
        'Usually open now, until 5 pm UK time',
      ]);
      await clickInShadow(page, '[data-case="typed"]', '[part~="dismiss"]');
      problems.push(...(await expectLog(page, 'typed nb-dismiss remember=false')));
      return problems;
    },
  },
  {
    name: 'Vue 3: isCustomElement, properties and @nb-* events',
    path: '/vue.html',
    mode: 'framework',
    html: html(
      'Vue',
      `<script type="module" src="/build/apps/vue-app.js"></script>`,
      '<div id="root"></div>',
    ),
  },
];

const harness = await startHarness({ cases, mounts: { '/build/': out } });

/** Set once the tarball is installed; the later tests need it. */
let installed = false;
const needsInstall = () => {
  if (!installed) throw new Error('the tarball was not installed (see the pack test)');
};

test('pack: npm pack + install into a temp app', (t) => {
  const problems = [];
  try {
    const { packed, how } = installTarball(tmp, app);
    t.diagnostic(
      `${packed.filename}, ${packed.files.length} files, ${(packed.size / 1024).toFixed(0)} KB; ${how}`,
    );
    const packedFiles = packed.files.map((f) => f.path);
    const outside = packedFiles.filter(
      (f) =>
        !f.startsWith('dist/') &&
        !['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md'].includes(f),
    );
    if (outside.length)
      problems.push(`tarball ships files outside dist/: ${outside.slice(0, 5).join(', ')}`);
    for (const need of [
      'LICENSE',
      'README.md',
      'dist/custom-elements.json',
      'dist/jsx.d.ts',
      'dist/cdn/nb-widgets.js',
    ]) {
      if (!packedFiles.includes(need)) problems.push(`tarball lacks ${need}`);
    }
  } catch (error) {
    problems.push(`npm pack / install failed: ${error.message}`);
  }
  assertNoProblems(problems);
  installed = true;
});

test(`pack: ${Object.keys(pkg.exports).length} exports entries resolve; ${3 + 2 * builtTags.length} JS entries import in Node`, (t) => {
  needsInstall();
  const { problems, exportsCount, jsCount } = checkExports(app);
  t.diagnostic(`${exportsCount} exports entries in the installed package.json, ${jsCount} JS`);
  assertNoProblems(problems);
});

test('pack: a plain TypeScript page (no React types) type-checks against the package', () => {
  needsInstall();
  copyPageSources(app);
  // Before @types/react is linked in.
  assertNoProblems(typeCheckPlain(app));
});

test('pack: React 19 TSX page type-checks against the shipped JSX typings (skipLibCheck off)', () => {
  needsInstall();
  linkReactTypes(app);
  assertNoProblems(typeCheckReact(app));
});

/** The pages' scripts, bundled once from the installed tarball by the first page test. */
let bundled;
for (const c of cases)
  test(c.name, async () => {
    needsInstall();
    bundled ??= bundlePages(app, out);
    await bundled;
    assertNoProblems(await runCase(harness, c));
  });
