import type { CSSResultOrNative } from 'lit';

/** Marks the `<style>` elements written when a document cannot adopt the shared sheets. */
const FALLBACK = 'data-nb-styles';

/**
 * Gives a shadow root the element's styles in whatever document it lives in now. The shared
 * constructed sheets belong to the page's document; a root in another document (a same-origin
 * iframe the element was first connected to, or moved into) cannot adopt them ("Sharing
 * constructed stylesheets in multiple documents is not allowed"), and moving a root between
 * documents drops them (lit/lit#4868). So: adopt when that works, else write `<style>`
 * elements with the same rules (with Lit's `litNonce` for a CSP). Safe to call on every connect.
 */
export function applyStyles(root: ShadowRoot, styles: readonly CSSResultOrNative[]): void {
  const sheets = styles.map((s) => (s instanceof CSSStyleSheet ? s : s.styleSheet));
  const old = [...root.querySelectorAll(`style[${FALLBACK}]`)];
  if (sheets.every((s): s is CSSStyleSheet => s !== undefined)) {
    try {
      root.adoptedStyleSheets = sheets;
      if (root.adoptedStyleSheets.length === sheets.length) {
        old.forEach((s) => s.remove());
        return;
      }
    } catch {
      // Another document's sheets: fall through to <style>.
    }
  }
  if (old.length > 0) return;
  root.adoptedStyleSheets = [];
  const nonce = (globalThis as { litNonce?: string }).litNonce;
  const doc = root.ownerDocument;
  const elements = styles.map((s) => {
    const style = doc.createElement('style');
    style.setAttribute(FALLBACK, '');
    if (nonce) style.setAttribute('nonce', nonce);
    style.textContent =
      s instanceof CSSStyleSheet ? [...s.cssRules].map((r) => r.cssText).join('\n') : s.cssText;
    return style;
  });
  root.prepend(...elements);
}
