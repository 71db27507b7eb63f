import { isServer } from 'lit';

/**
 * The language asked for by the page around `element`: its own `lang`, then the nearest ancestor
 * with a `lang` (walking out through shadow roots, so an element rendered inside another nb-
 * element inherits its language), then `<html lang>`. Returns the raw attribute value.
 */
export function requestedLanguage(element: Element): string | undefined {
  // A server render has no DOM to walk (no `Element`, `ShadowRoot`): see locale/server.ts.
  if (isServer) return element.getAttribute('lang')?.trim() || undefined;
  // closest() finds the nearest one within each tree (native, so a language switch that asks
  // for every element on the page stays cheap); an empty or blank `lang` is passed over.
  const found = nearest(element, 'lang', (value) => (value.trim() ? value : undefined));
  if (found) return found;
  const rootLang = element.ownerDocument?.documentElement.getAttribute('lang');
  return rootLang?.trim() ? rootLang : undefined;
}

/** The nearest explicit `dir` (`ltr`/`rtl`) on the element or an ancestor, through shadow roots. */
export function requestedDirection(element: Element): 'ltr' | 'rtl' | undefined {
  if (isServer) return undefined;
  return nearest(element, 'dir', (value) => {
    const dir = value.trim().toLowerCase();
    return dir === 'ltr' || dir === 'rtl' ? dir : undefined;
  });
}

/**
 * The first value `accept` takes from the `attribute` of `element` or its ancestors, walking out
 * of each shadow root to its host.
 */
function nearest<T>(
  element: Element,
  attribute: 'lang' | 'dir',
  accept: (value: string) => T | undefined,
): T | undefined {
  let from: Element | null = element;
  while (from) {
    const found: Element | null = from.closest(`[${attribute}]`);
    if (!found) {
      from = hostOf(from);
      continue;
    }
    const value = accept(found.getAttribute(attribute) ?? '');
    if (value !== undefined) return value;
    from = found.parentElement ?? hostOf(found);
  }
  return undefined;
}

/** The shadow host of the tree `node` is in (null in the document or a detached tree). */
function hostOf(node: Node): Element | null {
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}
