import { isServer } from 'lit';

/**
 * The language asked for by the page around `element`: its own `lang`, then the nearest ancestor
 * with a `lang` (walking out through shadow roots, so an element rendered inside another nb-
 * element inherits its language), then `<html lang>`. Returns the raw attribute value.
 */
export function requestedLanguage(element: Element): string | undefined {
  // A server render has no DOM to walk (no `Element`, `ShadowRoot`): see locale/server.ts.
  if (isServer) return element.getAttribute('lang')?.trim() || undefined;
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang && lang.trim()) return lang;
    }
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  const rootLang = element.ownerDocument?.documentElement.getAttribute('lang');
  return rootLang?.trim() ? rootLang : undefined;
}

/** The nearest explicit `dir` (`ltr`/`rtl`) on the element or an ancestor, through shadow roots. */
export function requestedDirection(element: Element): 'ltr' | 'rtl' | undefined {
  if (isServer) return undefined;
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const dir = node.getAttribute('dir')?.trim().toLowerCase();
      if (dir === 'ltr' || dir === 'rtl') return dir;
    }
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return undefined;
}
