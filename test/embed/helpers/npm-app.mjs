// The npm package as an app installs it: `npm pack`, the tarball installed offline into a temp
// app (or unpacked by hand, its dependencies linked from node_modules, when the npm cache lacks
// one), the framework pages copied in beside it so `nb-widgets` resolves to the installed
// tarball, and the pages bundled with esbuild. React, Vue and their types come from the repo's
// node_modules (esbuild nodePaths, symlinks for tsc).
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { compileTemplate } from 'vue/compiler-sfc';
import { OTHER_VERSION, builtTags, here, pkg, repo } from './build.mjs';

const runDeps = Object.keys(pkg.dependencies ?? {});

/**
 * Packs this repo into `tmp` and installs the tarball into `app`.
 * @returns {{ packed: { filename: string, size: number, files: { path: string }[] }, how: string }}
 */
export function installTarball(tmp, app) {
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

/**
 * Node's resolver on every exports entry (both conditions), then every JS entry imported in Node
 * (valid ESM whose bare imports resolve from the install).
 * @returns {{ problems: string[], exportsCount: number, jsCount: number }}
 */
export function checkExports(app) {
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
  // Every element twice (registering, class only), the whole set, hydrate.js and ssr.
  const expectedJs = 3 + 2 * builtTags.length;
  if (jsEntries.length !== expectedJs)
    problems.push(`expected ${expectedJs} JS entries in exports, found ${jsEntries.length}`);
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
  return { problems, exportsCount: Object.keys(exportsMap).length, jsCount: jsEntries.length };
}

/**
 * Copies the framework sources and the data file into the temp app, so `nb-widgets` resolves to
 * the installed tarball, not to this repo. The framework pages see only the entries whose element
 * is in this build.
 */
export function copyPageSources(app) {
  mkdirSync(join(app, 'embed/apps'), { recursive: true });
  cpSync(join(here, 'elements.mjs'), join(app, 'embed/elements.all.mjs'));
  writeFileSync(
    join(app, 'embed/elements.mjs'),
    `import { elements as all } from './elements.all.mjs';\n` +
      `const built = ${JSON.stringify(builtTags)};\n` +
      'export const elements = all.filter((e) => built.includes(e.tag));\n',
  );
  cpSync(join(here, 'apps'), join(app, 'embed/apps'), { recursive: true });
}

/** Runs tsc on a project in the app; its first lines of output are the problems. */
function typeCheck(project) {
  const tsc = spawnSync(
    process.execPath,
    [join(repo, 'node_modules/typescript/bin/tsc'), '-p', project],
    { encoding: 'utf8' },
  );
  return tsc.status === 0 ? [] : tsc.stdout.trim().split('\n').slice(0, 8);
}

/**
 * A TypeScript project without React (skipLibCheck on, as most templates set it) gets the tag
 * map and element types from the registering entries. Run it before linkReactTypes.
 * @returns {string[]} problems
 */
export function typeCheckPlain(app) {
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
  return typeCheck(join(app, 'tsconfig.plain.json'));
}

/** Links @types/react and @types/react-dom from the repo into the app. */
export function linkReactTypes(app) {
  for (const types of ['@types/react', '@types/react-dom']) {
    const to = join(app, 'node_modules', types);
    mkdirSync(dirname(to), { recursive: true });
    if (!existsSync(to)) symlinkSync(join(repo, 'node_modules', types), to, 'dir');
  }
}

/**
 * The React 19 TSX page against the shipped JSX typings (skipLibCheck off).
 * @returns {string[]} problems
 */
export function typeCheckReact(app) {
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
  return typeCheck(app);
}

/**
 * Bundles the pages' scripts into `out`: pack/ (each registering entry alone, the package index
 * and the same index as "another version" for the two-copies page) and apps/ (React and Vue, in
 * development builds). Throws saying which step failed.
 */
export async function bundlePages(app, out) {
  // The Vue template, compiled ahead of time with the page's compilerOptions (like an SFC build).
  const { template, compilerOptions } = await import(
    pathToFileURL(join(app, 'embed/apps/vue-template.mjs')).href
  );
  const compiled = compileTemplate({
    source: template,
    filename: 'vue-app.vue',
    id: 'embed',
    compilerOptions,
  });
  if (compiled.errors.length)
    throw new Error(`compile the Vue template: ${compiled.errors.map(String).join('; ')}`);
  writeFileSync(join(app, 'embed/apps/vue-render.mjs'), compiled.code);

  mkdirSync(join(app, 'embed/entries'), { recursive: true });
  const entryFiles = { 'npm-index': "import 'nb-widgets';\n" };
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
    throw new Error(`bundle the npm-package pages with esbuild: ${error.message}`);
  }
}
