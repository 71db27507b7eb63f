#!/usr/bin/env node
// npm run locale:check — lit-localize only warns about a missing translation and exits 0, so this
// check fails instead: stale XLIFF, invalid XML, empty or missing targets in a complete locale,
// placeholder mismatches, and generated locale modules out of step with the XLIFF.
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';

const tmp = '.tmp/locale-check';
const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
const registry = JSON.parse(readFileSync('locales/locales.json', 'utf8'));
const problems = [];

function litLocalize(command, overrides) {
  // Paths in a lit-localize config are relative to the config file, so make them absolute.
  const cfg = structuredClone(config);
  cfg.tsConfig = resolve(cfg.tsConfig);
  cfg.interchange.xliffDir = resolve(overrides.interchange?.xliffDir ?? cfg.interchange.xliffDir);
  cfg.output.outputDir = resolve(overrides.output?.outputDir ?? cfg.output.outputDir);
  cfg.output.localeCodesModule = resolve(
    overrides.output?.localeCodesModule ?? cfg.output.localeCodesModule,
  );
  const file = join(tmp, `lit-localize.${command}.json`);
  writeFileSync(file, JSON.stringify(cfg));
  try {
    execFileSync(join('node_modules', '.bin', 'lit-localize'), [command, '--config', file], {
      stdio: 'pipe',
    });
  } catch (error) {
    console.error(`lit-localize ${command} failed:\n${error.stdout ?? ''}${error.stderr ?? ''}`);
    process.exit(1);
  }
}

rmSync(tmp, { recursive: true, force: true });
mkdirSync(join(tmp, 'xliff'), { recursive: true });
for (const f of readdirSync('locales').filter((f) => f.endsWith('.xlf')))
  cpSync(join('locales', f), join(tmp, 'xliff', f));

// 1. The XLIFF files hold exactly the messages in the source (extract would change nothing).
litLocalize('extract', { interchange: { xliffDir: join(tmp, 'xliff') } });
for (const code of config.targetLocales) {
  const file = `${code}.xlf`;
  if (!existsSync(join('locales', file)))
    problems.push(`locales/${file} is missing: run npm run locale:extract`);
  else if (
    readFileSync(join('locales', file), 'utf8') !== readFileSync(join(tmp, 'xliff', file), 'utf8')
  ) {
    problems.push(
      `locales/${file} is out of step with the source messages: run npm run locale:extract`,
    );
  }
}

// 2. Each locale's units: valid XML, targets present, placeholders identical.
function placeholders(node) {
  if (!node) return [];
  return [
    ...Array.from(node.getElementsByTagName('x')),
    ...Array.from(node.getElementsByTagName('ph')),
  ]
    .map((x) => `${x.getAttribute('id')}=${x.getAttribute('equiv-text') ?? ''}`)
    .sort();
}
for (const code of config.targetLocales) {
  const path = join('locales', `${code}.xlf`);
  if (!existsSync(path)) continue;
  const errors = [];
  const doc = new DOMParser({
    errorHandler: {
      warning: () => {},
      error: (e) => errors.push(e),
      fatalError: (e) => errors.push(e),
    },
  }).parseFromString(readFileSync(path, 'utf8'), 'text/xml');
  if (errors.length) {
    problems.push(`${path}: invalid XML: ${String(errors[0]).split('\n')[0]}`);
    continue;
  }
  const units = Array.from(doc.getElementsByTagName('trans-unit'));
  let translated = 0;
  for (const unit of units) {
    const id = unit.getAttribute('id');
    const source = unit.getElementsByTagName('source')[0];
    const target = unit.getElementsByTagName('target')[0];
    if (!target || (!target.textContent?.trim() && placeholders(target).length === 0)) continue;
    translated++;
    const a = placeholders(source).join(', ');
    const b = placeholders(target).join(', ');
    if (a !== b)
      problems.push(
        `${path} unit ${id}: placeholders differ (source: ${a || 'none'}; target: ${b || 'none'})`,
      );
  }
  const coverage = units.length ? (100 * translated) / units.length : 100;
  const info = registry.locales[code] ?? {};
  console.log(
    `locale ${code}: ${translated}/${units.length} units translated (${coverage.toFixed(1)} %)${info.complete ? ', listed complete' : ''}${info.reviewed ? ', reviewed' : ', not yet reviewed'}`,
  );
  if (info.complete && translated < units.length)
    problems.push(
      `${code} is listed as complete but ${units.length - translated} units have no translation`,
    );
}

// 3. The generated locale modules match the XLIFF (they are committed so a fresh clone runs).
litLocalize('build', {
  output: { outputDir: join(tmp, 'generated'), localeCodesModule: join(tmp, 'locale-codes.ts') },
});
for (const code of config.targetLocales) {
  const committed = join(config.output.outputDir, `${code}.ts`);
  const fresh = join(tmp, 'generated', `${code}.ts`);
  if (!existsSync(committed) || readFileSync(committed, 'utf8') !== readFileSync(fresh, 'utf8')) {
    problems.push(`${committed} is out of step with locales/${code}.xlf: run npm run locale:build`);
  }
}

if (problems.length) {
  console.error(`\nlocale:check failed (${problems.length}):`);
  for (const p of problems) console.error(`  - ${p}`);
  process.exit(1);
}
console.log('locale:check: ok');
