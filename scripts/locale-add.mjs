#!/usr/bin/env node
// npm run locale:add -- <bcp47> [--name "Cymraeg"] [--dir rtl]
// Adds a translation: registers the locale in lit-localize.json and locales/locales.json,
// creates locales/<code>.xlf with every unit (npm run locale:extract), regenerates the locale
// modules and the import() map (npm run locale:build), and prints what to do next.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { canonicalTag, repoRoot } from './lib/xliff.mjs';

const RTL_LANGUAGES = new Set([
  'ar',
  'arc',
  'ckb',
  'dv',
  'fa',
  'he',
  'ks',
  'ps',
  'sd',
  'ug',
  'ur',
  'yi',
]);

const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: { name: { type: 'string' }, dir: { type: 'string' } },
});
const stop = (message) => {
  console.error(`locale:add: ${message}`);
  process.exit(1);
};

const asked = positionals[0];
if (!asked) stop('usage: npm run locale:add -- <language tag>, e.g. cy, ar, es-MX, pt-BR');
const code = canonicalTag(asked);
if (!code) stop(`"${asked}" is not a valid BCP 47 language tag (examples: cy, ar, es-MX, pt-BR)`);
const locale = new Intl.Locale(code);
if (!/^[a-z]{2,3}$/.test(locale.language))
  stop(`"${asked}" must start with a two- or three-letter language code`);
if (/-X[A-Z]$|-XB$/.test(code)) stop(`${code} is a pseudo-locale code: those are generated`);
const displayName = new Intl.DisplayNames([code], { type: 'language', fallback: 'none' }).of(code);
if (!displayName && !args.name)
  stop(`"${code}" is not a language this computer knows; give its name with --name "…"`);

const litConfigPath = join(repoRoot, 'lit-localize.json');
const registryPath = join(repoRoot, 'locales', 'locales.json');
const litConfig = JSON.parse(readFileSync(litConfigPath, 'utf8'));
const registry = JSON.parse(readFileSync(registryPath, 'utf8'));
if (code === litConfig.sourceLocale) stop(`${code} is the source language`);
if (litConfig.targetLocales.includes(code) || registry.locales[code])
  stop(`${code} is already a locale (see locales/locales.json)`);

const dir = args.dir ?? (RTL_LANGUAGES.has(locale.language) ? 'rtl' : 'ltr');
if (dir !== 'ltr' && dir !== 'rtl') stop('--dir must be ltr or rtl');
const name = args.name ?? displayName.charAt(0).toLocaleUpperCase(code) + displayName.slice(1);

litConfig.targetLocales = [...litConfig.targetLocales, code].sort();
writeFileSync(litConfigPath, `${JSON.stringify(litConfig, null, 2)}\n`);
registry.locales[code] = { name, dir, complete: false, reviewed: false, reviewer: null };
registry.locales = Object.fromEntries(
  Object.entries(registry.locales).sort(([a], [b]) => a.localeCompare(b)),
);
writeFileSync(registryPath, `${JSON.stringify(registry, null, 2)}\n`);

const npm = (script) =>
  execFileSync('npm', ['run', '--silent', script], { cwd: repoRoot, stdio: 'inherit' });
npm('locale:extract');
npm('locale:build');
execFileSync(join(repoRoot, 'node_modules', '.bin', 'prettier'), ['--write', 'lit-localize.json'], {
  cwd: repoRoot,
  stdio: 'ignore',
});

const units = (
  readFileSync(join(repoRoot, 'locales', `${code}.xlf`), 'utf8').match(/<trans-unit /g) ?? []
).length;
console.log(`
Added ${code} (${name}, ${dir === 'rtl' ? 'right to left' : 'left to right'}).
  locales/${code}.xlf            ${units} units to translate (every one has an English <source>
                                and a translator note)
  locales/locales.json          ${code}: complete false, reviewed false
  lit-localize.json             targetLocales
  src/generated/                the ${code} module and the import() map

Next steps:
  1. Translate locales/${code}.xlf in an XLIFF editor (Poedit, OmegaT, Virtaal): see TRANSLATING.md.
     Mark each translation state="needs-review-translation" until a medical reviewer checks it.
  2. npm run locale:build    rebuild the ${code} module from the XLIFF
  3. npm run locale:check    coverage, placeholders, stale units
  4. When every unit is translated, set "complete": true for ${code} in locales/locales.json.
  5. After a medical reviewer has checked it: npm run locale:sign-off -- ${code} --reviewer "Name"
  6. npm test (the locale tests render every element in ${code} with axe), then commit locales/,
     lit-localize.json and src/generated/.`);
