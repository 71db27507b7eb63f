// Shared by the locale scripts: the project's lit-localize configuration and @lit/localize-tools'
// own API for it (extracting the English messages, reading the XLIFF translations, writing the
// XLIFF files, building the locale modules: no CLI runs, no temporary config files), plus what
// that API does not give (it drops a unit's state="…" and notes, and reads leniently): our own
// reading of each XLIFF unit with @xmldom/xmldom, the XML library lit-localize itself uses, and
// the sign-off hash of a unit's English.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readConfigFileAndWriteSchema } from '@lit/localize-tools/lib/config.js';
import { sortProgramMessages } from '@lit/localize-tools/lib/messages.js';
import { RuntimeLitLocalizer } from '@lit/localize-tools/lib/modes/runtime.js';
import { DOMImplementation, DOMParser, XMLSerializer } from '@xmldom/xmldom';
import { __DOMHandler as DOMHandler } from '@xmldom/xmldom/lib/dom-parser.js';
import ts from 'typescript';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const XLIFF_NS = 'urn:oasis:names:tc:xliff:document:1.2';

/** States that claim a target is translated: such a target must not be empty. */
export const TRANSLATED_STATES = new Set(['translated', 'final', 'signed-off']);

/**
 * lit-localize.json (read and validated by localize-tools) and locales/locales.json of the
 * project at `root`; `localesDir` replaces the XLIFF folder (the tests' fixtures).
 */
export function readProject(root, localesDir) {
  const config = readConfigFileAndWriteSchema(join(resolve(root), 'lit-localize.json'));
  const xliffDir = localesDir ? resolve(localesDir) : config.resolve(config.interchange.xliffDir);
  const registryPath = join(xliffDir, 'locales.json');
  const registry = existsSync(registryPath)
    ? JSON.parse(readFileSync(registryPath, 'utf8'))
    : { sourceLocale: config.sourceLocale, locales: {} };
  return { root: resolve(root), config, xliffDir, registryPath, registry };
}

/**
 * A localize-tools RuntimeLitLocalizer for the project, its paths absolute; `targetLocales`,
 * `xliffDir` and `outputDir` (which then holds locale-codes.ts too) replace the project's.
 * `translations` (Map locale → messages) adds translations that have no XLIFF file (the
 * pseudo-locales).
 */
export function localizer(project, { targetLocales, xliffDir, outputDir, translations } = {}) {
  const { config } = project;
  const output = { ...config.output };
  if (output.mode !== 'runtime')
    throw new Error('lit-localize.json: output.mode must be "runtime"');
  output.outputDir = outputDir ? resolve(outputDir) : config.resolve(output.outputDir);
  output.localeCodesModule = outputDir
    ? join(resolve(outputDir), 'locale-codes.ts')
    : config.resolve(output.localeCodesModule);
  const localizer = new RuntimeLitLocalizer({
    ...config,
    targetLocales: targetLocales ?? config.targetLocales,
    interchange: { ...config.interchange, xliffDir: xliffDir ?? project.xliffDir },
    output,
  });
  if (translations) {
    const read = localizer.readTranslationsSync.bind(localizer);
    localizer.readTranslationsSync = () => {
      const result = read();
      for (const [locale, messages] of translations) result.translations.set(locale, messages);
      return result;
    };
  }
  return localizer;
}

/** The English messages of the project's source, in lit-localize's XLIFF order. */
export function sourceMessages(localize) {
  const { messages, errors } = localize.extractSourceMessages();
  if (errors.length)
    return {
      error: `lit-localize could not read the source:\n${ts.formatDiagnostics(errors, {
        getCanonicalFileName: (f) => f,
        getCurrentDirectory: () => process.cwd(),
        getNewLine: () => '\n',
      })}`,
    };
  return { messages: sortProgramMessages([...messages]) };
}

/**
 * Runs `task` (a localize-tools call) and returns its result and the warnings it printed:
 * lit-localize's build warns once per unit without a translation (build.mjs sums them up).
 */
export async function collectWarnings(task) {
  const warnings = [];
  const warn = console.warn;
  console.warn = (...args) => warnings.push(args.join(' '));
  try {
    return { result: await task(), warnings };
  } finally {
    console.warn = warn;
  }
}

/**
 * The current English messages, straight from the TypeScript source through localize-tools:
 * `units` maps each message id to its unit ({ id, source, sourceXml, note }, the form
 * parseXliff gives a freshly extracted XLIFF unit); `messages` are localize-tools' own.
 */
export function extractSourceUnits(project, localize = localizer(project)) {
  const extracted = sourceMessages(localize);
  if (extracted.error) return extracted;
  const doc = new DOMImplementation().createDocument(XLIFF_NS, 'xliff', null);
  const style = project.config.interchange.placeholderStyle ?? 'x';
  const units = new Map();
  for (const message of extracted.messages) {
    // The <source> lit-localize writes for the message (formatters/xliff.js encodeContents).
    const source = doc.createElementNS(XLIFF_NS, 'source');
    for (const part of message.contents) {
      if (typeof part === 'string') {
        source.appendChild(doc.createTextNode(part));
        continue;
      }
      const ph = doc.createElementNS(XLIFF_NS, style);
      ph.setAttribute('id', String(part.index));
      if (style === 'x') ph.setAttribute('equiv-text', part.untranslatable);
      else ph.appendChild(doc.createTextNode(part.untranslatable));
      source.appendChild(ph);
    }
    units.set(message.name, {
      id: message.name,
      source,
      sourceXml: contentXml(source),
      note: message.desc ?? '',
    });
  }
  return { units, messages: extracted.messages, localizer: localize };
}

/**
 * xmldom's DOM builder, noting the elements a close tag never ends: xmldom skips a close tag
 * that does not match the open element (`<target>…</targt>`) without a word.
 */
class StrictDOMHandler extends DOMHandler {
  endDocument() {
    if (this.currentElement?.nodeType === 1) this.unclosed = this.currentElement;
    super.endDocument();
  }
}

/** Parses XLIFF text; `errors` lists XML problems (an invalid file has no units). */
export function parseXliff(text) {
  const errors = [];
  // xmldom's messages end with "@#[line:12,col:3]": put the place first, as "line 12:3: …".
  const report = (e) => {
    const [text, place] = String(e)
      .replace(/^\[xmldom \w+\]\s*/, '')
      .split('\n@#');
    const at = /line:(\d+),col:(\d+)/.exec(place ?? '');
    errors.push(at ? `line ${at[1]}:${at[2]}: ${text.trim()}` : text.trim());
  };
  const locator = {};
  const builder = new StrictDOMHandler();
  const doc = new DOMParser({
    locator,
    domBuilder: builder,
    errorHandler: { warning: report, error: report, fatalError: report },
  }).parseFromString(text, 'text/xml');
  if (builder.unclosed) {
    const { tagName, lineNumber, columnNumber } = builder.unclosed;
    errors.unshift(
      `line ${lineNumber}:${columnNumber}: <${tagName}> is not closed (a close tag is missing or misspelt)`,
    );
  }
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
