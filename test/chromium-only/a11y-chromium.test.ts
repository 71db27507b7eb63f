// The parts of the accessibility suite only Chromium can run: the browser's own accessibility
// tree over CDP, forced-colors (Windows High Contrast) emulation, and touch. Runs for every
// element in test/a11y/elements.ts; the web-test-runner group "chromium-only" keeps it out of Firefox.
import { expect } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import {
  activatableParts,
  backgroundBehind,
  contrastRatio,
  deepActiveElement,
  describe as describePart,
  flatElements,
  isVisible,
  parseColor,
  shadowRoots,
} from '../a11y/dom.js';
import {
  axeProblems,
  isInlineTarget,
  keyboardProblems,
  oneOfEachKind,
  unmount,
  type Problem,
} from '../a11y/checks.js';
import { a11yElements, make } from '../a11y/elements.js';
import '../a11y/fixtures/bad-element.js';
import { expectNone, mounter } from '../a11y/suite.js';

interface AXNode {
  role: string;
  name?: string;
  children?: AXNode[];
}

function* axNodes(node: AXNode): Generator<AXNode> {
  yield node;
  for (const child of node.children ?? []) yield* axNodes(child);
}

/** Text colour against what is painted behind it, as computed (so forced colours count). */
function textContrastProblems(el: Element): Problem[] {
  return [...flatElements(el)]
    .filter(
      (part) =>
        isVisible(part) &&
        [...part.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()),
    )
    .flatMap((part) => {
      const fg = parseColor(getComputedStyle(part).color);
      const ratio = fg ? contrastRatio(fg, backgroundBehind(part)) : 0;
      return ratio >= 4.5
        ? []
        : [
            {
              check: 'axe',
              target: describePart(part),
              detail: `text contrast ${ratio.toFixed(2)}:1 in forced colours`,
            } as Problem,
          ];
    });
}

/**
 * In forced colours backgrounds go: a control other than a link needs a visible border, or, when
 * it is a word in running text (like a glossary term), a visible underline.
 */
function forcedColorsEdgeProblems(el: Element): Problem[] {
  return activatableParts(el).flatMap((part) => {
    const s = getComputedStyle(part);
    const underlinedWord =
      isInlineTarget(part) &&
      s.textDecorationLine.includes('underline') &&
      s.textDecorationStyle !== 'none';
    const edge =
      underlinedWord ||
      ['top', 'right', 'bottom', 'left'].some(
        (side) =>
          s.getPropertyValue(`border-${side}-style`) !== 'none' &&
          parseFloat(s.getPropertyValue(`border-${side}-width`)) >= 1 &&
          !/rgba\(\d+, \d+, \d+, 0\)|transparent/.test(s.getPropertyValue(`border-${side}-color`)),
      );
    return edge
      ? []
      : [
          {
            check: 'focus-visible',
            target: describePart(part),
            detail: 'no visible border in forced colours',
          } as Problem,
        ];
  });
}

/**
 * Every node of Chromium's accessibility tree under `el` (marked for the look-up: an inline element
 * such as `<nb-drug-term>` may have no node of its own, so its fixture's root is asked for).
 */
async function axTree(el: Element): Promise<AXNode[]> {
  el.setAttribute('data-ax-root', '');
  try {
    const tree = await executeServerCommand<AXNode, { selector: string }>('a11y-tree', {
      selector: '[data-ax-root]',
    });
    return [...axNodes(tree!)];
  } finally {
    el.removeAttribute('data-ax-root');
  }
}

/** Chromium's internal role names for what platform APIs pass to screen readers as these roles. */
const CHROMIUM_ROLES: Record<string, string> = { DisclosureTriangle: 'button' };
const roleOf = (node: AXNode) => CHROMIUM_ROLES[node.role] ?? node.role;

const forcedColors = (value: 'active' | 'none') =>
  executeServerCommand('emulate-media-features', { features: [{ name: 'forced-colors', value }] });

for (const entry of a11yElements) {
  describe(`<${entry.tag}> in Chromium only`, () => {
    before(() => entry.define());

    for (const f of entry.fixtures) {
      describe(f.name, () => {
        it("Chromium's accessibility tree announces the expected roles and names", async () => {
          const { el } = await mounter(f)();
          const nodes = await axTree(el);
          const missing = (f.announces ?? []).filter(
            ({ role, name }) =>
              !nodes.some(
                (n) =>
                  roleOf(n) === role &&
                  (typeof name === 'string' ? (n.name ?? '') === name : name.test(n.name ?? '')),
              ),
          );
          expect(
            missing.map((m) => `${m.role} "${String(m.name)}"`),
            JSON.stringify(nodes.map((n) => [n.role, n.name])),
          ).to.deep.equal([]);
        });

        describe('in forced colours (Windows High Contrast)', () => {
          before(() => forcedColors('active'));
          after(() => forcedColors('none'));

          it('is confirmed active', () => {
            expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
          });

          // axe's color-contrast rule reads the page's own colours for text even while forced
          // colours repaint it (it reported the dark theme's #f2f2f5 text on forced white), so
          // here contrast is measured from the colours the browser actually computes.
          it('axe finds nothing and text keeps 4.5:1 contrast, light and dark', async () => {
            for (const theme of ['light', 'dark'] as const) {
              const { el } = await mounter(f, { name: theme, theme })();
              expectNone([
                ...(await axeProblems(el, ['color-contrast'])),
                ...textContrastProblems(el),
              ]);
            }
          });

          it('keeps a visible focus indicator on every part', async () => {
            expectNone(await keyboardProblems(mounter(f)));
          });

          it('keeps a visible edge on every control other than links (backgrounds are removed)', async () => {
            expectNone(forcedColorsEdgeProblems((await mounter(f)()).el));
          });
        });

        it('every control responds to a touch tap (nothing needs a mouse or hover)', async () => {
          await executeServerCommand('touch', { enabled: true });
          try {
            // One of each kind of control (the card's thirty glossary words behave alike).
            const first = await mounter(f)();
            const kinds = oneOfEachKind(activatableParts(first.el));
            unmount(first);
            for (const i of kinds) {
              const stage = await mounter(f)();
              const { el } = stage;
              const part = activatableParts(el)[i]!;
              // A tap lands only on what is on screen.
              part.scrollIntoView({ block: 'center', inline: 'center' });
              const r = part.getClientRects()[0]!;
              let changed = false;
              const observer = new MutationObserver(() => (changed = true));
              const opts = {
                attributes: true,
                childList: true,
                subtree: true,
                characterData: true,
              };
              observer.observe(el, opts);
              for (const root of shadowRoots(el)) observer.observe(root, opts);
              await executeServerCommand('tap', { x: r.x + r.width / 2, y: r.y + r.height / 2 });
              await new Promise((resolve) => requestAnimationFrame(resolve));
              observer.disconnect();
              // A <select> answers a tap with the browser's own picker, outside the page: the
              // tap reached it when it took focus.
              const select = part instanceof HTMLSelectElement;
              if (select) {
                changed = deepActiveElement() === part;
                await sendKeys({ press: 'Escape' });
              }
              unmount(stage);
              expect(changed, `tapping ${describePart(part)} did nothing`).to.equal(true);
            }
          } finally {
            await executeServerCommand('touch', { enabled: false });
          }
        });
      });
    }
  });
}

describe('the Chromium-only checks fail an inaccessible element', () => {
  const bad = mounter({ name: 'bad', create: () => make('a11y-bad-element') });

  it("Chromium's tree has the unlabelled button with no name", async () => {
    const { el } = await bad();
    const buttons = (await axTree(el)).filter((n) => n.role === 'button');
    expect(buttons.map((b) => b.name ?? '')).to.deep.equal(['', 'Close']);
  });

  it('forced colours: the borderless 16 px button has no visible edge', async () => {
    await forcedColors('active');
    try {
      const found = forcedColorsEdgeProblems((await bad()).el).map((p) => p.target);
      expect(found).to.include('<button.icon>');
    } finally {
      await forcedColors('none');
    }
  });
});
