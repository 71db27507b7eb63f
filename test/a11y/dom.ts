// DOM helpers for the accessibility suite: walking the flattened tree through shadow roots and
// slots, finding interactive parts, describing them in messages, and colour contrast.

/** Elements of `host`'s rendered tree (shadow roots and slotted light DOM), in tree order. */
export function* flatElements(host: Element): Generator<Element> {
  const root: ParentNode = host.shadowRoot ?? host;
  for (const child of Array.from(root.children)) yield* visit(child);
}

function* visit(el: Element): Generator<Element> {
  if (el instanceof HTMLSlotElement) {
    for (const assigned of el.assignedElements({ flatten: true })) yield* visit(assigned);
    return;
  }
  yield el;
  yield* flatElements(el);
}

/** Every shadow root inside and including `host`'s. */
export function shadowRoots(host: Element): ShadowRoot[] {
  const roots = host.shadowRoot ? [host.shadowRoot] : [];
  for (const el of flatElements(host)) if (el.shadowRoot) roots.push(el.shadowRoot);
  return roots;
}

/** First element in `host`'s flattened tree matching `selector`. */
export function deepQuery(host: Element, selector: string): Element | undefined {
  for (const el of flatElements(host)) if (el.matches(selector)) return el;
  return undefined;
}

/** The parent in the flattened tree: the slot a node is assigned to, else its parent or shadow host. */
export function flatParent(el: Element): Element | null {
  if (el.assignedSlot) return el.assignedSlot;
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** Inside a closed `<details>` (other than in its summary): laid out, perhaps, but not shown. */
export function inClosedDetails(el: Element): boolean {
  let child: Element = el;
  for (let node = flatParent(el); node; child = node, node = flatParent(node)) {
    if (node instanceof HTMLDetailsElement && !node.open) {
      const summary = node.querySelector(':scope > summary');
      if (child !== summary) return true;
    }
  }
  return false;
}

/**
 * Rendered for the reader: it has boxes, is not `visibility: hidden`, and is not in a closed
 * `<details>` (both engines keep boxes for a closed disclosure's content, hidden with
 * `content-visibility`, so `getClientRects()` alone would count it).
 */
export function isVisible(el: Element): boolean {
  if (el.getClientRects().length === 0) return false;
  if (inClosedDetails(el)) return false;
  if (typeof el.checkVisibility === 'function' && !el.checkVisibility()) return false;
  return getComputedStyle(el).visibility !== 'hidden';
}

/** The focused element, looking inside shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

const NATIVE_INTERACTIVE =
  'a[href], button, summary, input:not([type="hidden"]), select, textarea, [tabindex]:not([tabindex="-1"])';
/** Roles that make an element interactive (and that an interactive part must be announced as). */
export const WIDGET_ROLES: ReadonlySet<string> = new Set([
  'button',
  'link',
  'checkbox',
  'radio',
  'switch',
  'tab',
  'menuitem',
  'option',
  'combobox',
  'textbox',
  'searchbox',
  'slider',
  'spinbutton',
]);

/** Element → event types registered on it (recorded by `recordListeners`). */
const listeners = new WeakMap<EventTarget, Set<string>>();
let recording = false;

/**
 * Records which event types each element listens for, so the suite can find click-only
 * "buttons" and hover-only behaviour. Must run before the elements under test are created.
 */
export function recordListeners(): void {
  if (recording) return;
  recording = true;
  const original = EventTarget.prototype.addEventListener;
  EventTarget.prototype.addEventListener = function (
    this: EventTarget,
    type: string,
    ...rest: [EventListenerOrEventListenerObject | null, (boolean | AddEventListenerOptions)?]
  ) {
    if (!listeners.has(this)) listeners.set(this, new Set());
    listeners.get(this)!.add(type);
    return original.call(this, type, ...rest);
  };
}

export function listenedTypes(target: EventTarget): ReadonlySet<string> {
  return listeners.get(target) ?? new Set();
}

/**
 * What a user can act on: native controls, anything focusable or given a widget role, and any
 * element that reacts to clicks (a click-only `<div>` is exactly what the suite must catch).
 */
export function interactiveParts(host: Element): Element[] {
  return [...flatElements(host)].filter(
    (el) =>
      isVisible(el) &&
      (el.matches(NATIVE_INTERACTIVE) ||
        WIDGET_ROLES.has(el.getAttribute('role') ?? '') ||
        listenedTypes(el).has('click')),
  );
}

/** Child nodes in the flattened tree: a shadow root's content, a slot's assigned nodes. */
function flatChildNodes(node: Node): Node[] {
  if (node instanceof Element && node.shadowRoot) return [...node.shadowRoot.childNodes];
  if (node instanceof HTMLSlotElement) {
    const assigned = node.assignedNodes({ flatten: true });
    return assigned.length ? assigned : [...node.childNodes];
  }
  return [...node.childNodes];
}

/** Text shown inside `el`, through slots and shadow roots (`innerText` stops at a `<slot>`). */
export function flatText(el: Node): string {
  return flatChildNodes(el)
    .map((n) =>
      n.nodeType === Node.TEXT_NODE
        ? (n.textContent ?? '')
        : n instanceof Element && getComputedStyle(n).display !== 'none'
          ? flatText(n)
          : '',
    )
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

const inlineLevel = (el: Element) => ['inline', 'contents'].includes(getComputedStyle(el).display);

/**
 * Whether `target` is laid out in lines of text: the run of inline content it belongs to (up to
 * the block boxes on either side) is inside a block, not alone between blocks of its own. A
 * button between two headings is not; a word in a paragraph, list item or definition is.
 */
export function inTextBlock(target: Element): boolean {
  let lead: Element = target;
  let block = flatParent(target);
  while (block && inlineLevel(block)) {
    lead = block;
    block = flatParent(block);
  }
  if (!block) return false;
  const siblings = flatChildNodes(block);
  const at = siblings.indexOf(lead);
  const isBlock = (n: Node) => n instanceof Element && !inlineLevel(n) && n !== lead;
  let from = at;
  while (from > 0 && !isBlock(siblings[from - 1]!)) from--;
  let to = at;
  while (to < siblings.length - 1 && !isBlock(siblings[to + 1]!)) to++;
  // Alone between blocks, the run makes an anonymous box of its own: only a text block counts.
  const alone = from > 0 || to < siblings.length - 1;
  return (
    !alone || siblings.slice(from, to + 1).some((n) => n !== lead && /\S/.test(n.textContent ?? ''))
  );
}

/** Parts that do something when activated (links navigate, so they are left out). */
export function activatableParts(host: Element): Element[] {
  return interactiveParts(host).filter((el) => !el.matches('a[href]'));
}

/** `<tag class="…" part="…">` for messages. */
export function describe(el: Element): string {
  const part = el.getAttribute('part');
  const cls = el.getAttribute('class')?.trim().split(/\s+/).slice(0, 2).join('.');
  return `<${el.localName}${cls ? `.${cls}` : ''}${part ? ` part="${part}"` : ''}>`;
}

export type Rgba = [number, number, number, number];

/** Parses a computed colour (`rgb()`, `rgba()` or `color(srgb …)`). */
export function parseColor(value: string): Rgba | undefined {
  const rgb = /^rgba?\(([^)]+)\)$/.exec(value.trim());
  if (rgb) {
    const parts = rgb[1]!
      .split(/[\s,/]+/)
      .filter(Boolean)
      .map(Number);
    return [parts[0]!, parts[1]!, parts[2]!, parts[3] ?? 1];
  }
  const srgb = /^color\(srgb ([^)]+)\)$/.exec(value.trim());
  if (srgb) {
    const parts = srgb[1]!
      .split(/[\s/]+/)
      .filter(Boolean)
      .map(Number);
    return [parts[0]! * 255, parts[1]! * 255, parts[2]! * 255, parts[3] ?? 1];
  }
  return undefined;
}

function over(top: Rgba, below: Rgba): Rgba {
  const a = top[3];
  return [0, 1, 2].map((i) => top[i]! * a + below[i]! * (1 - a)).concat(1) as Rgba;
}

/** The colour painted behind `el`: its ancestors' backgrounds blended, out through shadow hosts. */
export function backgroundBehind(el: Element): Rgba {
  const layers: Rgba[] = [];
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element) {
      const bg = parseColor(getComputedStyle(node).backgroundColor);
      if (bg && bg[3] > 0) layers.push(bg);
      if (bg && bg[3] >= 1) break;
    }
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return layers.reduceRight<Rgba>((below, top) => over(top, below), [255, 255, 255, 1]);
}

function luminance([r, g, b]: Rgba): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG contrast ratio of `fg` (blended over `bg`) against `bg`. */
export function contrastRatio(fg: Rgba, bg: Rgba): number {
  const a = luminance(over(fg, bg));
  const b = luminance(bg);
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}
