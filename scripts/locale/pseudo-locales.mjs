#!/usr/bin/env node
// Generates the pseudo-locale modules (src/generated/pseudo/<code>.ts) from the English source
// messages, for layout testing in Storybook and the tests (never shipped in dist/cdn):
// - an LTR pseudo-locale (en-XA): every letter accented, words ~40 % longer, message bracketed
//   ⟦…⟧, so clipped, untranslated or concatenated text is easy to spot;
// - an RTL pseudo-locale (ar-XB): each run of text wrapped in RIGHT-TO-LEFT OVERRIDE … POP
//   DIRECTIONAL FORMATTING, so English reads mirrored inside a right-to-left layout.
// Usage: node scripts/locale/pseudo-locales.mjs [--out <dir>]   (default src/generated/pseudo)
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { localizer, readProject, repoRoot, sourceMessages } from './lib/xliff.mjs';

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

/** Adjacent strings of a message's contents joined (as one XML text node would be). */
function joinText(contents) {
  const out = [];
  for (const part of contents)
    if (typeof part === 'string' && typeof out.at(-1) === 'string') out[out.length - 1] += part;
    else out.push(part);
  return out;
}

/** A pseudo translation of one English message: each run of text transformed, placeholders kept. */
function pseudoMessage(message, style) {
  const contents = joinText(message.contents).map((part) =>
    typeof part === 'string' ? transforms[style](part) : part,
  );
  return {
    name: message.name,
    contents: joinText(style === 'accented' ? ['⟦', ...contents, '⟧'] : contents),
  };
}

/** The pseudo-locale codes listed in locales.json. */
export function pseudoLocaleCodes(registry) {
  return Object.entries(registry.locales)
    .filter(([, l]) => l.pseudo)
    .map(([code]) => code)
    .sort();
}

/**
 * The pseudo translations (Map code → localize-tools messages) of the English `messages` for
 * each pseudo-locale in `codes`: accented for a left-to-right one, mirrored for right-to-left.
 */
export function pseudoTranslations(registry, messages, codes = pseudoLocaleCodes(registry)) {
  return new Map(
    codes.map((code) => {
      const style = registry.locales[code].dir === 'rtl' ? 'mirrored' : 'accented';
      return [code, messages.map((message) => pseudoMessage(message, style))];
    }),
  );
}

/**
 * Writes `<code>.ts` for every pseudo-locale in locales.json into `outDir`, with localize-tools
 * (the translations are made from the English messages: no XLIFF file in between).
 */
export async function generatePseudoLocales(outDir = join(repoRoot, 'src/generated/pseudo')) {
  const project = readProject(repoRoot);
  const codes = pseudoLocaleCodes(project.registry);
  // localize-tools writes locale-codes.ts beside the modules: build into a scratch folder.
  const built = join(repoRoot, '.tmp', 'pseudo-locales', String(process.pid));
  rmSync(built, { recursive: true, force: true });
  try {
    rmSync(outDir, { recursive: true, force: true });
    mkdirSync(outDir, { recursive: true });
    if (!codes.length) return codes;
    const translations = new Map();
    const localize = localizer(project, { targetLocales: codes, outputDir: built, translations });
    const extracted = sourceMessages(localize);
    if (extracted.error) throw new Error(extracted.error);
    for (const [code, messages] of pseudoTranslations(project.registry, extracted.messages, codes))
      translations.set(code, messages);
    await localize.build();
    for (const code of codes) copyFileSync(join(built, `${code}.ts`), join(outDir, `${code}.ts`));
    return codes;
  } finally {
    rmSync(built, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const at = process.argv.indexOf('--out');
  const codes = await generatePseudoLocales(at > 0 ? process.argv[at + 1] : undefined);
  console.log(`pseudo-locales: ${codes.join(', ') || '(none)'}`);
}
