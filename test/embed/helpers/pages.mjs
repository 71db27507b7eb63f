// The pages of the embed tests: a titled page, a blank page with one pasted snippet, each
// element's case <div>, the CDN <script> tags with their integrity, and one snippet case per
// element and build (scripts/build/lib/snippets.mjs gives the snippets, as Storybook's "Show code" does).
import {
  EXAMPLE_ATTRIBUTES,
  SELF_HOSTED_BASE,
  cdnBase,
  fullSnippet,
} from '../../../scripts/build/lib/snippets.mjs';
import { allElements, elements, pkg, sri } from './build.mjs';

/** What must show inside an element with these attributes (elements.mjs has the defaults). */
export function expectedText(tag, attributes = {}) {
  if (tag === 'nb-drug-term') return [String(attributes.term).replace(/-/g, ' ')];
  if (tag === 'nb-glossary' && attributes.terms) return String(attributes.terms).split(/\s+/);
  if (tag === 'nb-helpline-banner' && (attributes.org || attributes.number))
    return [attributes.org, attributes.number].filter(Boolean).map(String);
  return allElements.find((e) => e.tag === tag)?.text ?? [];
}

export const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; " +
  "img-src 'self'; require-trusted-types-for 'script'";
export const cdnScript = (file) =>
  `<script type="module" src="/dist/cdn/${file}" integrity="${sri[file]}" crossorigin="anonymous"></script>`;
export const caseDiv = (e, extra = '') =>
  `<div class="case" data-tag="${e.tag}"${extra}>${e.snippet}</div>`;
export const snippets = elements.map((e) => caseDiv(e)).join('\n');
/** The first element again inside lang="es", so the page loads a lazy locale chunk. */
export const spanish = caseDiv(elements[0], ' lang="es"');
export const html = (title, head, body) =>
  `<!doctype html>\n<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title>${head}</head><body><h1>${title}</h1>${body}</body></html>`;

/**
 * @typedef {object} PageCase
 * @property {string} name
 * @property {string} path
 * @property {string} html
 * @property {Record<string, string>} [headers]
 * @property {(page: import('playwright-core').Page, log: PageLog) => Promise<string[]>} [check]
 * @property {'plain' | 'framework'} mode
 * @property {string[]} [tags]  which elements the page shows (default: all)
 * @property {(log: PageLog) => string[]} [warnings]  judge console warnings (default: none allowed)
 * @property {{ violation: RegExp, error: RegExp }} [probe]  the page's own expected violation
 * @property {RegExp} [missing]  paths the server answers 404 (a partner's incomplete copy)
 * @property {boolean} [served]  `path` is a file under a mount (the unpacked release), not `html`
 * @property {(tag: string) => string} [selector]  where each element is (default: its .case div)
 * @property {Record<string, string[]>} [expect]  text per tag (default: elements.mjs's)
 * @property {Record<string, string>} [integrity]  script src → the integrity it must carry
 * @property {boolean} [cdn]  answer the npm CDN URL of this version from dist/cdn
 */
/** @typedef {{ errors: string[], warnings: string[], violations: string[], failed: string[] }} PageLog */

/** A blank page with a pasted snippet: nothing else on it. */
export const blankPage = (title, snippet) =>
  `<!doctype html>\n<html lang="en-GB"><head><meta charset="utf-8"><title>${title}</title></head><body>\n${snippet}\n</body></html>`;
/** One snippet case: the element's example attributes, pasted into a blank page. */
export function snippetCase({
  tag,
  file,
  cdn = false,
  attributes = EXAMPLE_ATTRIBUTES[tag] ?? {},
  lang,
  theme,
  name,
  check,
}) {
  const base = cdn ? cdnBase(pkg.version) : SELF_HOSTED_BASE;
  const slug = `${tag}-${cdn ? 'cdn' : 'self'}-${file.replace(/\.js$/, '')}${lang ? `-${lang}` : ''}`;
  return {
    name:
      name ??
      `snippet: <${tag}> ${cdn ? 'from the npm CDN URL' : 'self-hosted'}, ${file} with integrity, pasted into a blank page`,
    path: `/snippet-${slug}.html`,
    mode: 'plain',
    tags: [tag],
    selector: (t) => `body > ${t}, body > p > ${t}`,
    expect: { [tag]: expectedText(tag, attributes) },
    integrity: { [base + file]: sri[file] },
    cdn,
    check,
    html: blankPage(
      `Snippet ${tag}`,
      fullSnippet({ tag, attributes, lang, theme, base, file, integrity: sri[file] }),
    ),
  };
}
