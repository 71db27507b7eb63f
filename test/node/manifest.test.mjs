// custom-elements.json as published (custom-elements-manifest.config.mjs): built paths, only the
// modules a consumer imports, the shared theme tokens documented once and listed on each element.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, test } from 'node:test';
import { cli } from '@custom-elements-manifest/analyzer/cli.js';
import { distPath, sharedCssProperties } from '../../custom-elements-manifest.config.mjs';

let manifest;
// `cem analyze` with this repository's config, kept in memory (dist/ is not touched).
before(async () => {
  manifest = await cli({ argv: ['analyze', '--quiet'], noWrite: true });
});

const elements = () =>
  manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.tagName));

test('every path names a built file in dist/, never a source file', () => {
  const paths = JSON.stringify(manifest).match(/"(path|module)":"[^"]*"/g) ?? [];
  assert.ok(paths.length > 0);
  for (const p of paths) assert.match(p, /^"(path|module)":"dist\/[\w/-]+\.js"$/);
});

test('lists only element modules and their define entries', () => {
  for (const mod of manifest.modules)
    assert.match(mod.path, /^dist\/elements\/(nb-[\w-]+)\/(\1|define)\.js$/, mod.path);
  const defines = manifest.modules.filter((m) => m.path.endsWith('/define.js'));
  assert.equal(defines.length, elements().length);
  for (const mod of defines) {
    const def = mod.exports.find((e) => e.kind === 'custom-element-definition');
    assert.equal(def?.declaration.module, mod.path.replace('define.js', `${def?.name}.js`));
  }
});

test('the shared tokens are documented once, for every token theme.styles.ts reads', () => {
  const source = readFileSync('src/internal/theme.styles.ts', 'utf8');
  const read = new Set([...source.matchAll(/var\(\s*(--nb-[\w-]+)/g)].map((m) => m[1]));
  const documented = sharedCssProperties(source);
  assert.deepEqual(documented.map((p) => p.name).sort(), [...read].sort());
  for (const p of documented) assert.ok(p.description.length > 5, p.name);
  for (const file of ['nb-drug-term', 'nb-glossary', 'nb-helpline-banner', 'nb-treatment-card']) {
    const text = readFileSync(`src/elements/${file}/${file}.ts`, 'utf8');
    for (const p of documented)
      assert.ok(!text.includes(`@cssprop ${p.name} `), `${file}: ${p.name}`);
  }
});

test('each element that includes the shared sheet lists every shared token with its words', () => {
  const shared = sharedCssProperties();
  const themed = elements().filter((d) => d.tagName !== 'nb-glossary-scope');
  assert.equal(themed.length, 5);
  for (const el of themed)
    for (const p of shared)
      assert.deepEqual(
        el.cssProperties.find((c) => c.name === p.name),
        p,
        `${el.tagName} ${p.name}`,
      );
  const scope = elements().find((d) => d.tagName === 'nb-glossary-scope');
  assert.equal(scope.cssProperties, undefined);
});

test('distPath maps a source module to its built file', () => {
  assert.equal(distPath('src/elements/nb-x/nb-x.ts'), 'dist/elements/nb-x/nb-x.js');
  assert.equal(distPath('src/common/nb-element.ts'), 'dist/common/nb-element.js');
});
