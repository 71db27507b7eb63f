#!/usr/bin/env node
// npm run locale:sign-off -- <locale> --reviewer "Name"
// Records that a medical reviewer has checked every unit of a locale: writes
// locales/sign-off/<locale>.json with a sha256 of each unit's English source and translation,
// marks the targets state="signed-off", and lists the locale as complete and reviewed. A unit
// still in English (unless locales.json lists it in "sameAsEnglish") blocks the sign-off; plural
// forms the language never uses are not asked for. When the
// English (or the translation) changes later, npm run locale:check reports the unit as needing
// review again (and fails while the locale is listed reviewed).
// Options: --root <project> and --dir <locales dir>, as for check.mjs.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeRegistries } from './gen-registry.mjs';
import { classifyUnits } from './lib/unit-states.mjs';
import { extractSourceUnits, parseXliff, readProject, repoRoot, sha256 } from './lib/xliff.mjs';

const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    reviewer: { type: 'string' },
    date: { type: 'string' },
    root: { type: 'string' },
    dir: { type: 'string' },
  },
});
const stop = (message) => {
  console.error(`locale:sign-off: ${message}`);
  process.exit(1);
};

const code = positionals[0];
const reviewer = args.reviewer?.trim();
if (!code || !reviewer)
  stop('usage: npm run locale:sign-off -- <locale> --reviewer "Reviewer name"');
const root = resolve(args.root ?? '.');
const project = readProject(root, args.dir);
const info = project.registry.locales[code];
if (!project.config.targetLocales.includes(code) || !info || info.pseudo)
  stop(`${code} is not a target locale (see lit-localize.json and locales/locales.json)`);
const date = args.date ?? new Date().toISOString().slice(0, 10);
if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) stop('--date must look like 2026-11-29');

const path = join(project.xliffDir, `${code}.xlf`);
if (!existsSync(path)) stop(`${path} is missing: run npm run locale:extract`);
const text = readFileSync(path, 'utf8');
const parsed = parseXliff(text);
if (parsed.errors.length) stop(`${path} is not valid XML: ${parsed.errors[0]}`);

const extracted = extractSourceUnits(project);
if (extracted.error) stop(extracted.error);
const sourceUnits = extracted.units;

// Only a file that is current and fully translated can be signed off.
const byId = new Map(parsed.units.map((u) => [u.id, u]));
const { states } = classifyUnits({
  code,
  registry: project.registry,
  sourceUnits,
  units: parsed.units,
});
const blockers = [];
for (const [id, current] of sourceUnits) {
  const unit = byId.get(id);
  const state = states.get(id);
  if (!unit) blockers.push(`${id}: missing (run npm run locale:extract)`);
  else if (unit.sourceXml !== current.sourceXml)
    blockers.push(`${id}: English out of date (run npm run locale:extract)`);
  else if (state === 'missing') blockers.push(`${id}: not translated`);
  else if (state === 'identical')
    blockers.push(
      `${id}: still the English text (translate it, or list it in locales.json "sameAsEnglish")`,
    );
}
if (blockers.length) stop(`${code} cannot be signed off yet:\n  - ${blockers.join('\n  - ')}`);

const units = {};
for (const id of [...sourceUnits.keys()].sort()) {
  units[id] = {
    source: sha256(sourceUnits.get(id).sourceXml),
    target: sha256(byId.get(id)?.targetXml ?? ''),
  };
}
const signOffDir = join(project.xliffDir, 'sign-off');
mkdirSync(signOffDir, { recursive: true });
const signOffPath = join(signOffDir, `${code}.json`);
writeFileSync(signOffPath, `${JSON.stringify({ locale: code, reviewer, date, units }, null, 2)}\n`);

// The state attribute is for translators' tools (lit-localize ignores it); content is untouched.
writeFileSync(
  path,
  text.replace(
    /<target\b([^>]*?)(\/?)>/g,
    (_, attrs, selfClosing) =>
      `<target${attrs.replace(/\s+state="[^"]*"/g, '')} state="signed-off"${selfClosing}>`,
  ),
);

const entry = { ...info };
delete entry.complete; // the schema before "status"
project.registry.locales[code] = {
  ...entry,
  status: 'complete',
  reviewed: true,
  reviewer,
  reviewedOn: date,
};
writeFileSync(project.registryPath, `${JSON.stringify(project.registry, null, 2)}\n`);

if (!args.dir && resolve(root) === repoRoot) console.log(writeRegistries(repoRoot));

const show = (p) => relative(process.cwd(), p);
console.log(`
Signed off ${code}: ${Object.keys(units).length} units, reviewer ${reviewer}, ${date}.
  ${show(signOffPath)}   hashes of each unit's English and translation
  ${show(project.registryPath)}   ${code}: complete, reviewed
Next: npm run locale:check, then commit these files. The "not yet checked by a medical
reviewer" note no longer shows for ${code}.`);
