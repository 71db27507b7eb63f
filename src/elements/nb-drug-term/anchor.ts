import { autoUpdate, computePosition, flip, offset, shift } from '@floating-ui/dom';
import { EDGE, GAP } from './gap.js';

/**
 * Keeps `popup` next to `trigger` until the returned cleanup runs: below it, flipping above
 * when there is no room, shifted to stay inside the viewport. The fixed strategy (and the top
 * layer the popup is shown in) means no `overflow: hidden` ancestor or host z-index can clip or
 * cover it. `-start` follows the popup's direction, so in RTL it lines up with the word's right
 * edge. `onPlaced` runs once, after the first position is applied.
 *
 * Loaded lazily (see position.ts): @floating-ui/dom is only fetched when a popup first opens.
 * Until then, a popup with room below its word is shown where this puts it (`placeAtOnce`).
 */
export function anchorPopup(
  trigger: HTMLElement,
  popup: HTMLElement,
  onPlaced: () => void,
): () => void {
  let placed = false;
  let stopped = false;
  const place = async () => {
    const { x, y, placement } = await computePosition(trigger, popup, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [offset(GAP), flip({ padding: EDGE }), shift({ padding: EDGE })],
    });
    if (stopped) return;
    popup.style.left = `${Math.round(x)}px`;
    popup.style.top = `${Math.round(y)}px`;
    popup.dataset.placement = placement;
    if (!placed) {
      placed = true;
      onPlaced();
    }
  };
  const stop = autoUpdate(trigger, popup, () => void place());
  return () => {
    stopped = true;
    stop();
  };
}
