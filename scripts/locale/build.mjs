#!/usr/bin/env node
// npm run locale:build — builds the locale modules (src/generated/locales/<code>.ts) from the
// XLIFF with @lit/localize-tools' RuntimeLitLocalizer, the pseudo-locales, and the registries (which translations are
// served). lit-localize warns once per unit without a <target> ("… is missing, using canonical
// text as fallback"): 176 such lines for a new language look like errors, so they are summed up
// in one line per locale, with each unit's state (npm run locale:check lists the units).
//
// Usage: node scripts/locale/build.mjs [--root <project>]
//   --root  a project folder with lit-localize.json and locales/ (default: this repository);
//           the pseudo-locales are generated for this repository only
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { writeRegistries } from './gen-registry.mjs';
import { isServed } from './lib/locale-status.mjs';
import { classifyUnits } from './lib/unit-states.mjs';
import { collectWarnings, localizer, parseXliff, readProject, repoRoot } from './lib/xliff.mjs';
import { generatePseudoLocales } from './pseudo-locales.mjs';

const MISSING = /^(\S+) message (\S+) is missing, using canonical text as fallback$/;
const UNKNOWN = /^(\S+) message (\S+) does not exist in canonical messages, skipping$/;

/**
 * One line per target locale: lit-localize's warnings about it (one per line), summed up, and the states of
 * its units (taking the English from the XLIFF file itself: npm run locale:check compares it
 * with the source code).
 */
export function summarise(project, warnings) {
  const missing = new Map();
  const unknown = new Map();
  const other = [];
  for (const line of warnings.split('\n').map((l) => l.trim())) {
    if (!line) continue;
    let m = MISSING.exec(line);
    if (m) missing.set(m[1], (missing.get(m[1]) ?? 0) + 1);
    else if ((m = UNKNOWN.exec(line))) unknown.set(m[1], (unknown.get(m[1]) ?? 0) + 1);
    else other.push(line);
  }
  const lines = [];
  for (const code of project.config.targetLocales) {
    const info = project.registry.locales[code] ?? {};
    const parts = [];
    try {
      const parsed = parseXliff(readFileSync(join(project.xliffDir, `${code}.xlf`), 'utf8'));
      const sourceUnits = new Map(parsed.units.map((u) => [u.id, u]));
      const { counts, total, done } = classifyUnits({
        code,
        registry: project.registry,
        sourceUnits,
        units: parsed.units,
      });
      parts.push(`${done}/${total} translated (${counts['needs-review']} needs review)`);
      const english = counts.identical + counts.missing;
      if (english) parts.push(`${english} still shown in English`);
    } catch {
      parts.push('could not read the XLIFF');
    }
    if (missing.get(code))
      parts.push(`${missing.get(code)} without a <target> (lit-localize uses the English)`);
    if (unknown.get(code)) parts.push(`${unknown.get(code)} unknown unit(s) skipped`);
    parts.push(
      isServed(info)
        ? info.status === 'complete'
          ? 'served'
          : 'served early ("serve": true)'
        : 'in progress, not served',
    );
    lines.push(`  ${code}: ${parts.join(', ')}`);
  }
  return { lines, other };
}

/** Builds the project at `root`; resolves { ok, lines } (lines: what to print). */
export async function buildLocales(root = repoRoot) {
  root = resolve(root);
  const project = readProject(root);
  let warnings;
  try {
    ({ warnings } = await collectWarnings(() => localizer(project).build()));
  } catch (error) {
    return { ok: false, lines: [`lit-localize build failed:\n${error.message}`] };
  }
  const { lines, other } = summarise(project, warnings.join('\n'));
  const out = ['locale:build (npm run locale:check lists every unit by state):', ...lines];
  out.push(...other);
  if (root === repoRoot) {
    const codes = await generatePseudoLocales();
    out.push(`pseudo-locales: ${codes.join(', ') || '(none)'}`);
  }
  out.push(writeRegistries(root));
  return { ok: true, lines: out };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values: args } = parseArgs({ options: { root: { type: 'string' } } });
  const { ok, lines } = await buildLocales(args.root ?? repoRoot);
  for (const line of lines) (ok ? console.log : console.error)(line);
  if (!ok) process.exit(1);
}
