import { warnOnce } from '../../internal/warn.js';
import { EDGE, GAP } from './gap.js';

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

/** Starts loading the positioning code early (the reader is resting on or pressing a word). */
export function preloadAnchor(): void {
  loadAnchor().catch(() => {});
}

/**
 * Puts an open `popup` where anchor.ts will also put it whenever it needs neither flipping nor
 * shifting: just below the word, lined up with its start (its right edge in RTL), rounded the
 * same way. This is no collision logic: when that spot comes within `EDGE` of the viewport's
 * edge, nothing is moved and it returns false, and the popup waits (invisible) for
 * @floating-ui/dom to place it. Otherwise the popup can be shown in the same frame it opens,
 * even on the first open of a page, before the positioning code has loaded; anchor.ts then
 * finds it already where it belongs, so it never jumps (and writes `data-placement`).
 */
export function placeAtOnce(trigger: HTMLElement, popup: HTMLElement): boolean {
  const word = trigger.getBoundingClientRect();
  const { width, height } = popup.getBoundingClientRect();
  const rtl = getComputedStyle(popup).direction === 'rtl';
  const x = rtl ? word.right - width : word.left;
  const y = word.bottom + GAP;
  // The viewport floating-ui keeps a fixed popup in: the visual one (every supported browser).
  const view = popup.ownerDocument.defaultView?.visualViewport;
  if (!view) return false;
  const { offsetLeft: left, offsetTop: top } = view;
  const fits =
    x >= left + EDGE &&
    x + width <= left + view.width - EDGE &&
    y >= top + EDGE &&
    y + height <= top + view.height - EDGE;
  if (!fits) return false;
  popup.style.left = `${Math.round(x)}px`;
  popup.style.top = `${Math.round(y)}px`;
  return true;
}

/**
 * Keeps `popup` next to `trigger` (see anchor.ts) until the returned cleanup runs, loading the
 * positioning code first if this is the first popup on the page. `onPlaced` runs once the popup
 * has its position. If the code cannot load (e.g. a CDN copy without its `chunks/` folder), the
 * popup is placed just below the word, once.
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
      popup.style.top = `${Math.round(word.bottom + GAP)}px`;
      onPlaced();
    },
  );
  return () => {
    stopped = true;
    stop?.();
  };
}
