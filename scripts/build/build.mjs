#!/usr/bin/env node
// npm run build: rollup (npm ESM + CDN), custom-elements.json, SRI hashes for the CDN files;
// then checks that the packed package holds no node_modules folder.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, relative } from 'node:path';
import { importsOf, staticClosure } from './lib/cdn-graph.mjs';

const bin = (name) => join('node_modules', '.bin', name);
const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });

rmSync('dist', { recursive: true, force: true });
run(bin('rollup'), ['-c', '--silent']);
run(bin('cem'), ['analyze', '--quiet']);
// The published JSON Schema of the <nb-trial-list> feed (checked against the code by feed-schema.mjs).
copyFileSync('schema/trials-feed.schema.json', 'dist/trials-feed.schema.json');
// The `npx nb-widgets prerender` command (package.json `bin`), shipped inside dist/ like the rest.
mkdirSync('dist/bin', { recursive: true });
copyFileSync('bin/nb-widgets.mjs', 'dist/bin/nb-widgets.mjs');
run('node', ['scripts/build/gen-jsx-types.mjs']);

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const sri = {};
for (const file of files('dist/cdn')
  .filter((f) => f.endsWith('.js'))
  .sort()) {
  const digest = createHash('sha384').update(readFileSync(file)).digest('base64');
  sri[relative('dist/cdn', file)] = `sha384-${digest}`;
}
writeFileSync('dist/cdn/sri.json', `${JSON.stringify(sri, null, 2)}\n`);

// The per-element files and the autoloader: every element has its file, the autoloader's map
// names each of them (src/autoloader.ts), and dist/cdn/preload.json lists, per file, the shared
// chunks it imports before it runs: the `<link rel="modulepreload">` tags that save a page the
// round trips of discovering them one import at a time (README, "One element per page").
const elementNames = readdirSync('src/elements', { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);
const autoloaded = importsOf('dist/cdn', 'autoloader.js').dynamics;
const unmapped = elementNames.filter((name) => !autoloaded.includes(`${name}.js`));
if (unmapped.length) {
  console.error(`build: src/autoloader.ts does not load ${unmapped.join(', ')}`);
  process.exit(1);
}
const preload = Object.fromEntries(
  [...elementNames.map((name) => `${name}.js`), 'nb-widgets.js'].map((entry) => [
    entry,
    staticClosure('dist/cdn', entry).slice(1),
  ]),
);
writeFileSync('dist/cdn/preload.json', `${JSON.stringify(preload, null, 2)}\n`);

// What npm would publish must hold no node_modules folder (a bundled helper such as tslib goes to
// dist/vendor/: see rollup.config.mjs).
const packed = JSON.parse(
  execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  }),
)[0].files.map((f) => f.path);
const nested = packed.filter((path) => path.split('/').includes('node_modules'));
if (nested.length) {
  console.error(`build: the package would ship node_modules: ${nested.join(', ')}`);
  process.exit(1);
}
console.log(
  `build: dist/ written (${Object.keys(sri).length} CDN files hashed in dist/cdn/sri.json)`,
);
