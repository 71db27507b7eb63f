import { warnOnce } from '../../internal/warn.js';

/** Whether this browser has the Popover API (top layer without a modal dialog). */
export const supportsPopover =
  typeof HTMLElement !== 'undefined' &&
  Object.prototype.hasOwnProperty.call(HTMLElement.prototype, 'popover');

type AnchorModule = typeof import('./anchor.js');
let loading: Promise<AnchorModule> | undefined;

/**
 * The positioning code (anchor.ts, with @floating-ui/dom) is the one dynamic import here: a page
 * whose terms are never opened never downloads it. On the CDN it is a lazy file in `chunks/`.
 */
function loadAnchor(): Promise<AnchorModule> {
  loading ??= import('./anchor.js').catch((error: unknown) => {
    loading = undefined; // the next open tries again
    throw error;
  });
  return loading;
}

/** Starts loading the positioning code early (the reader is resting on a word: it may open). */
export function preloadAnchor(): void {
  loadAnchor().catch(() => {});
}

/**
 * Keeps `popup` next to `trigger` (see anchor.ts) until the returned cleanup runs, loading the
 * positioning code first if this is the first popup on the page. `onPlaced` runs once the popup
 * has its position, so it can be made visible without a jump. If the code cannot load (e.g. a
 * CDN copy without its `chunks/` folder), the popup is placed just below the word, once.
 */
export function anchorPopup(
  trigger: HTMLElement,
  popup: HTMLElement,
  onPlaced: () => void,
): () => void {
  let stopped = false;
  let stop: (() => void) | undefined;
  loadAnchor().then(
    (anchor) => {
      if (!stopped) stop = anchor.anchorPopup(trigger, popup, onPlaced);
    },
    (error: unknown) => {
      warnOnce(`nb-widgets: could not load the popup positioning code (${String(error)}).`);
      if (stopped) return;
      const word = trigger.getBoundingClientRect();
      popup.style.left = `${Math.round(word.left)}px`;
      popup.style.top = `${Math.round(word.bottom + 6)}px`;
      onPlaced();
    },
  );
  return () => {
    stopped = true;
    stop?.();
  };
}
