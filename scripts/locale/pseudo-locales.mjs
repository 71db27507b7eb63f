#!/usr/bin/env node
// Generates the pseudo-locale modules (src/generated/pseudo/<code>.ts) from the English source
// messages, for layout testing in Storybook and the tests (never shipped in dist/cdn):
// - an LTR pseudo-locale (en-XA): every letter accented, words ~40 % longer, message bracketed
//   ⟦…⟧, so clipped, untranslated or concatenated text is easy to spot;
// - an RTL pseudo-locale (ar-XB): each run of text wrapped in RIGHT-TO-LEFT OVERRIDE … POP
//   DIRECTIONAL FORMATTING, so English reads mirrored inside a right-to-left layout.
// Usage: node scripts/locale/pseudo-locales.mjs [--out <dir>]   (default src/generated/pseudo)
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import { readProject, repoRoot, runLitLocalize } from './lib/xliff.mjs';

const ACCENTS = {
  a: 'á',
  b: 'ƀ',
  c: 'ç',
  d: 'ð',
  e: 'é',
  f: 'ƒ',
  g: 'ĝ',
  h: 'ĥ',
  i: 'î',
  j: 'ĵ',
  k: 'ķ',
  l: 'ļ',
  m: 'ɱ',
  n: 'ñ',
  o: 'ö',
  p: 'þ',
  q: 'ǫ',
  r: 'ŕ',
  s: 'š',
  t: 'ţ',
  u: 'û',
  v: 'ṽ',
  w: 'ŵ',
  x: 'ẋ',
  y: 'ý',
  z: 'ž',
  A: 'Å',
  B: 'Ɓ',
  C: 'Ç',
  D: 'Ð',
  E: 'É',
  F: 'Ƒ',
  G: 'Ĝ',
  H: 'Ĥ',
  I: 'Î',
  J: 'Ĵ',
  K: 'Ķ',
  L: 'Ļ',
  M: 'Ṁ',
  N: 'Ñ',
  O: 'Ö',
  P: 'Þ',
  Q: 'Ǫ',
  R: 'Ŕ',
  S: 'Š',
  T: 'Ţ',
  U: 'Û',
  V: 'Ṽ',
  W: 'Ŵ',
  X: 'Ẋ',
  Y: 'Ý',
  Z: 'Ž',
};
const VOWELS = /[aeiouyAEIOUY]/;

/** One word accented and made ~40 % longer by repeating its vowels (it stays one word). */
function accentWord(word) {
  let extra = Math.round(word.length * 0.4);
  let out = '';
  for (const ch of word) {
    const accented = ACCENTS[ch] ?? ch;
    out += accented;
    if (extra > 0 && VOWELS.test(ch)) {
      out += accented;
      extra--;
    }
  }
  return out + (ACCENTS[word.at(-1)] ?? word.at(-1)).repeat(extra);
}

export const transforms = {
  accented: (text) => text.replace(/[A-Za-z]+/g, accentWord),
  mirrored: (text) => text.replace(/\S(?:.*\S)?/s, (run) => `\u202E${run}\u202C`),
};

function pseudoTarget(doc, source, style) {
  const target = doc.createElement('target');
  for (const child of Array.from(source.childNodes)) {
    target.appendChild(
      child.nodeType === 3
        ? doc.createTextNode(transforms[style](child.nodeValue))
        : child.cloneNode(true),
    );
  }
  if (style === 'accented') {
    target.insertBefore(doc.createTextNode('⟦'), target.firstChild);
    target.appendChild(doc.createTextNode('⟧'));
  }
  return target;
}

/** The pseudo-locale codes listed in locales.json. */
export function pseudoLocaleCodes(registry) {
  return Object.entries(registry.locales)
    .filter(([, l]) => l.pseudo)
    .map(([code]) => code)
    .sort();
}

/** Fills every unit of the freshly extracted `<xliffDir>/<code>.xlf` with its pseudo target. */
export function writePseudoTargets(registry, xliffDir, code) {
  const style = registry.locales[code].dir === 'rtl' ? 'mirrored' : 'accented';
  const file = join(xliffDir, `${code}.xlf`);
  const doc = new DOMParser().parseFromString(readFileSync(file, 'utf8'), 'text/xml');
  for (const unit of Array.from(doc.getElementsByTagName('trans-unit'))) {
    const source = unit.getElementsByTagName('source')[0];
    unit.insertBefore(pseudoTarget(doc, source, style), source.nextSibling);
  }
  writeFileSync(file, new XMLSerializer().serializeToString(doc));
}

/** Writes `<code>.ts` for every pseudo-locale in locales.json into `outDir`. */
export function generatePseudoLocales(outDir = join(repoRoot, 'src/generated/pseudo')) {
  const project = readProject(repoRoot);
  const codes = pseudoLocaleCodes(project.registry);
  const tmp = join(repoRoot, '.tmp', 'pseudo-locales', String(process.pid));
  rmSync(tmp, { recursive: true, force: true });
  const xliffDir = join(tmp, 'xliff');
  mkdirSync(xliffDir, { recursive: true });
  try {
    rmSync(outDir, { recursive: true, force: true });
    mkdirSync(outDir, { recursive: true });
    if (!codes.length) return codes;
    let r = runLitLocalize(project, 'extract', { tmp, targetLocales: codes, xliffDir });
    if (!r.ok) throw new Error(`lit-localize extract failed:\n${r.output}`);
    for (const code of codes) writePseudoTargets(project.registry, xliffDir, code);
    const built = join(tmp, 'out');
    r = runLitLocalize(project, 'build', { tmp, targetLocales: codes, xliffDir, outputDir: built });
    if (!r.ok) throw new Error(`lit-localize build failed:\n${r.output}`);
    for (const code of codes) copyFileSync(join(built, `${code}.ts`), join(outDir, `${code}.ts`));
    return codes;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const at = process.argv.indexOf('--out');
  const codes = generatePseudoLocales(at > 0 ? process.argv[at + 1] : undefined);
  console.log(`pseudo-locales: ${codes.join(', ') || '(none)'}`);
}
