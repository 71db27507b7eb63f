// The build-time constants (scripts/build/lib/build-constants.mjs): what rollup, esbuild and Vite
// write into src/ in place of `__NB_VERSION__`.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { buildConstants, buildConstantsPlugin } from '../../scripts/build/lib/build-constants.mjs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const versionSource = readFileSync('src/internal/version.ts', 'utf8');

test("__NB_VERSION__ is package.json's version", () => {
  assert.equal(JSON.parse(buildConstants.__NB_VERSION__), pkg.version);
});

test('the rollup plugin writes the version into src/internal/version.ts, declaration kept', () => {
  const out = buildConstantsPlugin().transform(versionSource, '/repo/src/internal/version.ts');
  assert.ok(out, 'version.ts was left untouched');
  assert.match(out.code, /declare const __NB_VERSION__: string;/);
  assert.ok(out.code.includes(`VERSION: string = ${JSON.stringify(pkg.version)};`), out.code);
});

test('the rollup plugin replaces whole identifiers in src/ only', () => {
  const plugin = buildConstantsPlugin({ __X__: '"x"' });
  assert.equal(plugin.transform('f(__X__, __X__Y);', '/repo/src/a.ts').code, 'f("x", __X__Y);');
  assert.equal(plugin.transform('f(__X__);', '/repo/node_modules/lit/a.js'), null);
  assert.equal(plugin.transform('f(y);', '/repo/src/a.ts'), null);
});
