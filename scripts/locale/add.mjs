#!/usr/bin/env node
// npm run locale:add -- <bcp47> [--name "Cymraeg"] [--dir rtl] [--root <project>]
// Adds a translation: registers the locale in lit-localize.json and locales/locales.json (status
// "in progress": not served, pages asking for it get English until it is complete), creates
// locales/<code>.xlf with every unit, pre-fills each <target> with the English text marked
// state="needs-review-translation" (the check counts a target that is still the English as not
// translated), adds to each plural unit a note saying which numbers take that form in the new
// language (or that the language never uses it), builds the locale modules and registries, and
// prints one summary line and the next steps.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import { buildLocales } from './build.mjs';
import { canonicalTag, localizer, readProject, repoRoot, sourceMessages } from './lib/xliff.mjs';
import { pluralCategoriesOf, pluralExamples, pluralUnits } from './lib/unit-states.mjs';

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
  options: { name: { type: 'string' }, dir: { type: 'string' }, root: { type: 'string' } },
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

const root = resolve(args.root ?? repoRoot);
const litConfigPath = join(root, 'lit-localize.json');
const registryPath = join(root, 'locales', 'locales.json');
const litConfig = JSON.parse(readFileSync(litConfigPath, 'utf8'));
const registry = JSON.parse(readFileSync(registryPath, 'utf8'));
if (code === litConfig.sourceLocale) stop(`${code} is the source language`);
if (litConfig.targetLocales.includes(code) || registry.locales[code])
  stop(`${code} is already a locale (see locales/locales.json)`);

const dir = args.dir ?? (RTL_LANGUAGES.has(locale.language) ? 'rtl' : 'ltr');
if (dir !== 'ltr' && dir !== 'rtl') stop('--dir must be ltr or rtl');
const name = args.name ?? displayName.charAt(0).toLocaleUpperCase(code) + displayName.slice(1);

litConfig.targetLocales = [...litConfig.targetLocales, code].sort();
// Written the way prettier formats it (a short array on one line).
writeFileSync(
  litConfigPath,
  `${JSON.stringify(litConfig, null, 2)}\n`.replace(
    /"targetLocales": \[[^\]]*\]/,
    `"targetLocales": ${JSON.stringify(litConfig.targetLocales).replace(/,/g, ', ')}`,
  ),
);
registry.locales[code] = { name, dir, status: 'in progress', reviewed: false, reviewer: null };
registry.locales = Object.fromEntries(
  Object.entries(registry.locales).sort(([a], [b]) => a.localeCompare(b)),
);
writeFileSync(registryPath, `${JSON.stringify(registry, null, 2)}\n`);

// 1. Every unit, straight from the source: localize-tools writes locales/<code>.xlf (and brings
// the other locales' files up to date, as npm run locale:extract does).
const project = readProject(root);
const localize = localizer(project);
const extracted = sourceMessages(localize);
if (extracted.error) stop(extracted.error);
try {
  await localize.writeInterchangeFiles();
} catch (error) {
  stop(`lit-localize extract failed:\n${error.message}`);
}

// 2. Pre-fill each target with the English, marked for review; plural notes for this language.
const xlfPath = join(project.xliffDir, `${code}.xlf`);
const doc = new DOMParser().parseFromString(readFileSync(xlfPath, 'utf8'), 'text/xml');
const transUnits = Array.from(doc.getElementsByTagName('trans-unit'));
const plural = pluralUnits(transUnits.map((u) => u.getAttribute('id')));
const used = pluralCategoriesOf(code);
const examples = pluralExamples(code);
const english = new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code;
const space = () => doc.createTextNode('\n  ');
let prefilled = 0;
for (const unit of transUnits) {
  const source = unit.getElementsByTagName('source')[0];
  if (!unit.getElementsByTagName('target').length) {
    const target = doc.createElement('target');
    target.setAttribute('state', 'needs-review-translation');
    for (const child of Array.from(source.childNodes)) target.appendChild(child.cloneNode(true));
    const gap = space();
    unit.insertBefore(gap, source.nextSibling);
    unit.insertBefore(target, gap.nextSibling);
    prefilled++;
  }
  const form = plural.get(unit.getAttribute('id'));
  if (form) {
    const note = doc.createElement('note');
    note.setAttribute('from', 'nb-widgets');
    note.appendChild(
      doc.createTextNode(
        used.includes(form.category)
          ? `Unicode CLDR plural rules: ${english} (${code}) uses the "${form.category}" form for ${examples[form.category]}.`
          : `${english} (${code}) never uses the "${form.category}" form: you do not need to translate this unit (npm run locale:check does not ask for it).`,
      ),
    );
    const last = Array.from(unit.childNodes)
      .filter((n) => n.nodeType === 1)
      .at(-1);
    const gap = space();
    unit.insertBefore(gap, last.nextSibling);
    unit.insertBefore(note, gap.nextSibling);
  }
}
writeFileSync(xlfPath, new XMLSerializer().serializeToString(doc));

// 3. The locale module and the registries (pl stays out of the served registry).
const built = await buildLocales(root);
if (!built.ok) stop(built.lines.join('\n'));

const askedForms = plural.size ? `; plural forms asked: ${used.join(', ')}` : '';
const skipped = plural.size
  ? ['zero', 'one', 'two', 'few', 'many', 'other'].filter((c) => !used.includes(c))
  : [];
console.log(
  `Added ${code} (${name}, ${dir === 'rtl' ? 'right to left' : 'left to right'}): ${transUnits.length} units in locales/${code}.xlf, ${prefilled} pre-filled with the English and marked needs-review-translation${askedForms}${skipped.length ? ` (not ${skipped.join(', ')})` : ''}; status "in progress": not served (English is shown) until complete.`,
);
console.log(`
Next steps:
  1. Translate locales/${code}.xlf in an XLIFF editor (Poedit, OmegaT, Virtaal): see TRANSLATING.md.
     Replace each English target; keep state="needs-review-translation" until a medical
     reviewer checks it. A target left in English counts as not translated.
  2. npm run locale:build    rebuild the ${code} module from the XLIFF
  3. npm run locale:check    each unit's state, placeholders, stale units (after the build)
  4. When every unit is translated, set "status": "complete" for ${code} in locales/locales.json,
     then npm run locale:build: from then on ${code} is served.
  5. After a medical reviewer has checked it: npm run locale:sign-off -- ${code} --reviewer "Name"
  6. npm test (the locale tests render every element in ${code} with axe), then commit locales/,
     lit-localize.json and src/generated/.`);
