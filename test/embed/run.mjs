#!/usr/bin/env node
// Embed tests (npm test stage "embed tests"): the BUILT package in the system Chromium, the way
// partners use it. Needs `npm run build` first. Checks, each printed as ok/FAIL:
//   coverage   every tag in dist/custom-elements.json has an entry in test/embed/elements.mjs
//   pack       `npm pack`, install the tarball offline into a temp app, resolve every `exports`
//              entry with Node's resolver, import the JS ones, type-check a React 19 TSX page
//              against the shipped JSX typings
//   pages      CDN (with SRI), CDN bundle (with SRI), strict CSP + Trusted Types (HTTP headers),
//              hostile host CSS, two copies on one page, each registering entry from the
//              tarball on its own, React 19, Vue 3: visible text, no console errors, no CSP
//              violations, no failed requests.
//   release    `npm run release`'s zip, unpacked by test/embed/unzip.mjs (and `unzip -t` when
//              installed): every file there; its index.html served from the unpacked folder
//              renders every element with integrity; a changed nb-widgets.js is refused (SRI on)
//   snippets   each element's snippet from scripts/lib/snippets.mjs (what the Storybook snippet
//              builder and "Show code" give), self-hosted (both builds) and from the npm CDN
//              URL (answered from dist/cdn), pasted into a blank page; a banner for another
//              organisation in Spanish, dark, falls back to its own number
// Ends with "N passed, N failed". `--keep` leaves the temp dir; screenshots go to test-results/.
import { execFileSync, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { compileTemplate } from 'vue/compiler-sfc';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, requireChrome } from '../../scripts/find-browser.mjs';
import {
  EXAMPLE_ATTRIBUTES,
  FILES,
  PAGE_EXAMPLES,
  SELF_HOSTED_BASE,
  cdnBase,
  fullSnippet,
} from '../../scripts/lib/snippets.mjs';
import { elements as allElements } from './elements.mjs';
import { startServer } from './server.mjs';
import { extractZip } from './unzip.mjs';

const repo = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const here = join(repo, 'test/embed');
const dist = join(repo, 'dist');
const shots = join(repo, 'test-results/embed');
const keep = process.argv.includes('--keep');

const results = [];
function record(name, problems) {
  const ok = problems.length === 0;
  results.push({ name, ok });
  console.log(`${ok ? 'ok  ' : 'FAIL'}  ${name}`);
  for (const p of problems) console.log(`        - ${p}`);
}
function finish(code) {
  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed;
  console.log(`\nembed: ${passed} passed, ${failed} failed`);
  process.exit(code ?? (failed ? 1 : 0));
}

if (!existsSync(join(dist, 'custom-elements.json')) || !existsSync(join(dist, 'cdn/sri.json'))) {
  console.error('embed: dist/ is not built. Run `npm run build` first.');
  process.exit(1);
}
const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));
const manifest = JSON.parse(readFileSync(join(dist, 'custom-elements.json'), 'utf8'));
const sri = JSON.parse(readFileSync(join(dist, 'cdn/sri.json'), 'utf8'));

// ── coverage: the data file names every built element, and nothing else ────────────────────
const builtTags = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .filter((d) => d.customElement && d.tagName)
  .map((d) => d.tagName);
{
  const known = new Set(allElements.map((e) => e.tag));
  const problems = [
    ...builtTags
      .filter((t) => !known.has(t))
      .map(
        (t) => `<${t}> has no entry in test/embed/elements.mjs: add its snippet and expected text`,
      ),
    ...allElements
      .filter((e) => !e.snippet?.includes(`<${e.tag}`) || !e.text?.length)
      .map(
        (e) => `<${e.tag}>: an entry needs a snippet using the tag and at least one expected text`,
      ),
  ];
  // Entries may come before their element lands (several people add elements at once).
  const waiting = [...known].filter((t) => !builtTags.includes(t));
  if (waiting.length)
    console.log(`note  not built yet, skipped: ${waiting.map((t) => `<${t}>`).join(', ')}`);
  record(
    `coverage: ${builtTags.length} element(s) in custom-elements.json have expectations`,
    problems,
  );
  if (problems.length) finish(1);
}

/** The entries whose element is in this build, in the data file's order. */
const elements = allElements.filter((e) => builtTags.includes(e.tag));

// ── pack: tarball → temp app, offline install, resolve exports, type-check React JSX ───────
const tmp = mkdtempSync(join(tmpdir(), 'nb-embed-'));
const app = join(tmp, 'app');
const out = join(tmp, 'out');
mkdirSync(app);
const runDeps = Object.keys(pkg.dependencies ?? {});

function installTarball() {
  const packed = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', tmp], {
      cwd: repo,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  )[0];
  const tgz = join(tmp, packed.filename);
  writeFileSync(
    join(app, 'package.json'),
    JSON.stringify({ name: 'embed-app', private: true, type: 'module' }),
  );
  const install = spawnSync(
    'npm',
    [
      'install',
      '--offline',
      '--ignore-scripts',
      '--no-audit',
      '--no-fund',
      '--no-package-lock',
      tgz,
    ],
    { cwd: app, encoding: 'utf8', timeout: 180_000 },
  );
  if (install.status === 0) return { packed, how: 'npm install --offline from the npm cache' };
  // The npm cache lacks a dependency (e.g. a fresh machine): unpack the tarball by hand and link
  // its dependencies from this repo's node_modules. Still no registry access.
  const target = join(app, 'node_modules/nb-widgets');
  mkdirSync(target, { recursive: true });
  execFileSync('tar', ['-xzf', tgz, '-C', target, '--strip-components=1']);
  const linked = new Set();
  const link = (name) => {
    if (linked.has(name)) return;
    linked.add(name);
    const from = join(repo, 'node_modules', name);
    const to = join(app, 'node_modules', name);
    mkdirSync(dirname(to), { recursive: true });
    if (!existsSync(to)) symlinkSync(from, to, 'dir');
    const deps = JSON.parse(readFileSync(join(from, 'package.json'), 'utf8')).dependencies ?? {};
    for (const dep of Object.keys(deps)) if (existsSync(join(repo, 'node_modules', dep))) link(dep);
  };
  runDeps.forEach(link);
  return {
    packed,
    how: `unpacked by hand, dependencies linked from node_modules; npm install --offline said: ${
      install.stderr
        .split('\n')
        .find((l) => /ENOTCACHED|npm error code|npm ERR/.test(l))
        ?.trim() ?? `exit ${install.status}`
    }`,
  };
}

let packedFiles = [];
{
  const problems = [];
  let how = '';
  try {
    const { packed, how: h } = installTarball();
    how = `${packed.filename}, ${packed.files.length} files, ${(packed.size / 1024).toFixed(0)} KB; ${h}`;
    packedFiles = packed.files.map((f) => f.path);
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
  record(`pack: npm pack + install into a temp app (${how || 'failed'})`, problems);
  if (problems.length) finish(1);
}

// Node's resolver on every exports entry (both conditions), then import every JS entry in Node.
{
  const problems = [];
  const installed = join(app, 'node_modules/nb-widgets');
  const req = createRequire(join(app, 'index.js'));
  const exportsMap = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')).exports;
  const jsEntries = [];
  for (const [key, target] of Object.entries(exportsMap)) {
    const spec = key === '.' ? 'nb-widgets' : `nb-widgets/${key.slice(2)}`;
    const targets = typeof target === 'string' ? { default: target } : target;
    for (const [condition, file] of Object.entries(targets)) {
      if (!existsSync(join(installed, file)))
        problems.push(`${spec} [${condition}] → ${file} is missing`);
    }
    if (targets.default) {
      try {
        const resolved = req.resolve(spec);
        if (resolved.endsWith('.js')) jsEntries.push(spec);
      } catch (error) {
        problems.push(`${spec} does not resolve: ${error.message.split('\n')[0]}`);
      }
    }
  }
  const expectedJs = 1 + 2 * builtTags.length;
  if (jsEntries.length !== expectedJs)
    problems.push(`expected ${expectedJs} JS entries in exports, found ${jsEntries.length}`);
  // Importing in Node proves each entry is valid ESM whose bare imports resolve from the install.
  const probe = spawnSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      jsEntries.map((s) => `await import(${JSON.stringify(s)});`).join('\n'),
    ],
    { cwd: app, encoding: 'utf8' },
  );
  if (probe.status !== 0)
    problems.push(
      `importing the entries in Node failed: ${probe.stderr.trim().split('\n').slice(0, 3).join(' ')}`,
    );
  record(
    `pack: ${Object.keys(exportsMap).length} exports entries resolve; ${jsEntries.length} JS entries import in Node`,
    problems,
  );
}

// Framework sources and the data file go inside the temp app, so `nb-widgets` resolves to the
// installed tarball, not to this repo. React, Vue and their types come from the repo's
// node_modules (esbuild nodePaths, symlinks for tsc).
mkdirSync(join(app, 'embed/apps'), { recursive: true });
// The framework pages see only the entries whose element is in this build.
cpSync(join(here, 'elements.mjs'), join(app, 'embed/elements.all.mjs'));
writeFileSync(
  join(app, 'embed/elements.mjs'),
  `import { elements as all } from './elements.all.mjs';\n` +
    `const built = ${JSON.stringify(builtTags)};\n` +
    'export const elements = all.filter((e) => built.includes(e.tag));\n',
);
cpSync(join(here, 'apps'), join(app, 'embed/apps'), { recursive: true });
// A TypeScript project without React (skipLibCheck on, as most templates set it) gets the tag
// map and element types from the registering entries. Runs before @types/react is linked in.
{
  writeFileSync(
    join(app, 'tsconfig.plain.json'),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        target: 'ES2022',
        module: 'ESNext',
        moduleResolution: 'bundler',
        lib: ['ES2022', 'DOM', 'DOM.Iterable'],
        noEmit: true,
        skipLibCheck: true,
        types: [],
      },
      files: ['embed/apps/plain.ts'],
    }),
  );
  const tsc = spawnSync(
    process.execPath,
    [join(repo, 'node_modules/typescript/bin/tsc'), '-p', join(app, 'tsconfig.plain.json')],
    { encoding: 'utf8' },
  );
  const problems = tsc.status === 0 ? [] : tsc.stdout.trim().split('\n').slice(0, 8);
  record(
    'pack: a plain TypeScript page (no React types) type-checks against the package',
    problems,
  );
}
for (const types of ['@types/react', '@types/react-dom']) {
  const to = join(app, 'node_modules', types);
  mkdirSync(dirname(to), { recursive: true });
  if (!existsSync(to)) symlinkSync(join(repo, 'node_modules', types), to, 'dir');
}
{
  const tsconfig = {
    compilerOptions: {
      strict: true,
      target: 'ES2022',
      module: 'ESNext',
      moduleResolution: 'bundler',
      jsx: 'react-jsx',
      lib: ['ES2022', 'DOM', 'DOM.Iterable'],
      allowJs: true,
      checkJs: false,
      noEmit: true,
      skipLibCheck: false,
      types: [],
    },
    files: ['embed/apps/react-app.tsx'],
  };
  writeFileSync(join(app, 'tsconfig.json'), JSON.stringify(tsconfig, null, 2));
  const tsc = spawnSync(
    process.execPath,
    [join(repo, 'node_modules/typescript/bin/tsc'), '-p', app],
    {
      encoding: 'utf8',
    },
  );
  const problems = tsc.status === 0 ? [] : tsc.stdout.trim().split('\n').slice(0, 8);
  record(
    'pack: React 19 TSX page type-checks against the shipped JSX typings (skipLibCheck off)',
    problems,
  );
}

// ── bundles for the pages ───────────────────────────────────────────────────────────────────
// The Vue template, compiled ahead of time with the page's compilerOptions (like an SFC build).
{
  const { template, compilerOptions } = await import(
    pathToFileURL(join(app, 'embed/apps/vue-template.mjs')).href
  );
  const compiled = compileTemplate({
    source: template,
    filename: 'vue-app.vue',
    id: 'embed',
    compilerOptions,
  });
  if (compiled.errors.length) {
    record('compile the Vue template', compiled.errors.map(String));
    finish(1);
  }
  writeFileSync(join(app, 'embed/apps/vue-render.mjs'), compiled.code);
}
mkdirSync(join(app, 'embed/entries'), { recursive: true });
const entryFiles = { 'npm-index': "import 'nb-widgets';\n" };
const OTHER_VERSION = `${Number(pkg.version.split('.')[0]) + 1}.0.0-embed-test`;
for (const tag of builtTags) entryFiles[`entry-${tag}`] = `import 'nb-widgets/${tag}.js';\n`;
for (const [name, code] of Object.entries(entryFiles))
  writeFileSync(join(app, `embed/entries/${name}.js`), code);
const common = {
  absWorkingDir: app,
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  nodePaths: [join(repo, 'node_modules')],
  logLevel: 'silent',
};
try {
  await build({
    ...common,
    entryPoints: Object.keys(entryFiles).map((n) => join(app, `embed/entries/${n}.js`)),
    outdir: join(out, 'pack'),
    splitting: true,
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  // "Another version" of the npm build for the two-copies page: same code, VERSION bumped.
  await build({
    ...common,
    entryPoints: { 'npm-other-version': join(app, 'embed/entries/npm-index.js') },
    outdir: join(out, 'pack'),
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [
      {
        name: 'other-version',
        setup(b) {
          b.onLoad({ filter: /[\\/]dist[\\/]internal[\\/]version\.js$/ }, async (args) => ({
            contents: readFileSync(args.path, 'utf8').replace(pkg.version, OTHER_VERSION),
            loader: 'js',
          }));
        },
      },
    ],
  });
  // Development builds: React and Vue report misuse as console warnings/errors in dev only.
  await build({
    ...common,
    entryPoints: [join(app, 'embed/apps/react-app.tsx'), join(app, 'embed/apps/vue-app.mjs')],
    outdir: join(out, 'apps'),
    jsx: 'automatic',
    define: {
      'process.env.NODE_ENV': '"development"',
      __VUE_OPTIONS_API__: 'true',
      __VUE_PROD_DEVTOOLS__: 'false',
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    },
  });
} catch (error) {
  record('bundle the npm-package pages with esbuild', [error.message]);
  finish(1);
}

// ── release: `npm run release`'s zip, unpacked as a web editor would ─────────────────────────
const releaseDir = join(tmp, 'release');
const releaseFolder = `nb-widgets-${pkg.version}`;
{
  const problems = [];
  const zipFile = join(tmp, `${releaseFolder}.zip`);
  let how = 'test/embed/unzip.mjs';
  const made = spawnSync(
    process.execPath,
    [join(repo, 'scripts/release.mjs'), '--no-build', '--out', tmp],
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
  record(
    `release: npm run release writes ${releaseFolder}.zip with both builds, chunks/, locales/, sri.json, index.html, README.txt, LICENSE (read by ${how})`,
    problems,
  );
}

/** What must show inside an element with these attributes (elements.mjs has the defaults). */
function expectedText(tag, attributes = {}) {
  if (tag === 'nb-drug-term') return [String(attributes.term).replace(/-/g, ' ')];
  if (tag === 'nb-glossary' && attributes.terms) return String(attributes.terms).split(/\s+/);
  if (tag === 'nb-helpline-banner' && (attributes.org || attributes.number))
    return [attributes.org, attributes.number].filter(Boolean).map(String);
  return allElements.find((e) => e.tag === tag)?.text ?? [];
}

// ── pages ───────────────────────────────────────────────────────────────────────────────────
const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; " +
  "img-src 'self'; require-trusted-types-for 'script'";
const cdnScript = (file) =>
  `<script type="module" src="/dist/cdn/${file}" integrity="${sri[file]}" crossorigin="anonymous"></script>`;
const caseDiv = (e, extra = '') =>
  `<div class="case" data-tag="${e.tag}"${extra}>${e.snippet}</div>`;
const snippets = elements.map((e) => caseDiv(e)).join('\n');
/** The first element again inside lang="es", so the page loads a lazy locale chunk. */
const spanish = caseDiv(elements[0], ' lang="es"');
const html = (title, head, body) =>
  `<!doctype html>\n<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title>${head}</head><body><h1>${title}</h1>${body}</body></html>`;

/**
 * @typedef {object} PageCase
 * @property {string} name
 * @property {string} path
 * @property {string} html
 * @property {Record<string, string>} [headers]
 * @property {(page: import('playwright-core').Page, log: PageLog) => Promise<string[]>} [check]
 * @property {'plain' | 'framework'} mode
 * @property {string[]} [tags]  which elements the page shows (default: all)
 * @property {(log: PageLog) => string[]} [warnings]  judge console warnings (default: none allowed)
 * @property {{ violation: RegExp, error: RegExp }} [probe]  the page's own expected violation
 * @property {RegExp} [missing]  paths the server answers 404 (a partner's incomplete copy)
 * @property {boolean} [served]  `path` is a file under a mount (the unpacked release), not `html`
 * @property {(tag: string) => string} [selector]  where each element is (default: its .case div)
 * @property {Record<string, string[]>} [expect]  text per tag (default: elements.mjs's)
 * @property {Record<string, string>} [integrity]  script src → the integrity it must carry
 * @property {boolean} [cdn]  answer the npm CDN URL of this version from dist/cdn
 */
/** @typedef {{ errors: string[], warnings: string[], violations: string[], failed: string[] }} PageLog */

/** A blank page with a pasted snippet: nothing else on it. */
const blankPage = (title, snippet) =>
  `<!doctype html>\n<html lang="en-GB"><head><meta charset="utf-8"><title>${title}</title></head><body>\n${snippet}\n</body></html>`;
/** One snippet case: the element's example attributes, pasted into a blank page. */
function snippetCase({
  tag,
  file,
  cdn = false,
  attributes = EXAMPLE_ATTRIBUTES[tag] ?? {},
  lang,
  theme,
  name,
  check,
}) {
  const base = cdn ? cdnBase(pkg.version) : SELF_HOSTED_BASE;
  const slug = `${tag}-${cdn ? 'cdn' : 'self'}-${file.replace(/\.js$/, '')}${lang ? `-${lang}` : ''}`;
  return {
    name:
      name ??
      `snippet: <${tag}> ${cdn ? 'from the npm CDN URL' : 'self-hosted'}, ${file} with integrity, pasted into a blank page`,
    path: `/snippet-${slug}.html`,
    mode: 'plain',
    tags: [tag],
    selector: (t) => `body > ${t}, body > p > ${t}`,
    expect: { [tag]: expectedText(tag, attributes) },
    integrity: { [base + file]: sri[file] },
    cdn,
    check,
    html: blankPage(
      `Snippet ${tag}`,
      fullSnippet({ tag, attributes, lang, theme, base, file, integrity: sri[file] }),
    ),
  };
}

/** @type {PageCase[]} */
const cases = [
  {
    name: 'CDN: nb-widgets.js with integrity, lazy es locale chunk, lazy popup positioning chunk',
    path: '/cdn.html',
    mode: 'plain',
    html: html('CDN drop-in', cdnScript('nb-widgets.js'), snippets + spanish),
    check: async (page, log) => [
      ...(await checkSpanish(page, log)),
      ...(await checkPopup(page, log)),
    ],
  },
  {
    name: 'CDN: nb-widgets.bundle.js with integrity (one file)',
    path: '/bundle.html',
    mode: 'plain',
    html: html('CDN bundle', cdnScript('nb-widgets.bundle.js'), snippets + spanish),
    check: async (page, log) => [
      ...(await checkSpanish(page, log)),
      ...(await checkPopup(page, log)),
      ...(log.chunkRequests.length
        ? [`the bundle fetched chunks: ${log.chunkRequests.join(', ')}`]
        : []),
    ],
  },
  {
    name: 'strict CSP + Trusted Types (HTTP headers), lazy es locale and popup positioning chunks',
    path: '/csp.html',
    mode: 'plain',
    headers: { 'content-security-policy': CSP },
    probe: {
      violation:
        /^require-trusted-types-for blocked trusted-types-sink Element innerHTML\|<b>probe<\/b>/,
      error: /requires 'TrustedHTML' assignment/,
    },
    html: html('Strict CSP', cdnScript('nb-widgets.js'), snippets + spanish),
    check: async (page, log) => {
      const problems = [...(await checkSpanish(page, log)), ...(await checkPopup(page, log))];
      const tt = await page.evaluate(() => {
        try {
          document.createElement('div').innerHTML = '<b>probe</b>';
          return 'string assigned to innerHTML without a policy';
        } catch {
          return '';
        }
      });
      if (tt) problems.push(`Trusted Types not enforced (${tt}): the test would prove nothing`);
      return problems;
    },
  },
  {
    name: 'hostile host CSS: reset, !important on *, button, a, h2, details, p; 10px root',
    path: '/hostile.html',
    mode: 'plain',
    html: html(
      'Hostile CSS',
      `<link rel="stylesheet" href="/assets/hostile.css">${cdnScript('nb-widgets.js')}`,
      snippets,
    ),
    check: checkHostile,
  },
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
  {
    name: `same version twice: CDN nb-widgets.js + nb-widgets.bundle.js ${pkg.version} → one warning saying it is loaded twice`,
    path: '/double-same.html',
    mode: 'plain',
    html: html(
      'Same version twice',
      `${cdnScript('nb-widgets.js')}${cdnScript('nb-widgets.bundle.js')}`,
      snippets,
    ),
    warnings: (log) => {
      const twice = log.warnings.filter((w) => /loaded twice/.test(w));
      const other = log.warnings.filter((w) => !twice.includes(w));
      return [
        ...(twice.length === 1
          ? []
          : [`expected exactly one "loaded twice" warning, got ${twice.length}`]),
        ...twice
          .filter(
            (w) =>
              !w.includes(`version ${pkg.version} is loaded twice`) || /ignored|two copies/.test(w),
          )
          .map((w) => `the warning does not say the same version was loaded twice: ${w}`),
        ...other.map((w) => `unexpected warning: ${w}`),
      ];
    },
  },
  ...builtTags.map((tag) => {
    const entry = elements.find((e) => e.tag === tag);
    return {
      name: `npm tarball: nb-widgets/${tag}.js alone registers <${tag}> and what it renders`,
      path: `/pack-${tag}.html`,
      mode: 'plain',
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
  {
    name: 'CDN copied without its chunks/ folder: a popup still opens below the word, one warning',
    path: '/no-chunks.html',
    mode: 'plain',
    tags: ['nb-drug-term'],
    html: html(
      'No chunks folder',
      cdnScript('nb-widgets.js'),
      caseDiv(elements.find((e) => e.tag === 'nb-drug-term')),
    ),
    missing: /^\/dist\/cdn\/chunks\//,
    check: checkPopupFallback,
    warnings: (log) => {
      const lost = log.warnings.filter((w) => /could not load the popup positioning code/.test(w));
      const other = log.warnings.filter((w) => !lost.includes(w));
      return [
        ...(lost.length === 1 ? [] : [`expected one positioning warning, got ${lost.length}`]),
        ...other.map((w) => `unexpected warning: ${w}`),
      ];
    },
  },
  {
    name: `release zip: ${releaseFolder}/index.html served from the unpacked folder: every element renders, loaded with integrity`,
    path: `/release/${releaseFolder}/index.html`,
    served: true,
    mode: 'plain',
    expect: Object.fromEntries(
      PAGE_EXAMPLES.map((e) => [e.tag, expectedText(e.tag, e.attributes)]),
    ),
    integrity: { [`nb-widgets/${FILES.split}`]: sri[FILES.split] },
  },
  ...builtTags.flatMap((tag) => [
    snippetCase({ tag, file: FILES.split }),
    snippetCase({ tag, file: FILES.bundle }),
    snippetCase({ tag, file: FILES.split, cdn: true }),
  ]),
  ...(builtTags.includes('nb-helpline-banner')
    ? [
        snippetCase({
          tag: 'nb-helpline-banner',
          file: FILES.split,
          attributes: { org: 'Family support line', number: '020 7946 0000', dismissible: '' },
          lang: 'es',
          theme: 'dark',
          name: 'snippet: a banner for another organisation, in Spanish, dark: the fallback and the banner give its own number',
          check: async (page) => {
            const problems = [];
            const fallback = await page.evaluate(() => {
              const p = document.querySelector('nb-helpline-banner > p');
              return {
                text: p?.textContent ?? '',
                href: p?.querySelector('a')?.getAttribute('href'),
              };
            });
            if (!fallback.text.includes('Family support line: 020 7946 0000'))
              problems.push(
                `the fallback does not name the organisation and its number: ${fallback.text}`,
              );
            if (
              /0808|Cancer Research UK/.test(fallback.text) ||
              fallback.href !== 'tel:+442079460000'
            )
              problems.push(
                `the fallback points at another line: ${fallback.text} (${fallback.href})`,
              );
            try {
              await page.waitForFunction(
                () =>
                  document
                    .querySelector('nb-helpline-banner')
                    ?.shadowRoot?.querySelector('.nb-root')
                    ?.getAttribute('lang') === 'es',
                undefined,
                { timeout: 10_000 },
              );
            } catch {
              problems.push('the banner never rendered in Spanish (its .nb-root lang)');
            }
            return problems;
          },
        }),
      ]
    : []),
];

const pages = new Map(
  cases.filter((c) => !c.served).map((c) => [c.path, { html: c.html, headers: c.headers }]),
);
const server = await startServer({
  pages,
  mounts: {
    '/dist/': dist,
    '/assets/': join(here, 'assets'),
    '/build/': out,
    '/release/': releaseDir,
    [SELF_HOSTED_BASE]: join(dist, 'cdn'),
  },
});
const browser = await chromium.launch({
  executablePath: requireChrome(),
  args: CHROMIUM_ARGS,
});
mkdirSync(shots, { recursive: true });

/** Text visible in an element's rendered (flattened) shadow tree, whitespace collapsed. */
function shadowTextIn(selector) {
  const host = document.querySelector(selector);
  if (!host) return null;
  if (!host.shadowRoot) return '';
  const out = [];
  const walk = (node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const el = node.parentElement;
      if (!el || el.checkVisibility({ visibilityProperty: true, opacityProperty: true }))
        out.push(node.data);
      return;
    }
    if (node.nodeType === Node.ELEMENT_NODE) {
      if (['style', 'script', 'template'].includes(node.localName)) return;
      if (node.localName === 'slot') {
        const assigned = node.assignedNodes({ flatten: true });
        (assigned.length ? assigned : [...node.childNodes]).forEach(walk);
        return;
      }
      if (node.shadowRoot) return walk(node.shadowRoot);
    }
    node.childNodes.forEach(walk);
  };
  walk(host.shadowRoot);
  return out.join(' ').replace(/\s+/g, ' ').trim();
}

async function expectText(page, selector, texts) {
  try {
    await page.waitForFunction(
      ([sel, wanted]) => {
        // Installed by an init script: no eval, which a strict CSP would (rightly) block.
        const text = window.__nbShadowText(sel);
        return text !== null && wanted.every((t) => text.includes(t));
      },
      [selector, texts],
      { timeout: 10_000 },
    );
    return [];
  } catch {
    const text = await page.evaluate(shadowTextIn, selector);
    if (text === null) return [`${selector}: not on the page`];
    const missing = texts.filter((t) => !text.includes(t));
    return [
      `${selector}: missing visible text ${missing.map((t) => JSON.stringify(t)).join(', ')}; shows ${JSON.stringify(text.slice(0, 160))}`,
    ];
  }
}

async function clickInShadow(page, host, inner) {
  await page.locator(host).first().locator(inner).first().click({ timeout: 5_000 });
}

/** Does what the entry's `event` says inside the element: click a control or pick an option. */
async function trigger(page, host, event) {
  const target = page
    .locator(host)
    .first()
    .locator(event.click ?? event.select)
    .first();
  if (event.select) await target.selectOption(event.value, { timeout: 5_000 });
  else await target.click({ timeout: 5_000 });
}

async function expectLog(page, line) {
  try {
    await page.locator('#log li', { hasText: line }).first().waitFor({ timeout: 5_000 });
    return [];
  } catch {
    return [`the framework handler did not run: no "${line}" in #log`];
  }
}

/** Every nb- element in the composed tree is defined (the registering entry brought its children). */
async function undefinedElements(page) {
  return page.evaluate(() => {
    const missing = new Set();
    const walk = (root) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.localName.startsWith('nb-') && !customElements.get(el.localName))
          missing.add(el.localName);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document);
    return [...missing];
  });
}

const TERM_HOST = '.case[data-tag="nb-drug-term"] nb-drug-term';

/**
 * Clicks the first <nb-drug-term> and waits for its popup to show its definition; returns where
 * the popup sits: the placement @floating-ui wrote ('' when it did not run), the gap below (or
 * above) the word, how far its left edge is from the word's, and whether it spans the word's start.
 */
async function openPopup(page) {
  await clickInShadow(page, TERM_HOST, 'button');
  const placed = await page.waitForFunction(
    (sel) => {
      const root = document.querySelector(sel)?.shadowRoot;
      const popup = root?.querySelector('.popup.is-ready');
      if (!popup?.querySelector('[part="definition"]')?.textContent?.trim()) return null;
      const word = root.querySelector('.trigger').getBoundingClientRect();
      const box = popup.getBoundingClientRect();
      const placement = popup.dataset.placement ?? '';
      return {
        placement,
        gap: placement.startsWith('top') ? word.top - box.bottom : box.top - word.bottom,
        dx: Math.abs(box.left - word.left),
        across: box.left <= word.left + 1.5 && box.right >= word.left,
      };
    },
    TERM_HOST,
    { timeout: 10_000 },
  );
  return placed.jsonValue();
}

/**
 * Opens the first <nb-drug-term>'s popup: its positioning code (@floating-ui) loads only now, from
 * dist/cdn/chunks/ (inside the bundle for nb-widgets.bundle.js), and it must be shown below the word.
 */
async function checkPopup(page, log) {
  const before = log.chunkRequests.filter((p) => p.startsWith('/dist/cdn/chunks/anchor-'));
  const problems = [];
  if (!log.url.includes('bundle') && before.length)
    problems.push(`the positioning chunk loaded before any popup opened: ${before.join(', ')}`);
  try {
    const { placement, gap, across } = await openPopup(page);
    // data-placement is written by @floating-ui (the positioning chunk), not by the fallback.
    if (!placement) problems.push('the popup was not placed by the positioning code');
    else if (gap < 0 || gap > 12 || !across)
      problems.push(`the popup is not next to the word (${placement}, gap ${gap}px)`);
  } catch (error) {
    problems.push(`the <nb-drug-term> popup did not open with its definition (${error.message})`);
  }
  if (
    !log.url.includes('bundle') &&
    !log.chunkRequests.some((p) => /^\/dist\/cdn\/chunks\/anchor-[\w-]+\.js$/.test(p))
  )
    problems.push('opening a popup loaded no positioning chunk from dist/cdn/chunks/');
  await page.keyboard.press('Escape');
  return problems;
}

/** Without the positioning chunk the popup still opens with its text, just below the word. */
async function checkPopupFallback(page) {
  try {
    const { gap, dx, placement } = await openPopup(page);
    await page.keyboard.press('Escape');
    if (placement) return [`the popup says @floating-ui placed it (${placement}), with no chunk`];
    if (gap < 0 || gap > 12 || dx > 1.5)
      return [`the popup is not just below the word (gap ${gap}px, offset ${dx}px)`];
    return [];
  } catch (error) {
    return [`the <nb-drug-term> popup did not open without its chunk (${error.message})`];
  }
}

async function checkSpanish(page, log) {
  const problems = [];
  try {
    await page.waitForFunction(
      (tag) =>
        document
          .querySelector(`[lang="es"] ${tag}`)
          ?.shadowRoot?.querySelector('.nb-root')
          ?.getAttribute('lang') === 'es',
      elements[0].tag,
      { timeout: 10_000 },
    );
  } catch {
    problems.push('the element inside lang="es" never rendered in Spanish (its .nb-root lang)');
  }
  if (
    !log.url.includes('bundle') &&
    !log.chunkRequests.some((p) => /\/dist\/cdn\/locales\/es-[\w-]+\.js$/.test(p))
  )
    problems.push('no lazy es locale chunk was loaded from dist/cdn/locales/');
  return problems;
}

/** Font sizes and boxes inside each element on the clean CDN page, to compare the hostile page with. */
let cleanSizes;
function layoutProbe() {
  const hosts = [...document.querySelectorAll('.case')]
    .map((c) => c.querySelector(c.dataset.tag))
    .filter((el) => el?.shadowRoot);
  return hosts.map((host) => {
    const rootEl = host.shadowRoot.querySelector('.nb-root');
    const hostBox = host.getBoundingClientRect();
    const texts = [];
    const overflow = [];
    const collapsed = [];
    const walk = (root) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.shadowRoot) walk(el.shadowRoot);
        if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
        const ownText = [...el.childNodes].some(
          (n) => n.nodeType === Node.TEXT_NODE && n.data.trim(),
        );
        const box = el.getBoundingClientRect();
        if (box.width > 0 && (box.left < hostBox.left - 1 || box.right > hostBox.right + 1))
          overflow.push(`${el.localName}.${el.className}`);
        if (!ownText) continue;
        const size = parseFloat(getComputedStyle(el).fontSize);
        texts.push({
          key: `${el.localName}.${el.className}:${el.textContent.trim().replace(/\s+/g, ' ').slice(0, 24)}`,
          size,
        });
        if (box.height < size * 0.9)
          collapsed.push(`${el.localName}.${el.className} (${box.height}px tall, ${size}px font)`);
      }
    };
    walk(host.shadowRoot);
    return {
      tag: host.localName,
      display: getComputedStyle(host).display,
      rootSize: rootEl ? parseFloat(getComputedStyle(rootEl).fontSize) : 0,
      rootColor: rootEl ? getComputedStyle(rootEl).color : '',
      width: hostBox.width,
      parentWidth: host.parentElement.getBoundingClientRect().width,
      texts,
      overflow,
      collapsed,
    };
  });
}

async function checkHostile(page) {
  const problems = [];
  const probe = await page.evaluate(layoutProbe);
  const rootFont = await page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
  if (rootFont !== '10px')
    problems.push(`the hostile stylesheet did not apply (root font ${rootFont})`);
  for (const el of probe) {
    // Inline elements (a glossary word in a sentence) and wrappers of the partner's own text
    // (<nb-glossary-scope>) take the host page's text styles on purpose.
    const expectation = elements.find((e) => e.tag === el.tag);
    if (expectation?.inline || expectation?.partnerText) continue;
    if (el.display !== 'block')
      problems.push(`<${el.tag}> host display is ${el.display}, not block`);
    if (el.rootSize < 16) problems.push(`<${el.tag}> body text is ${el.rootSize}px (< 16px)`);
    // hostile.css colours every element's text #7a0040 with !important.
    if (el.rootColor === 'rgb(122, 0, 64)')
      problems.push(`<${el.tag}> text took the host page's !important colour`);
    for (const t of el.texts)
      if (t.size < 16 * 0.8) problems.push(`<${el.tag}> ${t.key} is ${t.size}px`);
    const clean = cleanSizes?.find((c) => c.tag === el.tag);
    for (const t of el.texts) {
      const before = clean?.texts.find((c) => c.key === t.key);
      if (before && Math.abs(before.size - t.size) > 0.5)
        problems.push(
          `<${el.tag}> ${t.key}: ${t.size}px on the hostile page, ${before.size}px on a clean one`,
        );
    }
    if (el.width < el.parentWidth - 1)
      problems.push(`<${el.tag}> is ${el.width}px wide in a ${el.parentWidth}px container`);
    if (el.overflow.length)
      problems.push(
        `<${el.tag}> content overflows the element: ${el.overflow.slice(0, 3).join(', ')}`,
      );
    if (el.collapsed.length)
      problems.push(`<${el.tag}> text lines collapsed: ${el.collapsed.slice(0, 3).join(', ')}`);
  }
  if (!cleanSizes) problems.push('no clean-page measurements to compare with');
  return problems;
}

/** The npm CDN URL of this version, answered from dist/cdn as jsDelivr would once it is published. */
async function routeCdn(page) {
  const base = cdnBase(pkg.version);
  await page.route(`${base}**`, async (route) => {
    const rel = new URL(route.request().url()).pathname.slice(new URL(base).pathname.length);
    const file = join(dist, 'cdn', rel);
    if (!rel || rel.includes('..') || !existsSync(file))
      return route.fulfill({ status: 404, body: 'not found' });
    return route.fulfill({
      status: 200,
      body: readFileSync(file),
      headers: {
        'content-type': 'application/javascript; charset=utf-8',
        'access-control-allow-origin': '*',
      },
    });
  });
}

/**
 * SRI is really on: the release page with one byte added to nb-widgets.js must not run it. The
 * browser refuses the script (one console error naming the digest), no element is defined,
 * and each element's fallback is what readers see.
 */
async function runTamperedRelease() {
  const context = await browser.newContext();
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
    await page.goto(`${server.url}/release/${releaseFolder}/index.html`, { waitUntil: 'load' });
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
  record(
    'release zip: a changed nb-widgets.js is refused by integrity; readers see the fallbacks',
    problems,
  );
}

async function runCase(c) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  /** @type {PageLog & { url: string, chunkRequests: string[] }} */
  const log = {
    errors: [],
    warnings: [],
    violations: [],
    failed: [],
    url: c.path,
    chunkRequests: [],
  };
  await page.addInitScript({ content: `window.__nbShadowText = ${shadowTextIn.toString()};` });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window.__nbViolations ??= []).push(
        `${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} ${e.sample ?? ''}`,
      );
    });
  });
  page.on('console', (msg) => {
    if (msg.type() === 'error') log.errors.push(msg.text());
    if (msg.type() === 'warning') log.warnings.push(msg.text());
  });
  page.on('pageerror', (error) => log.errors.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (req) => log.failed.push(`${req.url()} (${req.failure()?.errorText})`));
  page.on('response', (res) => {
    const path = new URL(res.url()).pathname;
    if (res.status() >= 400) log.failed.push(`${path} → ${res.status()}`);
    if (/^\/dist\/cdn\/(locales|chunks)\//.test(path)) log.chunkRequests.push(path);
  });
  const problems = [];
  if (c.cdn) await routeCdn(page);
  if (c.missing)
    await page.route(
      (url) => c.missing.test(url.pathname),
      (route) => route.fulfill({ status: 404, body: 'not copied' }),
    );
  try {
    const response = await page.goto(server.url + c.path, { waitUntil: 'load' });
    if (c.headers) {
      for (const [k, v] of Object.entries(c.headers))
        if (response?.headers()[k] !== v) problems.push(`the server did not send ${k}`);
    }
    const tags = c.tags ?? elements.map((e) => e.tag);
    for (const entry of elements.filter((e) => tags.includes(e.tag))) {
      if (c.mode === 'plain') {
        problems.push(
          ...(await expectText(
            page,
            c.selector ? c.selector(entry.tag) : `.case[data-tag="${entry.tag}"] ${entry.tag}`,
            c.expect?.[entry.tag] ?? entry.text,
          )),
        );
      } else {
        const sel = `[data-case="${entry.tag}"]`;
        problems.push(
          ...(await expectText(page, sel, [...entry.text, ...(entry.framework?.text ?? [])])),
        );
        const event = entry.framework?.event;
        if (event) {
          try {
            await trigger(page, sel, event);
            problems.push(...(await expectLog(page, `${entry.tag} ${event.name}`)));
            // Close whatever the action opened (a toggletip in the top layer covers the page).
            await page.keyboard.press('Escape');
          } catch (error) {
            problems.push(
              `<${entry.tag}>: could not ${event.select ? 'select in' : 'click'} ${event.click ?? event.select}: ${error.message.split('\n')[0]}`,
            );
          }
        }
      }
    }
    if (c.integrity) {
      const scripts = await page.evaluate(() =>
        [...document.querySelectorAll('script[type="module"]')].map((s) => ({
          src: s.getAttribute('src'),
          integrity: s.getAttribute('integrity'),
        })),
      );
      for (const [src, integrity] of Object.entries(c.integrity))
        if (!scripts.some((s) => s.src === src && s.integrity === integrity))
          problems.push(
            `no <script type="module" src="${src}"> with its integrity value on the page`,
          );
    }
    const missing = await undefinedElements(page);
    if (missing.length) problems.push(`never defined: ${missing.map((t) => `<${t}>`).join(', ')}`);
    if (c.path === '/cdn.html') cleanSizes = await page.evaluate(layoutProbe);
    if (c.check) problems.push(...(await c.check(page, log)));
    const shot = c.path
      .slice(1)
      .replace(/\.html$/, '')
      .replace(/\//g, '-');
    await page.screenshot({ path: join(shots, `${shot}.png`), fullPage: true });
  } catch (error) {
    problems.push(`page run failed: ${error.message.split('\n')[0]}`);
  }
  log.violations.push(...(await page.evaluate(() => window.__nbViolations ?? []).catch(() => [])));
  // A page's own probe (the CSP page's Trusted Types check) must be seen, then is not counted:
  // that proves the violation listener works under the page's policy.
  let { violations, errors } = log;
  if (c.probe) {
    if (!violations.some((v) => c.probe.violation.test(v)))
      problems.push(
        'the securitypolicyviolation listener missed the probe: it would miss real ones',
      );
    violations = violations.filter((v) => !c.probe.violation.test(v));
    errors = errors.filter((e) => !c.probe.error.test(e));
  }
  if (c.missing) {
    // The 404s this page asks for: only what the case leaves out, and the browser's note on them.
    const pathOf = (f) => new URL(f.split(' ')[0], server.url).pathname;
    log.failed = log.failed.filter((f) => !c.missing.test(pathOf(f)));
    errors = errors.filter((e) => !/^Failed to load resource: .* 404/.test(e));
  }
  problems.push(...violations.map((v) => `CSP violation: ${v}`));
  problems.push(...errors.map((e) => `console error: ${e}`));
  problems.push(...log.failed.map((f) => `request failed: ${f}`));
  problems.push(
    ...(c.warnings ? c.warnings(log) : log.warnings.map((w) => `console warning: ${w}`)),
  );
  await context.close();
  record(c.name, problems);
}

try {
  for (const c of cases) await runCase(c);
  await runTamperedRelease();
} finally {
  await browser.close();
  await server.close();
  if (!keep) rmSync(tmp, { recursive: true, force: true });
  else console.log(`embed: kept ${tmp}`);
}
finish();
