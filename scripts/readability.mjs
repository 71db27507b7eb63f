#!/usr/bin/env node
// npm run readability — plain-language budget for the English body text (PIF TICK: reading age
// 9–11). Per section: sentences, mean words per sentence, Flesch–Kincaid grade. Drug names and
// glossary terms (names, keys, aliases) are left out of the syllable count: families meet them
// with a definition beside them. Budget: mean ≤ 15 words a sentence and grade ≤ 6; exit 1 over it.
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { BUDGET, flatten, measure } from './readability-lib.mjs';

/** Bundles src/content (msg() is the identity outside a browser) and imports it. */
async function loadContent() {
  const dir = resolve('.tmp/readability');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const outfile = join(dir, 'content.mjs');
  await build({
    entryPoints: ['src/content/index.ts'],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outfile,
    logLevel: 'warning',
  });
  return import(pathToFileURL(outfile).href);
}

async function main() {
  const content = await loadContent();
  const terms = new Set();
  for (const entry of content.glossary)
    for (const spelling of content.glossarySpellings(entry)) terms.add(spelling);
  const excluded = [...terms].sort((a, b) => b.length - a.length);

  const bySection = new Map();
  for (const unit of content.allContentUnits()) {
    if (!unit.body) continue;
    const list = bySection.get(unit.section) ?? [];
    list.push(flatten(unit.render()));
    bySection.set(unit.section, list);
  }

  const rows = [...bySection].map(([section, texts]) => ({
    section,
    ...measure(texts, excluded),
  }));
  const over = rows.filter(
    (r) => r.wordsPerSentence > BUDGET.wordsPerSentence || r.grade > BUDGET.grade,
  );

  console.log(
    `readability (English body text; budget: ≤ ${BUDGET.wordsPerSentence} words a sentence, grade ≤ ${BUDGET.grade})`,
  );
  console.log(
    `  ${'section'.padEnd(14)}${'sentences'.padStart(10)}${'words'.padStart(8)}${'words/sent'.padStart(12)}${'FK grade'.padStart(10)}`,
  );
  for (const r of rows) {
    const flag = over.includes(r) ? '  OVER BUDGET' : '';
    console.log(
      `  ${r.section.padEnd(14)}${String(r.sentences).padStart(10)}${String(r.words).padStart(8)}${r.wordsPerSentence.toFixed(1).padStart(12)}${r.grade.toFixed(1).padStart(10)}${flag}`,
    );
  }
  const all = measure([...bySection.values()].flat(), excluded);
  console.log(
    `  ${'all'.padEnd(14)}${String(all.sentences).padStart(10)}${String(all.words).padStart(8)}${all.wordsPerSentence.toFixed(1).padStart(12)}${all.grade.toFixed(1).padStart(10)}`,
  );
  if (over.length) {
    for (const r of over) console.error(`  ${r.section}: longest sentence: "${r.longest}"`);
    console.error(`readability: ${over.length} section(s) over budget`);
    process.exit(1);
  }
  console.log('readability: ok');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
