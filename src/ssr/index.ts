/**
 * Server rendering for Node (`nb-widgets/ssr`): nb- elements as declarative shadow DOM, so a page
 * shows their full text before (or without) JavaScript, and the browser hydrates them in place.
 * Uses `@lit-labs/ssr`; import it in Node only (it registers the elements on Lit's DOM shim).
 */
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { parse, parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import '../index.js';
import { directionOf, inLocale, readyLocale, sourceLocale } from '../locale/server.js';
import { withServerPage } from '../internal/server-page.js';
import { elementTags } from '../internal/tags.js';
import { VERSION } from '../internal/version.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

export { VERSION };

export interface RenderOptions {
  /**
   * The language for elements when neither they nor an ancestor in the HTML has a `lang`
   * attribute (a BCP 47 tag: `es`, `cy-GB`, `ar`). Unsupported or unset: English.
   */
  locale?: string;
  /** The text direction around elements when the HTML does not say (`dir`); default `ltr`. */
  dir?: 'ltr' | 'rtl';
  /**
   * The address the page will be served from, e.g. `https://charity.example/help/`: relative
   * links in attributes (`trials-href="/trials"`) are resolved against it, as the browser does
   * against the page. Without it, relative links are left out of the server's HTML (with one
   * warning each) and appear once the script runs.
   */
  baseUrl?: string;
}

/** The nb- elements this version can render. */
export function renderableTags(): readonly string[] {
  return [...TAGS];
}

const TAGS = new Set<string>(elementTags);

const NOT_RENDERED_INSIDE = new Set(['template', 'script', 'style', 'noscript', 'textarea']);

interface Found {
  start: number;
  end: number;
  lang: string | undefined;
  dir: 'ltr' | 'rtl' | undefined;
}

const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;

/**
 * Every outermost nb- element in the tree with the nearest `lang` and `dir` around it (its own
 * first). Elements inside another nb- element are rendered with it (its light DOM or template).
 */
function findElements(
  node: Node,
  lang: string | undefined,
  dir: 'ltr' | 'rtl' | undefined,
  out: Found[],
): void {
  if (!('childNodes' in node)) return;
  for (const child of node.childNodes) {
    if (!('tagName' in child)) continue;
    const ownLang = attr(child, 'lang')?.trim();
    const ownDir = attr(child, 'dir')?.trim().toLowerCase();
    const childLang = ownLang || lang;
    const childDir = ownDir === 'ltr' || ownDir === 'rtl' ? ownDir : dir;
    const loc = child.sourceCodeLocation;
    if (TAGS.has(child.tagName) && loc?.endTag) {
      out.push({ start: loc.startOffset, end: loc.endOffset, lang: childLang, dir: childDir });
      continue;
    }
    if (NOT_RENDERED_INSIDE.has(child.tagName)) continue;
    findElements(child, childLang, childDir, out);
  }
}

const OPEN_PART = /^<!--lit-part [^>]*-->/;
const CLOSE_PART = /<!--\/lit-part-->$/;

/**
 * Renders one element's HTML (the partner's own markup, light DOM included) with declarative
 * shadow DOM. The markup becomes a static Lit template: it must be the site's own HTML, never
 * text from readers (the same trust as the rest of the page you are building).
 */
function renderMarkup(
  markup: string,
  locale: string,
  dir: 'ltr' | 'rtl' | undefined,
  baseUrl: string | undefined,
): string {
  const strings = Object.assign([markup], { raw: [markup] }) as unknown as TemplateStringsArray;
  const out = withServerPage({ locale, dir: dir ?? directionOf(locale), baseUrl }, () =>
    inLocale(locale, () => collectResultSync(render(html(strings)))),
  );
  // The page is not one Lit template: drop the markers around the whole markup.
  return out.replace(OPEN_PART, '').replace(CLOSE_PART, '');
}

/**
 * Replaces each nb- element in an HTML document (or fragment) with its server-rendered form:
 * the same element and attributes, a declarative shadow root with its content and styles, and
 * the partner's light-DOM fallback kept as it was. Everything else is left byte for byte.
 * Locale: the element's `lang`, else an ancestor's (`<html lang>`), else `options.locale`.
 */
export async function prerenderHtml(input: string, options: RenderOptions = {}): Promise<string> {
  const isDocument = /^\s*(<!--[\s\S]*?-->\s*)*(<!doctype|<html)/i.test(input);
  const tree = isDocument
    ? parse(input, { sourceCodeLocationInfo: true })
    : parseFragment(input, { sourceCodeLocationInfo: true });
  const found: Found[] = [];
  findElements(tree, undefined, undefined, found);
  let output = '';
  let from = 0;
  for (const f of found) {
    const locale = await readyLocale(f.lang ?? options.locale);
    let markup = input.slice(f.start, f.end);
    // A language or direction the HTML does not say goes on the element, so the browser resolves
    // the same locale when it hydrates (else it would render English over the server's text).
    const extra = [
      f.lang === undefined && locale !== sourceLocale ? ` lang="${locale}"` : '',
      f.dir === undefined && options.dir ? ` dir="${options.dir}"` : '',
    ].join('');
    if (extra) markup = markup.replace(/^<[a-z][a-z0-9-]*/i, (open) => `${open}${extra}`);
    output += input.slice(from, f.start);
    output += renderMarkup(markup, locale, f.dir ?? options.dir, options.baseUrl);
    from = f.end;
  }
  return output + input.slice(from);
}

/**
 * Server-renders one element: a tag name (`nb-helpline-banner`) or the element's HTML
 * (`<nb-drug-term term="topotecan">topotecan</nb-drug-term>`).
 */
export async function renderToString(
  tagOrElementHtml: string,
  options: RenderOptions = {},
): Promise<string> {
  const source = tagOrElementHtml.trim();
  const markup = /^nb-[a-z-]+$/.test(source) ? `<${source}></${source}>` : source;
  const tag = /^<([a-z][a-z0-9-]*)/i.exec(markup)?.[1]?.toLowerCase();
  if (!tag || !TAGS.has(tag))
    throw new TypeError(
      `nb-widgets/ssr: renderToString() takes an nb- element (${[...TAGS].join(', ')}), ` +
        `got "${source.slice(0, 60)}".`,
    );
  return prerenderHtml(markup, options);
}
