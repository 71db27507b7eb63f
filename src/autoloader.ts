/**
 * The CDN autoloader (`dist/cdn/autoloader.js`): registers only the nb- elements a page uses.
 * It looks for undefined `nb-*` tags in the document, then imports each one's per-element file
 * (`dist/cdn/nb-<name>.js`); a MutationObserver does the same for tags added later, in the
 * document and in the open shadow roots of elements it finds. Modelled on Shoelace's autoloader.
 *
 * The map is explicit (not a template-literal import) so that rollup turns each entry into the
 * per-element file the CDN build already writes; scripts/build/build.mjs fails if an element is missing.
 * It is typed against the list of tags (src/internal/tags.ts), so tsc fails on a missing or
 * unknown tag too; a lookup by any other name gives undefined.
 */
import type { ElementTag } from './internal/tags.js';

type Loader = () => Promise<unknown>;

const loaders: Partial<Record<string, Loader>> = {
  'nb-drug-term': () => import('./elements/nb-drug-term/define.js'),
  'nb-glossary': () => import('./elements/nb-glossary/define.js'),
  'nb-glossary-scope': () => import('./elements/nb-glossary-scope/define.js'),
  'nb-helpline-banner': () => import('./elements/nb-helpline-banner/define.js'),
  'nb-treatment-card': () => import('./elements/nb-treatment-card/define.js'),
  'nb-trial-list': () => import('./elements/nb-trial-list/define.js'),
} satisfies Record<ElementTag, Loader>;

const requested = new Map<string, Promise<unknown>>();
const observed = new WeakSet<Node>();

/** Imports the file of one tag, once; an unknown `nb-*` tag warns once and is left alone. */
function register(tag: string): Promise<unknown> {
  const known = requested.get(tag);
  if (known) return known;
  const load = loaders[tag];
  const loading = load
    ? load().catch((error: unknown) => {
        requested.delete(tag);
        console.warn(`nb-widgets autoloader: could not load <${tag}>.`, error);
      })
    : Promise.resolve(
        console.warn(`nb-widgets autoloader: <${tag}> is not an nb-widgets element.`),
      );
  requested.set(tag, loading);
  return loading;
}

/** Registers every undefined nb- tag in `root` (itself included) and watches its shadow roots. */
export function discover(root: Element | Document | ShadowRoot): Promise<unknown> {
  const elements = [...root.querySelectorAll('*')];
  if (root instanceof Element) elements.unshift(root);
  const tags = new Set<string>();
  for (const element of elements) {
    const tag = element.localName;
    if (tag.startsWith('nb-') && !customElements.get(tag)) tags.add(tag);
    const shadow = element.shadowRoot;
    if (shadow && !observed.has(shadow)) {
      observe(shadow);
      void discover(shadow);
    }
  }
  return Promise.allSettled([...tags].map(register));
}

const observer = new MutationObserver((mutations) => {
  for (const { addedNodes } of mutations)
    for (const node of addedNodes) if (node instanceof Element) void discover(node);
});

function observe(root: Document | ShadowRoot): void {
  observed.add(root);
  observer.observe(root, { subtree: true, childList: true });
}

observe(document);
void discover(document);
