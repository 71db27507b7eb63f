// The accessibility checks, one function per requirement. Each returns the problems it found
// (never throws for a finding), so the same checks can be asserted clean for real elements and
// asserted dirty for the deliberately inaccessible fixture.
import { nextFrame } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys } from '@web/test-runner-commands';
import 'axe-core/axe.min.js';
import { computeAccessibleName, getRole } from 'dom-accessibility-api';
import {
  activatableParts,
  backgroundBehind,
  contrastRatio,
  deepActiveElement,
  deepQuery,
  describe,
  flatElements,
  flatText,
  inTextBlock,
  interactiveParts,
  isVisible,
  listenedTypes,
  parseColor,
  shadowRoots,
  WIDGET_ROLES,
} from './dom.js';

export type CheckName =
  | 'axe'
  | 'keyboard'
  | 'focus-visible'
  | 'hover'
  | 'target-size'
  | 'reflow'
  | 'text-spacing'
  | 'reduced-motion'
  | 'name-role'
  | 'headings';

export interface Problem {
  check: CheckName;
  /** The part concerned, e.g. `<button.dismiss part="dismiss">`. */
  target: string;
  detail: string;
}

/** One mounted fixture: the element plus a button before and after it for Tab walks. */
export interface Stage {
  el: HTMLElement;
  before: HTMLButtonElement;
  after: HTMLButtonElement;
}

export type Mount = () => Promise<Stage>;

const problem = (check: CheckName, el: Element | string, detail: string): Problem => ({
  check,
  target: typeof el === 'string' ? el : describe(el),
  detail,
});

interface AxeResults {
  violations: { id: string; help: string; nodes: { target: unknown[] }[] }[];
}
declare global {
  interface Window {
    axe: { run(context: Element, options?: object): Promise<AxeResults> };
  }
}

/** axe-core over the element (it reads shadow DOM): one problem per rule and node. */
export async function axeProblems(el: Element, skipRules: string[] = []): Promise<Problem[]> {
  const rules = Object.fromEntries(skipRules.map((id) => [id, { enabled: false }]));
  const { violations } = await window.axe.run(el, { resultTypes: ['violations'], rules });
  return violations.flatMap((v) =>
    v.nodes.map((n) => problem('axe', JSON.stringify(n.target), `${v.id}: ${v.help}`)),
  );
}

/** Tabs from the button before the element to the one after, recording each stop. */
async function tabStops(stage: Stage, onStop: (el: Element) => void): Promise<Element[]> {
  const stops: Element[] = [];
  stage.before.focus();
  const limit = interactiveParts(stage.el).length + 10;
  for (let i = 0; i < limit; i++) {
    await sendKeys({ press: 'Tab' });
    const active = deepActiveElement();
    if (!active || active === stage.after || !stage.el.contains(hostIn(active, stage.el))) break;
    stops.push(active);
    onStop(active);
  }
  return stops;
}

/** The node of `el`'s ancestry (through shadow hosts) that lives in `outer`'s tree. */
function hostIn(el: Element, outer: Element): Node {
  let node: Node = el;
  while (!outer.contains(node) && node.getRootNode() instanceof ShadowRoot) {
    node = (node.getRootNode() as ShadowRoot).host;
  }
  return node;
}

/** A focus ring the reader can see: an outline ≥ 2 px whose colour has 3:1 against what is behind it. */
export function focusIndicatorProblems(el: Element): Problem[] {
  const style = getComputedStyle(el);
  const width = parseFloat(style.outlineWidth);
  if (style.outlineStyle === 'none' || !(width >= 2)) {
    return [problem('focus-visible', el, `no visible focus outline (outline: ${style.outline})`)];
  }
  const colour = parseColor(style.outlineColor);
  const insideBox = parseFloat(style.outlineOffset) < 0;
  const behind = backgroundBehind(insideBox ? el : (el.parentElement ?? el));
  const ratio = colour ? contrastRatio(colour, behind) : 0;
  return ratio >= 3
    ? []
    : [problem('focus-visible', el, `focus outline contrast ${ratio.toFixed(2)}:1, needs 3:1`)];
}

/** Waits for any DOM change or `nb-` event after `act`. */
async function changesAfter(stage: Stage, act: () => Promise<void>): Promise<boolean> {
  let changed = false;
  const observer = new MutationObserver(() => (changed = true));
  const opts = { attributes: true, childList: true, characterData: true, subtree: true };
  observer.observe(stage.el, opts);
  for (const root of shadowRoots(stage.el)) observer.observe(root, opts);
  const original = EventTarget.prototype.dispatchEvent;
  EventTarget.prototype.dispatchEvent = function (this: EventTarget, event: Event) {
    if (event.type.startsWith('nb-')) changed = true;
    return original.call(this, event);
  };
  try {
    await act();
    await nextFrame();
    await nextFrame();
  } finally {
    EventTarget.prototype.dispatchEvent = original;
    observer.disconnect();
  }
  return changed;
}

/** The keys that operate a part: a `<select>` changes with the arrow keys (Enter and Space open its picker). */
export function operatingKeys(part: Element): string[] {
  return part instanceof HTMLSelectElement ? ['ArrowDown'] : ['Enter', ' '];
}

const keyName = (key: string) => (key === ' ' ? 'Space' : key);

/**
 * Parts that behave alike (the same tag, class, part, id and role in the same kind of element,
 * such as the 30 glossary words in a card) are operated once, by the first of them; every part
 * is still tabbed to. Two `<select>`s with their own ids are two kinds.
 */
export function oneOfEachKind(parts: Element[]): number[] {
  const seen = new Set<string>();
  const picked: number[] = [];
  parts.forEach((part, i) => {
    const root = part.getRootNode();
    const host = root instanceof ShadowRoot ? root.host.localName : '';
    const kind = `${host} ${describe(part)}#${part.id} ${part.getAttribute('role') ?? ''}`;
    if (seen.has(kind)) return;
    seen.add(kind);
    picked.push(i);
  });
  return picked;
}

/** Takes a mounted fixture off the page (closing anything it opened). */
export function unmount(stage: Stage): void {
  stage.el.parentElement?.remove();
}

/**
 * Keyboard alone: every rendered interactive part is a Tab stop with a visible focus indicator,
 * and every part that does something (not links) responds to its keys: Enter and Space for
 * buttons and disclosures, the arrow keys for a `<select>`.
 */
export async function keyboardProblems(mount: Mount): Promise<Problem[]> {
  const problems: Problem[] = [];
  const stage = await mount();
  const parts = interactiveParts(stage.el);
  const stops = await tabStops(stage, (el) => problems.push(...focusIndicatorProblems(el)));
  for (const part of parts) {
    if (!stops.includes(part)) problems.push(problem('keyboard', part, 'not reachable with Tab'));
  }
  const activatable = activatableParts(stage.el);
  const plan = oneOfEachKind(activatable).map((i) => ({ i, keys: operatingKeys(activatable[i]!) }));
  unmount(stage);
  for (const { i, keys } of plan) {
    for (const key of keys) {
      const fresh = await mount();
      const part = activatableParts(fresh.el)[i];
      try {
        if (!part) continue;
        (part as HTMLElement).focus();
        if (deepActiveElement() !== part) continue; // already reported as unreachable
        if (!(await changesAfter(fresh, () => sendKeys({ press: key })))) {
          problems.push(problem('keyboard', part, `${keyName(key)} does nothing`));
        }
      } finally {
        unmount(fresh);
      }
    }
  }
  return problems;
}

const HOVER_EVENTS = ['mouseenter', 'mouseover', 'pointerenter', 'pointerover', 'mousemove'];
const KEYBOARD_EQUIVALENTS = ['click', 'focus', 'focusin', 'keydown', 'keyup'];
/** Properties a `:hover` rule may change without hiding anything from non-hover users. */
const COSMETIC =
  /^(color|background|border|outline|text-decoration|cursor|box-shadow|text-underline|fill|stroke|filter)/;

function* styleRules(rules: CSSRuleList): Generator<CSSStyleRule> {
  for (const rule of Array.from(rules)) {
    if (rule instanceof CSSStyleRule) yield rule;
    if ('cssRules' in rule) yield* styleRules((rule as CSSGroupingRule).cssRules);
  }
}

/** Nothing needs hover: no content revealed only by `:hover`, no hover-only listeners. */
export function hoverProblems(el: Element): Problem[] {
  const problems: Problem[] = [];
  for (const root of shadowRoots(el)) {
    // A Set: WebKit lists adopted sheets in `styleSheets` too.
    const sheets = [...new Set([...root.adoptedStyleSheets, ...Array.from(root.styleSheets)])];
    for (const rule of sheets.flatMap((s) => [...styleRules(s.cssRules)])) {
      if (!rule.selectorText.includes(':hover') || /:focus/.test(rule.selectorText)) continue;
      const props = Array.from(rule.style).filter((p) => !COSMETIC.test(p));
      if (props.length) {
        problems.push(
          problem(
            'hover',
            `<${(root.host as Element).localName}> ${rule.selectorText}`,
            `:hover changes ${props.join(', ')} with no :focus equivalent`,
          ),
        );
      }
    }
  }
  for (const part of [el, ...flatElements(el)]) {
    const types = listenedTypes(part);
    const hover = HOVER_EVENTS.filter((t) => types.has(t));
    if (hover.length && !KEYBOARD_EQUIVALENTS.some((t) => types.has(t))) {
      problems.push(problem('hover', part, `reacts to ${hover.join(', ')} only`));
    }
  }
  return problems;
}

/**
 * WCAG 2.5.8's inline exception: a link or button laid out as text (`display: inline`) sits in a
 * line of text, its size set by the line height, like a link in a sentence or a glossary word.
 * A control given a box of its own (a button is `inline-block` by default) gets no exception.
 */
export function isInlineTarget(el: Element): boolean {
  const s = getComputedStyle(el);
  if (s.display === 'inline') return true;
  // Chromium lays out a `<button>` styled `display: inline` as an inline-block. Such a button
  // still counts when it is styled as a word (no padding, border or background of its own, so
  // its box is its text's) in a line of text.
  const box = ['top', 'right', 'bottom', 'left'].some(
    (side) =>
      parseFloat(s.getPropertyValue(`padding-${side}`)) > 0 ||
      parseFloat(s.getPropertyValue(`border-${side}-width`)) > 0,
  );
  const background = (parseColor(s.backgroundColor)?.[3] ?? 0) > 0 || s.backgroundImage !== 'none';
  return s.display === 'inline-block' && !box && !background && !!flatText(el) && inTextBlock(el);
}

/** Targets of at least 24 × 24 CSS px (WCAG 2.5.8), except controls inline in text. */
export function targetSizeProblems(el: Element): Problem[] {
  return interactiveParts(el)
    .filter((part) => !isInlineTarget(part))
    .flatMap((part) => {
      const { width, height } = part.getBoundingClientRect();
      return width >= 24 && height >= 24
        ? []
        : [
            problem(
              'target-size',
              part,
              `${width.toFixed(0)}×${height.toFixed(0)} px, needs 24×24`,
            ),
          ];
    });
}

/** Runs `body` with the viewport `width` px wide, restoring the previous size after. */
export async function atWidth<T>(width: number, body: () => Promise<T>): Promise<T> {
  const previous = { width: window.innerWidth, height: window.innerHeight };
  await executeServerCommand('viewport', { width, height: 640 });
  try {
    await nextFrame();
    if (window.innerWidth !== width)
      throw new Error(`viewport is ${window.innerWidth}px, not ${width}px`);
    return await body();
  } finally {
    await executeServerCommand('viewport', previous);
  }
}

/** WCAG 1.4.10: at 320 CSS px nothing scrolls sideways and nothing sticks out of the element. */
export async function reflowProblems(mount: Mount): Promise<Problem[]> {
  return atWidth(320, async () => {
    const { el } = await mount();
    await nextFrame();
    const problems: Problem[] = [];
    const page = document.scrollingElement ?? document.documentElement;
    if (page.scrollWidth > page.clientWidth) {
      problems.push(
        problem('reflow', el, `page scrolls sideways: ${page.scrollWidth}px wide in 320px`),
      );
    }
    const box = el.getBoundingClientRect();
    for (const part of flatElements(el)) {
      if (!isVisible(part) || isVisuallyHidden(part)) continue;
      const r = part.getBoundingClientRect();
      if (r.right > box.right + 1 || r.left < box.left - 1) {
        problems.push(
          problem(
            'reflow',
            part,
            `sticks out of the element at 320px (${r.left.toFixed(0)}–${r.right.toFixed(0)})`,
          ),
        );
      }
    }
    return problems;
  });
}

function isVisuallyHidden(el: Element): boolean {
  const s = getComputedStyle(el);
  return (
    (s.clip !== 'auto' && s.clip !== '') ||
    s.clipPath !== 'none' ||
    el.getBoundingClientRect().width <= 1
  );
}

const TEXT_SPACING = `
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-block-end: 2em !important; }
`;

/** WCAG 1.4.12: with the text-spacing bookmarklet's styles in every shadow root, no text is cut off. */
export async function textSpacingProblems(mount: Mount): Promise<Problem[]> {
  return atWidth(320, async () => {
    const { el } = await mount();
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(TEXT_SPACING);
    for (const root of shadowRoots(el))
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    await nextFrame();
    const problems: Problem[] = [];
    for (const part of flatElements(el)) {
      const hasText = Array.from(part.childNodes).some(
        (n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim(),
      );
      if (!hasText || !isVisible(part) || isVisuallyHidden(part)) continue;
      if (getComputedStyle(part).display === 'inline') continue;
      const h = part as HTMLElement;
      if (h.scrollWidth > h.clientWidth + 1 || h.scrollHeight > h.clientHeight + 1) {
        problems.push(
          problem(
            'text-spacing',
            part,
            `text cut off: content ${h.scrollWidth}×${h.scrollHeight} in a ${h.clientWidth}×${h.clientHeight} box`,
          ),
        );
      }
    }
    return problems;
  });
}

/**
 * Turns on `prefers-reduced-motion: reduce`: emulated over CDP in Chromium (returns true); Firefox
 * and WebKit cannot emulate it, so their reduced-motion browsers start with it on and this only
 * confirms it (returns false).
 */
export async function useReducedMotion(): Promise<boolean> {
  const query = '(prefers-reduced-motion: reduce)';
  if (matchMedia(query).matches) return false;
  await emulateMedia({ reducedMotion: 'reduce' }).catch(() => {});
  if (!matchMedia(query).matches) {
    throw new Error(
      'This browser cannot emulate prefers-reduced-motion and was not launched with it (see web-test-runner.config.mjs)',
    );
  }
  return true;
}

const seconds = (list: string) =>
  Math.max(...list.split(',').map((s) => parseFloat(s) * (s.trim().endsWith('ms') ? 0.001 : 1)));

/** With reduced motion asked for, no part (or its ::before/::after) animates or transitions. */
export function reducedMotionProblems(el: Element): Problem[] {
  const problems: Problem[] = [];
  for (const part of [el, ...flatElements(el)]) {
    for (const pseudo of [null, '::before', '::after']) {
      const s = getComputedStyle(part, pseudo);
      const where = pseudo ? `${describe(part)}${pseudo}` : part;
      if (s.animationName !== 'none' && seconds(s.animationDuration) > 0) {
        problems.push(problem('reduced-motion', where, `animation ${s.animationName} still runs`));
      }
      if (s.transitionProperty !== 'none' && seconds(s.transitionDuration) > 0) {
        problems.push(
          problem('reduced-motion', where, `transition of ${s.transitionProperty} still runs`),
        );
      }
    }
  }
  return problems;
}

export interface Announcement {
  /** CSS selector, matched in the element's flattened tree. */
  selector: string;
  role: string;
  name: string | RegExp;
}

const normalise = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * The label a sighted user sees for a part: a form control's `<label>` (a `<select>` also shows
 * its chosen option, but that is its value, not its label), else the part's own text.
 */
function visibleLabel(part: Element): string {
  if (
    part instanceof HTMLSelectElement ||
    part instanceof HTMLInputElement ||
    part instanceof HTMLTextAreaElement
  ) {
    return normalise([...(part.labels ?? [])].map((l) => l.innerText).join(' '));
  }
  return normalise((part as HTMLElement).innerText || flatText(part));
}

/**
 * What a screen reader announces (dom-accessibility-api, same answers in every engine): every
 * interactive part, landmark and image has a name and a widget role; `expected` parts match exactly.
 */
export function nameRoleProblems(el: Element, expected: readonly Announcement[] = []): Problem[] {
  const problems: Problem[] = [];
  for (const part of interactiveParts(el)) {
    const role = getRole(part) ?? '';
    const name = normalise(computeAccessibleName(part));
    if (!WIDGET_ROLES.has(role)) {
      problems.push(
        problem('name-role', part, `interactive but announced as "${role || 'generic'}"`),
      );
    }
    if (!name)
      problems.push(problem('name-role', part, `${role || 'element'} has no accessible name`));
    // WCAG 2.5.3 Label in Name: speech-input users say what they see.
    const visible = visibleLabel(part);
    if (name && visible && !name.toLowerCase().includes(visible.toLowerCase())) {
      problems.push(
        problem(
          'name-role',
          part,
          `name "${name}" does not contain the visible label "${visible}"`,
        ),
      );
    }
  }
  for (const part of flatElements(el)) {
    if (!isVisible(part) || part.closest('[aria-hidden="true"]')) continue;
    const landmark =
      ['section', 'nav', 'aside', 'form'].includes(part.localName) &&
      part.hasAttribute('aria-label');
    const image = part.matches('img, svg, [role="img"]');
    if ((landmark || image) && !normalise(computeAccessibleName(part))) {
      problems.push(problem('name-role', part, 'image or landmark has no accessible name'));
    }
  }
  for (const { selector, role, name } of expected) {
    const part = deepQuery(el, selector);
    if (!part) {
      problems.push(problem('name-role', selector, 'expected part is missing'));
      continue;
    }
    const got = { role: getRole(part) ?? '', name: normalise(computeAccessibleName(part)) };
    const nameOk = typeof name === 'string' ? got.name === name : name.test(got.name);
    if (got.role !== role || !nameOk) {
      problems.push(
        problem(
          'name-role',
          part,
          `announced as ${got.role} "${got.name}", expected ${role} "${String(name)}"`,
        ),
      );
    }
  }
  return problems;
}

/** Headings in order with their levels (`<hN>` or `role="heading"` + `aria-level`). */
export function headingLevels(el: Element): { el: Element; level: number }[] {
  return [...flatElements(el)]
    .filter((h) => isVisible(h) && getRole(h) === 'heading')
    .map((h) => ({
      el: h,
      level: Number(h.getAttribute('aria-level') ?? h.localName.slice(1)) || 2,
    }));
}

/** No skipped levels, and with `heading-level` = `top`, the outline starts there and never rises above it. */
export function headingProblems(el: Element, top?: number): Problem[] {
  const problems: Problem[] = [];
  let previous = top === undefined ? undefined : top - 1;
  for (const [i, { el: h, level }] of headingLevels(el).entries()) {
    if (top !== undefined && (level < top || (i === 0 && level !== top))) {
      problems.push(problem('headings', h, `level ${level} with heading-level="${top}"`));
    } else if (previous !== undefined && level > previous + 1) {
      problems.push(problem('headings', h, `jumps from level ${previous} to ${level}`));
    }
    previous = level;
  }
  return problems;
}
