/**
 * Shared by the server-rendering browser tests (test/ssr-*.test.ts): the prerendered partner
 * page (scripts/test/wtr-ssr.mjs), each locale's text for a unit (read from the XLIFF files) and the
 * text of a tree that a reader can actually see. Imports no element.
 */
export const SSR_LOCALES = ['en', 'es', 'cy', 'ar'] as const;

export const pageUrl = (lang: string) => `/__ssr/page.html?lang=${lang}`;

/** The unit texts each element must show without JavaScript. */
export const EXPECTED: Record<string, string[]> = {
  'nb-helpline-banner': ['helpline.org', 'helpline.bank-holiday-note'],
  'nb-treatment-card': [
    'card.title',
    'treatment.heading.options',
    'treatment.heading.research',
    'treatment.heading.helpline',
  ],
  'nb-trial-list': ['trial-list.heading', 'trial-list.group-open', 'trial-list.group-closed'],
  'nb-glossary': ['glossary.dinutuximab-beta.name', 'glossary.dinutuximab-beta.definition'],
};

const xliff = new Map<string, Document>();

/** A plain unit's text in `locale`: the XLIFF source for English, else its target. */
export async function unitText(locale: string, id: string): Promise<string> {
  const file = locale === 'en' ? 'es' : locale;
  let doc = xliff.get(file);
  if (!doc) {
    const text = await (await fetch(`/locales/${file}.xlf`)).text();
    doc = new DOMParser().parseFromString(text, 'application/xml');
    xliff.set(file, doc);
  }
  const unit = [...doc.querySelectorAll('trans-unit')].find((u) => u.getAttribute('id') === id);
  const text = unit?.querySelector(locale === 'en' ? 'source' : 'target')?.textContent;
  if (!text) throw new Error(`no ${locale} text for ${id}`);
  return text;
}

/** Text of every visible text node under `root`, through open shadow roots and slots. */
export function visibleText(root: Node): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      const parent = node.parentElement;
      const range = node.ownerDocument!.createRange();
      range.selectNodeContents(node);
      if (parent && parent.checkVisibility({ visibilityProperty: true, opacityProperty: true }))
        if (range.getClientRects().length > 0) parts.push(node.textContent ?? '');
      return;
    }
    const el = node as Element;
    if (el.localName === 'style' || el.localName === 'script') return;
    if (el.shadowRoot) {
      walk(el.shadowRoot);
      return; // Light DOM shows only through slots, walked from the shadow tree.
    }
    if (el.localName === 'slot') {
      const assigned = (el as HTMLSlotElement).assignedNodes({ flatten: true });
      (assigned.length ? assigned : [...el.childNodes]).forEach(walk);
      return;
    }
    node.childNodes.forEach(walk);
  };
  walk(root);
  return parts
    .join(' ')
    .replace(/[\u2066-\u2069\u200e\u200f]/g, '')
    .replace(/\s+/g, ' ');
}

/** The `<main>` of the prerendered page, as HTML (for parsing into this document). */
export async function prerenderedMain(lang: string): Promise<string> {
  const page = await (await fetch(pageUrl(lang))).text();
  const main = /<main>[\s\S]*<\/main>/.exec(page)?.[0];
  if (!main) throw new Error(`no <main> in the prerendered page:\n${page.slice(0, 300)}`);
  return main;
}
