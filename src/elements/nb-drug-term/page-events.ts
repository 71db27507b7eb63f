import { preloadAnchor } from './position.js';

/** Where in a term an event happened. */
export type TermZone = 'trigger' | 'popup' | 'more';

/** What the page-wide listeners need from a term. */
export interface PageTerm extends HTMLElement {
  readonly open: boolean;
  /** Which part of this term `path` passes through, if any. */
  zoneOf(path: readonly EventTarget[]): TermZone | undefined;
  onTriggerClick(event: MouseEvent, pointerType: string): void;
  onHoverStart(): void;
  onHoverEnd(): void;
  onTriggerFocus(): void;
  onFocusLeave(event: FocusEvent): void;
  onEscape(): void;
  hide(): void;
}

/** Terms whose popup is open (at most one: opening another closes it). */
export const openTerms = new Set<PageTerm>();

const listening = new WeakSet<Window>();
let hovered: PageTerm | undefined;
let lastPointerType = '';

/**
 * One set of listeners per window, in the capture phase, for every term on the page: 500 terms
 * add no listeners of their own, and a host page that stops propagation cannot break them.
 */
export function listenForTerms(win: Window, isTerm: (node: EventTarget) => node is PageTerm): void {
  if (listening.has(win)) return;
  listening.add(win);
  const find = (event: Event) => {
    const path = event.composedPath();
    const term = path.find(isTerm);
    return { path, term, zone: term?.zoneOf(path) };
  };
  const options = { capture: true, passive: true };

  win.addEventListener(
    'pointerdown',
    (event) => {
      lastPointerType = event.pointerType;
      const { term, zone } = find(event);
      // A press anywhere else closes the open popup (a tap outside, on touch screens too).
      for (const other of openTerms) if (other !== term) other.hide();
      // A press on a word: its click follows, so its positioning code starts loading now.
      if (zone === 'trigger') preloadAnchor();
    },
    options,
  );
  win.addEventListener(
    'click',
    (event) => {
      const { term, zone } = find(event);
      // Enter and Space arrive as a click with no pointer behind it.
      const pointerType = event.detail === 0 ? '' : (event.pointerType ?? lastPointerType);
      lastPointerType = '';
      if (zone === 'trigger') term!.onTriggerClick(event, pointerType);
      else if (zone === 'more') term!.hide();
    },
    options,
  );
  win.addEventListener(
    'pointerover',
    (event) => {
      if (event.pointerType === 'touch') return;
      const { term, zone } = find(event);
      const next = zone ? term : undefined;
      if (next === hovered) return;
      hovered?.onHoverEnd();
      hovered = next;
      next?.onHoverStart();
    },
    options,
  );
  win.addEventListener(
    'pointerout',
    (event) => {
      // Leaving the window altogether.
      if (event.relatedTarget || event.pointerType === 'touch') return;
      hovered?.onHoverEnd();
      hovered = undefined;
    },
    options,
  );
  win.addEventListener(
    'focusin',
    (event) => {
      const { term, zone } = find(event);
      if (zone === 'trigger') term!.onTriggerFocus();
    },
    options,
  );
  win.addEventListener(
    'focusout',
    (event) => {
      find(event).term?.onFocusLeave(event);
    },
    options,
  );
  win.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Escape') for (const term of [...openTerms]) term.onEscape();
    },
    options,
  );
}
