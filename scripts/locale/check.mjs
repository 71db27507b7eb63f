#!/usr/bin/env node
// npm run locale:check — lit-localize only warns about a missing translation, ignores XLIFF
// `state` and keeps a target when its English changes, so this check fails instead. Per locale it
// prints coverage, each unit's state (translated, needs review, identical to English, missing),
// the plural forms the language uses (with example numbers) and whether the locale is served.
// It fails on: invalid XML; unknown, missing, duplicate or stale unit IDs; placeholder
// mismatches (count or names); unexpected markup; an empty target marked translated; a target
// marked translated/final/signed-off that is the English text (unless locales.json lists the
// unit in "sameAsEnglish"); a locale with status "complete" below 100 %; units whose English (or
// translation) changed since a medical reviewer signed the locale off, when the locale is listed
// reviewed; generated modules and registries out of step with the XLIFF (run npm run
// locale:build first).
//
// Usage: node scripts/locale/check.mjs [--root <project>] [--dir <locales dir>] [--all]
//   --root  a project folder with lit-localize.json (default: the current folder)
//   --dir   check the XLIFF, locales.json and sign-off/ in this folder instead of the project's
//           own (used by the tests with broken fixtures; skips the generated-module check)
//   --all   list every unit under its state (default: only the units still to translate)
import { parseArgs } from 'node:util';
import { checkLocales } from './lib/check-locales.mjs';

const { values: args } = parseArgs({
  options: { root: { type: 'string' }, dir: { type: 'string' }, all: { type: 'boolean' } },
});
const { problems, report } = await checkLocales({ root: args.root, dir: args.dir, all: args.all });
for (const line of report) console.log(line);
if (problems.length) {
  console.error(`\nlocale:check failed (${problems.length}):`);
  for (const p of problems) console.error(`  - ${p}`);
  process.exit(1);
}
console.log('locale:check: ok');
