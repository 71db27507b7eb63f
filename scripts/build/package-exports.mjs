#!/usr/bin/env node
// Keeps package.json's entry points in step with src/elements/*: the `exports` map, `types`,
// `sideEffects`, `files` and `customElements` are derived from the element folders, so a new
// element is published the moment its folder exists.
//
//   node scripts/build/package-exports.mjs           check: exit 1 naming what is stale (npm test)
//   node scripts/build/package-exports.mjs --write   rewrite package.json with the expected fields
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';

const root = new URL('../..', import.meta.url);
const pkgPath = fileURLToPath(new URL('package.json', root));

/** Element folder names, e.g. `nb-helpline-banner`: each has `<name>.ts` and `define.ts`. */
export function elementNames() {
  const dir = fileURLToPath(new URL('src/elements/', root));
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .filter(
      (name) => existsSync(`${dir}${name}/define.ts`) && existsSync(`${dir}${name}/${name}.ts`),
    )
    .sort();
}

const FIXED = new Set(['.', './jsx', './vue', './custom-elements.json', './package.json']);
const ELEMENT_ENTRY = /^\.\/(elements\/)?nb-[\w-]+\.js$/;

/**
 * The package.json fields this script owns, computed from the element folders. Other `exports`
 * entries already in package.json (e.g. a JSON schema) are kept as they are; the embed tests
 * check that every entry's file exists in the packed tarball.
 */
export function expectedFields(names = elementNames(), current = {}) {
  const exports = {
    '.': { types: './dist/index.d.ts', default: './dist/index.js' },
  };
  for (const name of names) {
    exports[`./${name}.js`] = {
      types: `./dist/elements/${name}/define.d.ts`,
      default: `./dist/elements/${name}/define.js`,
    };
  }
  for (const name of names) {
    exports[`./elements/${name}.js`] = {
      types: `./dist/elements/${name}/${name}.d.ts`,
      default: `./dist/elements/${name}/${name}.js`,
    };
  }
  for (const [key, value] of Object.entries(current)) {
    if (!FIXED.has(key) && !ELEMENT_ENTRY.test(key)) exports[key] = value;
  }
  // React 19 JSX typings on their own too, for projects that only want the tag types.
  exports['./jsx'] = { types: './dist/jsx.d.ts' };
  // Vue 3 GlobalComponents typings for the tags (not imported by the entries: opt in).
  exports['./vue'] = { types: './dist/vue.d.ts' };
  exports['./custom-elements.json'] = './dist/custom-elements.json';
  exports['./package.json'] = './package.json';
  return {
    main: './dist/index.js',
    module: './dist/index.js',
    types: './dist/index.d.ts',
    exports,
    customElements: 'dist/custom-elements.json',
    // Only files that register elements: bundlers may drop every other module when unused.
    sideEffects: [
      './dist/index.js',
      // Hydration support + every element; the server renderer registers them on Lit's shim.
      './dist/hydrate.js',
      './dist/ssr/index.js',
      ...names.map((name) => `./dist/elements/${name}/define.js`),
      './dist/cdn/*.js',
      // Not published, but our own Rollup and Storybook (Vite) builds read this field for src/
      // too: without these, a bare `import './define.js'` between elements is tree-shaken away.
      './src/index.ts',
      './src/hydrate.ts',
      './src/ssr/index.ts',
      './src/elements/*/define.ts',
    ],
    files: ['dist'],
  };
}

/** Names of the fields whose value in `pkg` differs from the expected one. */
export function staleFields(pkg, expected = expectedFields(elementNames(), pkg.exports)) {
  return Object.keys(expected).filter((key) => !isDeepStrictEqual(pkg[key], expected[key]));
}

function main() {
  const write = process.argv.includes('--write');
  const text = readFileSync(pkgPath, 'utf8');
  const pkg = JSON.parse(text);
  const expected = expectedFields(elementNames(), pkg.exports ?? {});
  const stale = staleFields(pkg, expected);
  if (stale.length === 0) {
    console.log(
      `package-exports: package.json entry points match ${elementNames().length} element(s)`,
    );
    return;
  }
  if (write) {
    // Keep the key order: owned fields replace in place, missing ones go after `engines`.
    const out = {};
    for (const [key, value] of Object.entries(pkg)) {
      out[key] = key in expected ? expected[key] : value;
      if (key === 'engines')
        for (const k of Object.keys(expected)) if (!(k in pkg)) out[k] = expected[k];
    }
    for (const k of Object.keys(expected)) if (!(k in out)) out[k] = expected[k];
    writeFileSync(pkgPath, `${JSON.stringify(out, null, 2)}\n`);
    console.log(`package-exports: rewrote ${stale.join(', ')} in package.json`);
    return;
  }
  console.error(
    `package-exports: package.json is stale (${stale.join(', ')} do not match src/elements/*).\n` +
      '  Run: node scripts/build/package-exports.mjs --write',
  );
  process.exit(1);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
