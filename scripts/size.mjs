#!/usr/bin/env node
// npm run size: gzip/brotli sizes of the CDN drop-in and of each element entry (Lit and other
// runtime dependencies excluded, minified as a consumer's bundler would), against the budgets.
import { readdirSync, readFileSync } from 'node:fs';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const KB = 1024;
/**
 * cdn: Lit, @floating-ui/dom (the glossary popups) and every element with its English content.
 * The treatment card's content (treatment ~3.3 KB, citations ~1.3 KB gzip) and the glossary took
 * the drop-in past 30 KB (35 KB with every element); lead to settle.
 */
const BUDGET = { cdn: 36 * KB, element: 8 * KB };
/**
 * Entries that carry more by design: nb-drug-term holds the whole glossary text (D01–D21, about
 * 2.5 KB gzip); the scope registers and creates nb-drug-term; the treatment card carries its
 * text, citations and, through <nb-drug-term>, the whole glossary (~7 KB gzip of content).
 */
const ELEMENT_BUDGET = {
  'nb-drug-term': 9 * KB,
  'nb-glossary-scope': 10 * KB,
  'nb-treatment-card': 16 * KB,
};
const rows = [];

function measure(name, code, budget) {
  const buf = Buffer.from(code);
  rows.push({
    name,
    raw: buf.length,
    gzip: gzipSync(buf, { level: 9 }).length,
    brotli: brotliCompressSync(buf).length,
    budget,
  });
}

measure(
  'dist/cdn/nb-widgets.js (Lit + English)',
  readFileSync('dist/cdn/nb-widgets.js'),
  BUDGET.cdn,
);
measure(
  'dist/cdn/nb-widgets.bundle.js (all locales)',
  readFileSync('dist/cdn/nb-widgets.bundle.js'),
  undefined,
);

const elements = readdirSync('dist/elements', { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);
for (const name of elements) {
  const bundle = await rollup({
    input: `dist/elements/${name}/define.js`,
    external: (id) => /^(lit|@lit\/|@floating-ui\/|valibot)/.test(id),
    plugins: [resolve(), terser({ format: { comments: false }, module: true })],
    onwarn: () => {},
  });
  // The entry chunk only: translations are lazy chunks loaded when a page asks for them.
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  const entry = output.find((o) => o.type === 'chunk' && o.isEntry);
  measure(
    `${name} (define entry, Lit excluded)`,
    entry.code,
    ELEMENT_BUDGET[name] ?? BUDGET.element,
  );
}

const kb = (n) => `${(n / KB).toFixed(1)} KB`;
console.log(
  `${'file'.padEnd(48)} ${'raw'.padStart(9)} ${'gzip'.padStart(9)} ${'brotli'.padStart(9)} ${'budget (gzip)'.padStart(14)}`,
);
let failed = 0;
for (const r of rows) {
  const over = r.budget !== undefined && r.gzip > r.budget;
  if (over) failed++;
  const budget = r.budget === undefined ? '—' : `${kb(r.budget)} ${over ? 'OVER' : 'ok'}`;
  console.log(
    `${r.name.padEnd(48)} ${kb(r.raw).padStart(9)} ${kb(r.gzip).padStart(9)} ${kb(r.brotli).padStart(9)} ${budget.padStart(14)}`,
  );
}
if (failed) {
  console.error(`\nsize: ${failed} file(s) over budget`);
  process.exit(1);
}
console.log('size: every budget met');
