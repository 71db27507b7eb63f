#!/usr/bin/env node
// npm run readability — plain-language budget for the English body text, per widget (PIF TICK:
// reading age 9–11 = Flesch–Kincaid grade ≤ 6, short sentences). Prints one row per widget:
// sentences, words a sentence, grade, the longest sentence and the widget's budget.
//
// - glossary, pop-ups (each definition on its own: a pop-up shows one) and trial list: grade ≤ 6
//   and no sentence over 15 words;
// - card, banner and source footers: grade ≤ 6 and ≤ 15 words a sentence on average (their
//   budget until their text meets the strict one; the table says which budget applies).
//
// Left out of the syllable count (facts.md Standards): glossary terms (names, keys, aliases: a
// definition sits beside them) and trial names. Headings, labels and citations are not body
// text. Exit 1 when a widget is over its budget; every problem is printed.
//
// `--entry <file>` measures another content module with the same exports (tests use it).
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { BUDGETS, flatten, longestSentenceWords, measureWidget } from './readability-lib.mjs';

/** Bundles the content module (msg() is the identity outside a browser) and imports it. */
async function loadContent(entry) {
  // One directory per run, so two runs at once (tests) never share a bundle.
  const dir = resolve('.tmp/readability', String(process.pid));
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const outfile = join(dir, 'content.mjs');
  try {
    await build({
      entryPoints: [entry],
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      outfile,
      logLevel: 'warning',
    });
    return await import(pathToFileURL(outfile).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The body text of each widget, from the content module's exports (`allContentUnits`,
 * `glossary`, `glossarySpellings`, optionally `trials`).
 */
export function widgetTexts(content) {
  const records = content.allContentUnits();
  const body = (test) => records.filter((r) => r.body && test(r)).map((r) => flatten(r.render()));
  const definitions = content.glossary.map((e) => e.definition());
  return [
    {
      widget: 'card',
      budget: BUDGETS.mean,
      texts: body((r) => r.module === 'treatment'),
    },
    {
      widget: 'trial list',
      budget: BUDGETS.strict,
      texts: body((r) => r.module === 'trials' || r.module === 'trial-list'),
    },
    { widget: 'glossary', budget: BUDGETS.strict, texts: definitions },
    {
      widget: 'pop-ups',
      budget: BUDGETS.strict,
      texts: definitions,
      each: true,
      labels: content.glossary.map((e) => e.key),
    },
    { widget: 'banner', budget: BUDGETS.mean, texts: body((r) => r.module === 'helpline') },
    {
      widget: 'source footers',
      budget: BUDGETS.mean,
      texts: body((r) => ['citations', 'meta', 'source', 'credits'].includes(r.module)),
    },
  ];
}

/** Words left out of the syllable count: every glossary spelling and every trial name. */
export function excludedTerms(content) {
  const terms = new Set();
  for (const entry of content.glossary)
    for (const spelling of content.glossarySpellings(entry)) terms.add(spelling);
  for (const trial of content.trials ?? []) terms.add(trial.name);
  return [...terms].sort((a, b) => b.length - a.length);
}

/** Measures every widget against its budget. */
export function readabilityReport(content) {
  const excluded = excludedTerms(content);
  return widgetTexts(content).map(({ widget, budget, texts, each, labels }) => ({
    widget,
    budget,
    ...measureWidget(texts, excluded, budget, { each, labels }),
  }));
}

const clip = (s, n) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

function print(rows) {
  console.log('readability (English body text, per widget; Flesch–Kincaid grade)');
  console.log(
    `  ${'widget'.padEnd(16)}${'sentences'.padStart(10)}${'words/sent'.padStart(12)}${'grade'.padStart(8)}${'longest'.padStart(9)}  budget`,
  );
  for (const r of rows) {
    const grade = `${r.grade.toFixed(1)}${r.worst ? '*' : ''}`;
    console.log(
      `  ${r.widget.padEnd(16)}${String(r.sentences).padStart(10)}${r.wordsPerSentence.toFixed(1).padStart(12)}${grade.padStart(8)}${String(longestSentenceWords(r)).padStart(9)}  ${r.budget.label}${r.problems.length ? '  OVER' : ''}`,
    );
  }
  console.log(
    '  ("longest" = words in the longest sentence; * = grade of the hardest single text)',
  );
  for (const r of rows) {
    if (r.worst) console.log(`  hardest in ${r.widget}: ${r.worst}`);
    console.log(`  longest in ${r.widget}: "${clip(r.longest, 110)}"`);
  }
}

async function main() {
  const args = process.argv.slice(2);
  const at = args.indexOf('--entry');
  const entry = at >= 0 ? args[at + 1] : 'src/content/index.ts';
  const rows = readabilityReport(await loadContent(entry));
  print(rows);
  const over = rows.filter((r) => r.problems.length);
  if (over.length) {
    for (const r of over) for (const p of r.problems) console.error(`  ${r.widget}: ${p}`);
    console.error(`readability: ${over.map((r) => r.widget).join(', ')} over budget`);
    process.exit(1);
  }
  console.log('readability: ok');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
