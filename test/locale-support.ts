// Shared by the locale tests: every element the package registers, sample markup for each, and
// the English sentences a translation must not leak.
import { aTimeout, fixture, waitUntil } from '@open-wc/testing';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import '../src/index.js';

/** Markup that shows what an element is for (elements that need an attribute or content). */
const samples: Record<string, string> = {
  'nb-drug-term': '<nb-drug-term term="topotecan">topotecan</nb-drug-term>',
  'nb-glossary-scope':
    '<nb-glossary-scope><p>Some children have topotecan with other drugs.</p></nb-glossary-scope>',
};

/** Every nb- element that src/index.ts registers (read from the module, so none is forgotten). */
export async function registeredTags(): Promise<string[]> {
  const source = await (await fetch('/src/index.ts')).text();
  const tags = [...source.matchAll(/elements\/(nb-[a-z-]+)\/define\.[jt]s/g)].map((m) => m[1]);
  return [...new Set(tags)].filter((tag) => customElements.get(tag));
}

/** Renders `tag` inside a wrapper with the given attributes; returns wrapper and element. */
export async function renderIn(
  tag: string,
  wrapperAttrs: Record<string, string> = {},
): Promise<{ wrapper: HTMLElement; el: HTMLElement }> {
  const markup = samples[tag] ?? `<${tag}></${tag}>`;
  const wrapper = await fixture<HTMLElement>(
    staticHtml`<div class="locale-test">${unsafeStatic(markup)}</div>`,
  );
  for (const [name, value] of Object.entries(wrapperAttrs)) wrapper.setAttribute(name, value);
  let el = wrapper.querySelector<HTMLElement>(tag)!;
  // <nb-glossary-scope> renders nothing of its own: what readers see are the terms it creates.
  if (tag === 'nb-glossary-scope') {
    await waitUntil(() => el.querySelector('nb-drug-term'), 'the scope wrapped no term');
    el = el.querySelector<HTMLElement>('nb-drug-term')!;
  }
  // Rendering with a fixed clock keeps the helpline's status stable across runs.
  (el as HTMLElement & { now?: () => Date }).now = () => new Date('2026-03-10T10:00:00Z');
  return { wrapper, el };
}

/** Waits until `el` (and nb- elements it renders) show `locale` on their rendered root. */
export async function untilRenderedIn(el: HTMLElement, locale: string): Promise<void> {
  await (el as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
  // An element whose content opens on demand (the <nb-drug-term> toggletip) is opened first,
  // and its text is in once it is placed (its positioning code may still be loading).
  let opened = false;
  if (!el.shadowRoot?.querySelector('.nb-root')) {
    el.shadowRoot?.querySelector<HTMLElement>('[aria-expanded="false"]')?.click();
    opened = true;
  }
  await waitUntil(
    () =>
      el.shadowRoot?.querySelector(`.nb-root[lang="${locale}"]`) != null &&
      (!opened || el.shadowRoot.querySelector('[part="definition"]') != null),
    `<${el.localName}> did not render in ${locale}`,
    { timeout: 4000 },
  );
  await aTimeout(50);
}

/** Every shadow root inside `el`'s own shadow root (nested nb- elements included). */
export function shadowRoots(el: Element): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  const visit = (root: ShadowRoot) => {
    roots.push(root);
    for (const child of root.querySelectorAll('*')) if (child.shadowRoot) visit(child.shadowRoot);
  };
  if (el.shadowRoot) visit(el.shadowRoot);
  return roots;
}

/** All rendered text of an element, through nested shadow roots, whitespace collapsed. */
export function allText(el: Element): string {
  return shadowRoots(el)
    .map((root) => root.textContent ?? '')
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The English sentences of a locale's XLIFF whose translation differs: if one of them shows up
 * in the rendered text, a message was not translated. (Placeholder-free units of 12+ letters.)
 */
export async function englishThatMustNotShow(locale: string): Promise<string[]> {
  const text = await (await fetch(`/locales/${locale}.xlf`)).text();
  const doc = new DOMParser().parseFromString(text, 'application/xml');
  const out: string[] = [];
  for (const unit of doc.querySelectorAll('trans-unit')) {
    const source = unit.querySelector('source');
    const target = unit.querySelector('target');
    if (!source || !target || source.querySelector('x')) continue;
    const english = (source.textContent ?? '').trim();
    if (english.length >= 12 && english !== (target.textContent ?? '').trim()) out.push(english);
  }
  return out;
}
