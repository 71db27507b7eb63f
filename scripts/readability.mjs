#!/usr/bin/env node
// npm run readability — plain-language budget for the English body text (PIF TICK: reading age
// 9–11). Per section: sentences, mean words per sentence, Flesch–Kincaid grade. Drug names and
// glossary terms (names, keys, aliases) are left out of the syllable count: families meet them
// with a definition beside them. Budget: mean ≤ 15 words a sentence and grade ≤ 6; exit 1 over it.
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

export const BUDGET = { wordsPerSentence: 15, grade: 6 };

/** Turns a lit TemplateResult (or string, array) into text; block ends become sentence ends. */
export function flatten(value) {
  if (value == null || value === false) return '';
  if (Array.isArray(value)) return value.map(flatten).join(' ');
  if (typeof value === 'object' && Array.isArray(value.strings)) {
    let out = '';
    value.strings.forEach((s, i) => {
      out += s;
      if (i < value.values.length) out += flatten(value.values[i]);
    });
    return out
      .replace(/\s*<\/(?:li|p|h[1-6]|div)>/gi, (_m, offset, whole) =>
        /[.!?:]\s*$/.test(whole.slice(0, offset)) ? ' ' : '. ',
      )
      .replace(/<[^>]*>/g, ' ');
  }
  return String(value);
}

/** Sentences of a text: split after . ! ? or : followed by a space. */
export function sentencesOf(text) {
  return text
    .replace(/\s+/g, ' ')
    .split(/(?<=[.!?:])\s+/)
    .map((s) => s.trim())
    .filter((s) => /\p{L}/u.test(s));
}

/** Words of a sentence (letters or digits, hyphens and apostrophes kept inside). */
export function wordsOf(sentence) {
  return sentence
    .replace(/[’‘]/g, "'")
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((w) => /[\p{L}\p{N}]/u.test(w));
}

/** English syllables by the usual vowel-group heuristic (as in most FK implementations). */
export function syllables(word) {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (!w) return 1; // a number or code such as "0808" or "131"
  if (w.length <= 3) return 1;
  const trimmed = w.replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  const groups = trimmed.match(/[aeiouy]{1,2}/g);
  return Math.max(1, groups ? groups.length : 1);
}

/** Removes every excluded term (longest first, whole words) and returns the rest. */
function withoutTerms(text, terms) {
  let out = text;
  for (const term of terms) {
    const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    out = out.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'giu'), ' ');
  }
  return out;
}

/** Readability of one section's texts. */
export function measure(texts, excludedTerms) {
  const sentences = texts.flatMap(sentencesOf);
  const words = sentences.flatMap(wordsOf);
  // Addresses (e-mail, web) are read as one item, not sounded out: no syllables counted.
  const counted = sentences
    .flatMap((s) => wordsOf(withoutTerms(s, excludedTerms)))
    .filter((w) => !/@|\w\.\w/.test(w));
  const syllableCount = counted.reduce((n, w) => n + syllables(w), 0);
  const wps = sentences.length ? words.length / sentences.length : 0;
  const spw = counted.length ? syllableCount / counted.length : 0;
  return {
    sentences: sentences.length,
    words: words.length,
    wordsPerSentence: wps,
    grade: sentences.length ? 0.39 * wps + 11.8 * spw - 15.59 : 0,
    longest: sentences.reduce((a, s) => (wordsOf(s).length > wordsOf(a).length ? s : a), ''),
  };
}

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
