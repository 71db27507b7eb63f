// Shared by the locale scripts: reading a project's locale configuration, running lit-localize
// with absolute paths, parsing XLIFF 1.2 units and hashing a unit's English for sign-off.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import { SaxesParser } from 'saxes';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const litLocalizeBin = join(repoRoot, 'node_modules', '.bin', 'lit-localize');

/** States that claim a target is translated: such a target must not be empty. */
export const TRANSLATED_STATES = new Set(['translated', 'final', 'signed-off']);

/** lit-localize.json and locales/locales.json of the project at `root`. */
export function readProject(root, localesDir) {
  const config = JSON.parse(readFileSync(join(root, 'lit-localize.json'), 'utf8'));
  const xliffDir = localesDir ? resolve(localesDir) : resolve(root, config.interchange.xliffDir);
  const registryPath = join(xliffDir, 'locales.json');
  const registry = existsSync(registryPath)
    ? JSON.parse(readFileSync(registryPath, 'utf8'))
    : { sourceLocale: config.sourceLocale, locales: {} };
  return { root: resolve(root), config, xliffDir, registryPath, registry };
}

/**
 * Runs `lit-localize <command>` for the project with every path made absolute (paths in a
 * lit-localize config are relative to the config file, which lives in a temporary folder here).
 */
export function runLitLocalize(project, command, { tmp, targetLocales, xliffDir, outputDir }) {
  const { config, root } = project;
  const cfg = structuredClone(config);
  cfg.tsConfig = resolve(root, cfg.tsConfig);
  if (targetLocales) cfg.targetLocales = targetLocales;
  cfg.interchange.xliffDir = resolve(xliffDir ?? resolve(root, cfg.interchange.xliffDir));
  cfg.output.outputDir = resolve(outputDir ?? resolve(root, cfg.output.outputDir));
  cfg.output.localeCodesModule = outputDir
    ? join(resolve(outputDir), 'locale-codes.ts')
    : resolve(root, cfg.output.localeCodesModule);
  mkdirSync(tmp, { recursive: true });
  const file = join(tmp, `lit-localize.${command}.json`);
  writeFileSync(file, JSON.stringify(cfg));
  // spawnSync keeps stderr on success too: lit-localize build warns there, once per unit without
  // a translation (scripts/locale/build.mjs sums those warnings up).
  const r = spawnSync(litLocalizeBin, [command, '--config', file], { cwd: root, encoding: 'utf8' });
  const output = `${r.stdout ?? ''}${r.stderr ?? ''}`.trim();
  if (r.error) return { ok: false, output: String(r.error), stderr: '' };
  return { ok: r.status === 0, output, stderr: r.stderr ?? '' };
}

/** The first well-formedness error of an XML text (xmldom alone accepts mismatched tags). */
function wellFormednessError(text) {
  const parser = new SaxesParser({ xmlns: true });
  let first;
  parser.on('error', (error) => {
    first ??= `line ${error.message}`;
  });
  try {
    parser.write(text).close();
  } catch (error) {
    first ??= String(error);
  }
  return first;
}

/** Parses XLIFF text; `errors` lists XML problems (an invalid file has no units). */
export function parseXliff(text) {
  const strict = wellFormednessError(text);
  if (strict) return { errors: [strict], units: [], targetLanguage: undefined };
  const errors = [];
  const doc = new DOMParser({
    errorHandler: {
      warning: () => {},
      error: (e) => errors.push(String(e).split('\n')[0]),
      fatalError: (e) => errors.push(String(e).split('\n')[0]),
    },
  }).parseFromString(text, 'text/xml');
  if (errors.length || !doc?.documentElement || doc.documentElement.nodeName !== 'xliff') {
    if (!errors.length) errors.push('the root element is not <xliff>');
    return { errors, units: [], targetLanguage: undefined };
  }
  const file = doc.getElementsByTagName('file')[0];
  const units = Array.from(doc.getElementsByTagName('trans-unit')).map((unit) => {
    const source = unit.getElementsByTagName('source')[0];
    const target = unit.getElementsByTagName('target')[0];
    // lit-localize writes the developers' note (from="lit-localize"); locale:add may add its own
    // (from="nb-widgets", e.g. which numbers a plural form is for), which extract keeps.
    const notes = Array.from(unit.getElementsByTagName('note'));
    const note =
      notes.find((n) => n.getAttribute('from') === 'lit-localize') ??
      notes.find((n) => n.getAttribute('from') !== 'nb-widgets');
    return {
      id: unit.getAttribute('id'),
      source,
      target,
      targetCount: unit.getElementsByTagName('target').length,
      state: target?.getAttribute('state') || undefined,
      sourceXml: contentXml(source),
      targetXml: contentXml(target),
      note: note?.textContent ?? '',
    };
  });
  return { errors, units, targetLanguage: file?.getAttribute('target-language') ?? undefined };
}

/** The serialized content of a <source>/<target> (text and placeholders, no wrapper). */
export function contentXml(node) {
  if (!node) return '';
  const serializer = new XMLSerializer();
  return Array.from(node.childNodes)
    .map((child) => serializer.serializeToString(child))
    .join('');
}

/** Placeholders (`<x>`/`<ph>`) of a source or target, as `id=equiv-text`, in document order. */
export function placeholders(node) {
  if (!node) return [];
  return Array.from(node.childNodes)
    .filter((c) => c.nodeType === 1 && (c.nodeName === 'x' || c.nodeName === 'ph'))
    .map((x) =>
      x.nodeName === 'x'
        ? `${x.getAttribute('id')}=${x.getAttribute('equiv-text') ?? ''}`
        : `${x.getAttribute('id')}=${x.textContent ?? ''}`,
    );
}

/** Element names in a target other than the placeholders lit-localize understands. */
export function unexpectedMarkup(node) {
  if (!node) return [];
  return Array.from(node.childNodes)
    .filter((c) => c.nodeType === 1 && c.nodeName !== 'x' && c.nodeName !== 'ph')
    .map((c) => `<${c.nodeName}>`);
}

/** Whether a target has anything in it (text that is not blank, or a placeholder). */
export function hasContent(node) {
  return !!node && (!!node.textContent?.trim() || placeholders(node).length > 0);
}

export function sha256(text) {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Exits with a message when `tag` is not a well-formed BCP 47 language tag. */
export function canonicalTag(tag) {
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

/**
 * The current English messages, from a throw-away `lit-localize extract` into `tmp`:
 * `units` maps each message id to its unit (source, note); `xliffDir` also holds a fresh
 * `<code>.xlf` (sources only) for each of `extraLocales` (the pseudo-locales use them).
 */
export function extractSourceUnits(project, tmp, extraLocales = []) {
  const xliffDir = join(tmp, 'source-xliff');
  mkdirSync(xliffDir, { recursive: true });
  const probe = 'zxx';
  const r = runLitLocalize(project, 'extract', {
    tmp,
    targetLocales: [...extraLocales, probe],
    xliffDir,
  });
  if (!r.ok) return { error: `lit-localize extract failed:\n${r.output}` };
  const parsed = parseXliff(readFileSync(join(xliffDir, `${probe}.xlf`), 'utf8'));
  return { units: new Map(parsed.units.map((u) => [u.id, u])), xliffDir };
}
