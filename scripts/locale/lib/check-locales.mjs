// The checks behind npm run locale:check (see scripts/locale/check.mjs).
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { renderRegistries } from '../gen-registry.mjs';
import { pseudoLocaleCodes, pseudoTranslations } from '../pseudo-locales.mjs';
import { isServed, STATUSES } from './locale-status.mjs';
import { classifyUnits, pluralExamples } from './unit-states.mjs';
import {
  collectWarnings,
  extractSourceUnits,
  hasContent,
  localizer,
  parseXliff,
  placeholders,
  readProject,
  sha256,
  TRANSLATED_STATES,
  unexpectedMarkup,
} from './xliff.mjs';

/** At most `max` ids, then "… and N more" (all of them with `all`). */
const listed = (ids, all, max = 12) =>
  all || ids.length <= max
    ? ids.join(', ')
    : `${ids.slice(0, max).join(', ')} … and ${ids.length - max} more (--all lists them)`;

/**
 * Checks a project's translations (resolves when done). `dir` replaces the project's locales folder (fixtures; skips
 * the generated-module check); `sourceUnits` (from extractSourceUnits) skips the extraction;
 * `all` lists every unit of every state in the report (otherwise only the first few of the
 * units still to translate). Returns the problems (empty = pass), the report lines (per-unit
 * states, plural forms asked, coverage, units to review again) and `locales`: per locale the
 * classification of scripts/locale/lib/unit-states.mjs plus `served`.
 */
export async function checkLocales({ root = '.', dir, sourceUnits: givenUnits, all = false } = {}) {
  root = resolve(root);
  const args = { dir };
  const project = readProject(root, dir);
  const { config, registry, xliffDir } = project;
  const show = (path) => relative(process.cwd(), path) || '.';
  const tmp = join(root, '.tmp', 'locale-check', String(process.pid));
  const problems = [];
  const report = [];
  const locales = {};
  const fail = (message) => problems.push(message);

  // 0. locales.json agrees with lit-localize.json and says what each locale is.
  const targets = config.targetLocales;
  const pseudo = pseudoLocaleCodes(registry);
  for (const code of targets)
    if (!registry.locales[code])
      fail(
        `${code} is in lit-localize.json targetLocales but not in ${show(project.registryPath)}`,
      );
  for (const [code, info] of Object.entries(registry.locales)) {
    if (!info.pseudo && !targets.includes(code))
      fail(`${code} is in locales.json but not in lit-localize.json targetLocales`);
    if (info.dir !== 'ltr' && info.dir !== 'rtl')
      fail(`${code}: "dir" must be "ltr" or "rtl" in locales.json`);
    if ('complete' in info)
      fail(
        `${code}: "complete" is replaced by "status": "complete" or "in progress" in locales.json`,
      );
    if (!STATUSES.includes(info.status))
      fail(`${code}: "status" must be "complete" or "in progress" in locales.json`);
    if (typeof info.reviewed !== 'boolean')
      fail(`${code}: "reviewed" must be true or false in locales.json`);
    if ('serve' in info && typeof info.serve !== 'boolean')
      fail(`${code}: "serve" must be true or false in locales.json`);
    if (info.reviewed && info.status !== 'complete')
      fail(`${code} is listed reviewed but its status is "${info.status}", not "complete"`);
    if (
      info.reviewed &&
      !info.pseudo &&
      !(typeof info.reviewer === 'string' && info.reviewer.trim())
    )
      fail(`${code} is listed reviewed but names no reviewer (npm run locale:sign-off)`);
  }

  // One localize-tools project (one TypeScript program) extracts the English and, in step 4,
  // builds every locale and pseudo-locale into `tmp` to compare with the committed modules.
  const translations = new Map();
  const localize = localizer(project, {
    targetLocales: [...targets, ...pseudo],
    outputDir: join(tmp, 'generated'),
    translations,
  });
  rmSync(tmp, { recursive: true, force: true });
  try {
    // 1. The current English messages, straight from the TypeScript source.
    const extracted =
      givenUnits && args.dir ? { units: givenUnits } : extractSourceUnits(project, localize);
    if (extracted.error) {
      fail(extracted.error);
      return { problems, report, locales };
    }
    const sourceUnits = extracted.units;
    const validFiles = [];
    for (const [where, list] of [
      ['sameAsEnglish', registry.sameAsEnglish],
      ...Object.entries(registry.locales).map(([code, l]) => [
        `locales.${code}.sameAsEnglish`,
        l.sameAsEnglish,
      ]),
    ]) {
      if (list === undefined) continue;
      if (!Array.isArray(list) || list.some((id) => typeof id !== 'string'))
        fail(`${show(project.registryPath)}: ${where} must be a list of unit IDs`);
      else
        for (const id of list)
          if (!sourceUnits.has(id))
            fail(`${show(project.registryPath)}: ${where} lists "${id}", which is not a unit`);
    }

    // 2. Each locale's file.
    for (const code of targets) {
      const path = join(xliffDir, `${code}.xlf`);
      const info = registry.locales[code] ?? {};
      if (!existsSync(path)) {
        fail(`${show(path)} is missing: run npm run locale:extract`);
        continue;
      }
      const parsed = parseXliff(readFileSync(path, 'utf8'));
      if (parsed.errors.length) {
        fail(`${show(path)}: invalid XML: ${parsed.errors[0]}`);
        continue;
      }
      const where = (id) => `${show(path)} unit ${id}`;
      const before = problems.length;
      if (parsed.targetLanguage !== code)
        fail(`${show(path)}: target-language is "${parsed.targetLanguage}", expected "${code}"`);

      const seen = new Set();
      for (const unit of parsed.units) {
        if (seen.has(unit.id)) fail(`${where(unit.id)}: the ID appears twice`);
        seen.add(unit.id);
        const current = sourceUnits.get(unit.id);
        if (!current) {
          fail(
            `${where(unit.id)}: unknown or stale ID (no such message in the source): run npm run locale:extract`,
          );
          continue;
        }
        if (unit.sourceXml !== current.sourceXml)
          fail(`${where(unit.id)}: the English source is out of date: run npm run locale:extract`);
        else if (unit.note !== current.note)
          fail(`${where(unit.id)}: the translator note is out of date: run npm run locale:extract`);
        if (unit.targetCount > 1) fail(`${where(unit.id)}: more than one <target>`);
        const markup = unexpectedMarkup(unit.target);
        if (markup.length)
          fail(`${where(unit.id)}: unexpected markup in the target: ${markup.join(', ')}`);
        if (!hasContent(unit.target)) {
          if (unit.target && TRANSLATED_STATES.has(unit.state))
            fail(`${where(unit.id)}: empty target marked state="${unit.state}"`);
          continue;
        }
        const src = placeholders(current.source).sort();
        const tgt = placeholders(unit.target).sort();
        const list = (ph) => ph.join(', ') || 'none';
        if (src.length !== tgt.length)
          fail(
            `${where(unit.id)}: placeholder count differs (English has ${src.length}: ${list(src)}; translation has ${tgt.length}: ${list(tgt)})`,
          );
        else if (src.join('\n') !== tgt.join('\n'))
          fail(
            `${where(unit.id)}: placeholder names differ (English: ${list(src)}; translation: ${list(tgt)})`,
          );
      }
      for (const id of sourceUnits.keys())
        if (!seen.has(id)) fail(`${where(id)}: missing from the file: run npm run locale:extract`);

      // Per-unit states: translated, needs review, identical to English, missing (not-needed
      // plural forms left out of the count).
      const classified = classifyUnits({ code, registry, sourceUnits, units: parsed.units });
      const served = isServed(info);
      locales[code] = { ...classified, served };
      for (const p of classified.problems) fail(`${where(p.id)}: ${p.message}`);
      const { counts, byState, total, done } = classified;
      const coverage = total ? (100 * done) / total : 100;
      // 3. Review status: a signed-off locale lists a hash of each unit's English and translation.
      const signOffPath = join(xliffDir, 'sign-off', `${code}.json`);
      const again = [];
      if (existsSync(signOffPath)) {
        const signOff = JSON.parse(readFileSync(signOffPath, 'utf8'));
        const byId = new Map(parsed.units.map((u) => [u.id, u]));
        for (const [id, current] of sourceUnits) {
          const record = signOff.units?.[id];
          const unit = byId.get(id);
          if (!record) again.push(`${id}: new since sign-off`);
          else if (record.source !== sha256(current.sourceXml))
            again.push(`${id}: the English changed since sign-off`);
          else if (unit && record.target !== sha256(unit.targetXml))
            again.push(`${id}: the translation changed since sign-off`);
        }
      } else if (info.reviewed) {
        fail(`${code} is listed reviewed but ${show(signOffPath)} is missing`);
      }
      const status = [
        `${done}/${total} units translated (${coverage.toFixed(1)} %)`,
        `status ${info.status}`,
        served
          ? info.status === 'complete'
            ? 'served'
            : 'served early ("serve": true)'
          : 'not served (English is shown)',
        info.reviewed ? `reviewed by ${info.reviewer}` : 'not yet reviewed',
      ];
      if (again.length) status.push(`${again.length} need review again`);
      report.push(`locale ${code}: ${status.join(', ')}`);
      report.push(
        `  ${code} states: ${counts.translated} translated, ${counts['needs-review']} needs review, ${counts.identical} identical to English, ${counts.missing} missing`,
      );
      const lists = [
        ['identical to English (not translated yet)', byState.identical, true],
        ['missing', byState.missing, true],
        ['needs review', byState['needs-review'], all],
        ['translated', byState.translated, all],
      ];
      for (const [label, ids, always] of lists)
        if (always && ids.length) report.push(`  ${code} ${label}: ${listed(ids, all)}`);
      if (classified.plural.prefixes.length) {
        const examples = pluralExamples(code);
        const asked = classified.plural.asked.map((c) => `${c}: ${examples[c]}`).join(' | ');
        const skipped = classified.plural.notNeeded;
        report.push(
          `  ${code} plural forms (${classified.plural.prefixes.map((p) => `${p}.*`).join(', ')}): asks ${asked}` +
            (skipped.length ? ` — not needed in ${code}: ${skipped.join(', ')}` : ''),
        );
      }
      if (info.status === 'in progress' && classified.complete)
        report.push(
          `  ${code} is fully translated: set "status": "complete" in locales.json to serve it`,
        );
      for (const line of again) report.push(`  needs review again: ${code} ${line}`);
      if (again.length && info.reviewed)
        fail(
          `${code} is listed reviewed but ${again.length} unit(s) need review again (${again.join('; ')}): ask the medical reviewer, then npm run locale:sign-off -- ${code}`,
        );
      if (info.status === 'complete' && done < total)
        fail(
          `${code} is listed complete but only ${coverage.toFixed(1)} % is translated (${total - done} unit(s) without a translation: ${counts.missing} missing, ${counts.identical} identical to English: ${listed([...byState.missing, ...byState.identical], all)})`,
        );
      if (problems.length === before) validFiles.push(code);
    }

    // 4. Generated modules and registries match the XLIFF (committed, so a fresh clone runs).
    if (args.dir) {
      report.push('generated modules: not checked (--dir)');
    } else if (validFiles.length !== targets.length) {
      report.push('generated modules: not checked until the XLIFF files above are fixed');
    } else {
      for (const [code, messages] of pseudoTranslations(registry, extracted.messages, pseudo))
        translations.set(code, messages);
      const out = join(tmp, 'generated');
      let built = true;
      try {
        await collectWarnings(() => localize.build()); // per-unit warnings: the report has them
      } catch (error) {
        built = false;
        fail(`lit-localize build failed:\n${error.message}`);
      }
      if (built) {
        const generated = resolve(root, config.output.outputDir);
        const compare = (committed, fresh, fix) => {
          if (!existsSync(committed) || readFileSync(committed, 'utf8') !== fresh)
            fail(`${show(committed)} is out of step: run ${fix}`);
        };
        for (const code of targets)
          compare(
            join(generated, `${code}.ts`),
            readFileSync(join(out, `${code}.ts`), 'utf8'),
            'npm run locale:build',
          );
        for (const code of pseudo)
          compare(
            join(generated, '..', 'pseudo', `${code}.ts`),
            readFileSync(join(out, `${code}.ts`), 'utf8'),
            'npm run locale:build',
          );
        const registries = renderRegistries(registry);
        compare(
          join(generated, '..', 'locale-registry.ts'),
          registries.main,
          'npm run locale:build',
        );
        compare(
          join(generated, '..', 'pseudo-locale-registry.ts'),
          registries.pseudo,
          'npm run locale:build',
        );
      }
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }

  return { problems, report, locales };
}
