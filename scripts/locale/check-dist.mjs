#!/usr/bin/env node
// After the build: every shipped locale has its lazy chunk in dist/cdn, and no pseudo-locale
// (en-XA, ar-XB: layout testing only) reached dist/ — not as a chunk, a loader or a message.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { servedLocales } from './lib/locale-status.mjs';

const registry = JSON.parse(readFileSync('locales/locales.json', 'utf8'));
const codes = Object.keys(registry.locales);
const pseudo = codes.filter((code) => registry.locales[code].pseudo);
// Served translations only: one still in progress has no chunk (see scripts/locale/lib/locale-status.mjs).
const shipped = servedLocales(registry);
// The pseudo transforms' marks: the en-XA brackets and the ar-XB right-to-left override.
const MARKS = ['⟦', '\u202E'];

const files = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });

const problems = [];
const all = files('dist').filter((f) => /\.(js|ts|json)$/.test(f));
for (const file of all) {
  const text = readFileSync(file, 'utf8');
  for (const code of pseudo)
    if (text.includes(`"${code}"`) || text.includes(`'${code}'`) || file.includes(code))
      problems.push(`${file} mentions the pseudo-locale ${code}`);
  for (const mark of MARKS)
    if (text.includes(mark)) problems.push(`${file} contains pseudo-locale text (${escape(mark)})`);
}
// Each CDN build that loads languages lazily has its own folder of them: nb-widgets.js,
// nb-widgets.hydrate.js (prerendered pages) and the per-element files.
const folders = ['dist/cdn/locales', 'dist/cdn/hydrate/locales', 'dist/cdn/shared/locales'];
for (const folder of folders) {
  const chunks = readdirSync(folder);
  for (const code of shipped)
    if (!chunks.some((name) => name.startsWith(`${code}-`)))
      problems.push(`${folder} has no lazy chunk for ${code}`);
}

if (problems.length) {
  console.error(`dist locale check failed (${problems.length}):`);
  for (const p of problems) console.error(`  - ${p}`);
  process.exit(1);
}
console.log(
  `dist locales: ${shipped.join(', ')} shipped as lazy CDN chunks in ${folders.length} folders; no pseudo-locale in ${all.length} dist files`,
);
