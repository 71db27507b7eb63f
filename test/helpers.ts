import { aTimeout, waitUntil } from '@open-wc/testing';

/** The element's shadow root, asserting that it rendered one. */
export function shadow(el: Element): ShadowRoot {
  const root = el.shadowRoot;
  if (!root) throw new Error(`<${el.localName}> has no shadow root`);
  return root;
}

/** Trimmed, whitespace-collapsed text of the first match inside the element's shadow root. */
export function textOf(el: Element, selector: string): string {
  const node = shadow(el).querySelector(selector);
  if (!node) throw new Error(`no ${selector} in <${el.localName}>`);
  return (node.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** All rendered text of the element's shadow root, whitespace collapsed. */
export function renderedText(el: Element): string {
  return (shadow(el).textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Records console.warn calls until `restore()` is called. */
export function captureWarnings(): { messages: string[]; restore: () => void } {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
  };
  return { messages, restore: () => (console.warn = original) };
}

/** Waits until the element has re-rendered in `locale` (translations load lazily). */
export async function untilLocale(el: Element, locale: string): Promise<void> {
  await waitUntil(
    () => shadow(el).querySelector(`[lang="${locale}"]`) !== null,
    `<${el.localName}> did not render in ${locale}`,
    { timeout: 3000 },
  );
  await aTimeout(0);
}
