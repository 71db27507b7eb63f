// What the embed tests check inside a page: text visible in an element's rendered shadow tree,
// framework handlers, undefined elements, the <nb-drug-term> popup and its positioning chunk,
// the lazy Spanish locale chunk, layout under a hostile stylesheet, and the npm CDN URL answered
// from dist/cdn. Functions handed to page.evaluate run in the browser.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cdnBase } from '../../../scripts/build/lib/snippets.mjs';
import { dist, elements, pkg } from './build.mjs';

/** Text visible in an element's rendered (flattened) shadow tree, whitespace collapsed. */
export function shadowTextIn(selector) {
  const host = document.querySelector(selector);
  if (!host) return null;
  if (!host.shadowRoot) return '';
  const out = [];
  const walk = (node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const el = node.parentElement;
      if (!el || el.checkVisibility({ visibilityProperty: true, opacityProperty: true }))
        out.push(node.data);
      return;
    }
    if (node.nodeType === Node.ELEMENT_NODE) {
      if (['style', 'script', 'template'].includes(node.localName)) return;
      if (node.localName === 'slot') {
        const assigned = node.assignedNodes({ flatten: true });
        (assigned.length ? assigned : [...node.childNodes]).forEach(walk);
        return;
      }
      if (node.shadowRoot) return walk(node.shadowRoot);
    }
    node.childNodes.forEach(walk);
  };
  walk(host.shadowRoot);
  return out.join(' ').replace(/\s+/g, ' ').trim();
}

export async function expectText(page, selector, texts) {
  try {
    await page.waitForFunction(
      ([sel, wanted]) => {
        // Installed by an init script: no eval, which a strict CSP would (rightly) block.
        const text = window.__nbShadowText(sel);
        return text !== null && wanted.every((t) => text.includes(t));
      },
      [selector, texts],
      { timeout: 10_000 },
    );
    return [];
  } catch {
    const text = await page.evaluate(shadowTextIn, selector);
    if (text === null) return [`${selector}: not on the page`];
    const missing = texts.filter((t) => !text.includes(t));
    return [
      `${selector}: missing visible text ${missing.map((t) => JSON.stringify(t)).join(', ')}; shows ${JSON.stringify(text.slice(0, 160))}`,
    ];
  }
}

export async function clickInShadow(page, host, inner) {
  await page.locator(host).first().locator(inner).first().click({ timeout: 5_000 });
}

/** Does what the entry's `event` says inside the element: click a control or pick an option. */
export async function trigger(page, host, event) {
  const target = page
    .locator(host)
    .first()
    .locator(event.click ?? event.select)
    .first();
  if (event.select) await target.selectOption(event.value, { timeout: 5_000 });
  else await target.click({ timeout: 5_000 });
}

export async function expectLog(page, line) {
  try {
    await page.locator('#log li', { hasText: line }).first().waitFor({ timeout: 5_000 });
    return [];
  } catch {
    return [`the framework handler did not run: no "${line}" in #log`];
  }
}

/** Every nb- element in the composed tree is defined (the registering entry brought its children). */
export async function undefinedElements(page) {
  return page.evaluate(() => {
    const missing = new Set();
    const walk = (root) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.localName.startsWith('nb-') && !customElements.get(el.localName))
          missing.add(el.localName);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document);
    return [...missing];
  });
}

export const TERM_HOST = '.case[data-tag="nb-drug-term"] nb-drug-term';

/**
 * Clicks the first <nb-drug-term> and waits for its popup to show its definition (with
 * `byFloatingUi`, until @floating-ui has placed it too: the popup shows at once, before its
 * positioning code has loaded, where there is room below the word); returns where the popup
 * sits: the placement @floating-ui wrote ('' when it did not run), the gap below (or above) the
 * word, how far its left edge is from the word's, and whether it spans the word's start.
 */
export async function openPopup(page, { byFloatingUi = false } = {}) {
  await clickInShadow(page, TERM_HOST, 'button');
  const placed = await page.waitForFunction(
    ([sel, byFloatingUi]) => {
      const root = document.querySelector(sel)?.shadowRoot;
      const popup = root?.querySelector('.popup.is-ready');
      if (!popup?.querySelector('[part="definition"]')?.textContent?.trim()) return null;
      if (byFloatingUi && !popup.dataset.placement) return null;
      const word = root.querySelector('.trigger').getBoundingClientRect();
      const box = popup.getBoundingClientRect();
      const placement = popup.dataset.placement ?? '';
      return {
        placement,
        gap: placement.startsWith('top') ? word.top - box.bottom : box.top - word.bottom,
        dx: Math.abs(box.left - word.left),
        across: box.left <= word.left + 1.5 && box.right >= word.left,
      };
    },
    [TERM_HOST, byFloatingUi],
    { timeout: 10_000 },
  );
  return placed.jsonValue();
}

/**
 * Opens the first <nb-drug-term>'s popup: its positioning code (@floating-ui) loads only now, from
 * dist/cdn/chunks/ (inside the bundle for nb-widgets.bundle.js), and it must be shown below the word.
 */
export async function checkPopup(page, log) {
  const before = log.chunkRequests.filter((p) => p.startsWith('/dist/cdn/chunks/anchor-'));
  const problems = [];
  if (!log.url.includes('bundle') && before.length)
    problems.push(`the positioning chunk loaded before any popup opened: ${before.join(', ')}`);
  try {
    const { placement, gap, across } = await openPopup(page, { byFloatingUi: true });
    // data-placement is written by @floating-ui (the positioning chunk), not by the fallback.
    if (!placement) problems.push('the popup was not placed by the positioning code');
    else if (gap < 0 || gap > 12 || !across)
      problems.push(`the popup is not next to the word (${placement}, gap ${gap}px)`);
  } catch (error) {
    problems.push(`the <nb-drug-term> popup did not open with its definition (${error.message})`);
  }
  if (
    !log.url.includes('bundle') &&
    !log.chunkRequests.some((p) => /^\/dist\/cdn\/chunks\/anchor-[\w-]+\.js$/.test(p))
  )
    problems.push('opening a popup loaded no positioning chunk from dist/cdn/chunks/');
  await page.keyboard.press('Escape');
  return problems;
}

/** Without the positioning chunk the popup still opens with its text, just below the word. */
export async function checkPopupFallback(page) {
  try {
    const { gap, dx, placement } = await openPopup(page);
    await page.keyboard.press('Escape');
    if (placement) return [`the popup says @floating-ui placed it (${placement}), with no chunk`];
    if (gap < 0 || gap > 12 || dx > 1.5)
      return [`the popup is not just below the word (gap ${gap}px, offset ${dx}px)`];
    return [];
  } catch (error) {
    return [`the <nb-drug-term> popup did not open without its chunk (${error.message})`];
  }
}

export async function checkSpanish(page, log) {
  const problems = [];
  try {
    await page.waitForFunction(
      (tag) =>
        document
          .querySelector(`[lang="es"] ${tag}`)
          ?.shadowRoot?.querySelector('.nb-root')
          ?.getAttribute('lang') === 'es',
      elements[0].tag,
      { timeout: 10_000 },
    );
  } catch {
    problems.push('the element inside lang="es" never rendered in Spanish (its .nb-root lang)');
  }
  if (
    !log.url.includes('bundle') &&
    !log.chunkRequests.some((p) => /\/dist\/cdn\/locales\/es-[\w-]+\.js$/.test(p))
  )
    problems.push('no lazy es locale chunk was loaded from dist/cdn/locales/');
  return problems;
}

/** Font sizes and boxes inside each element on a page of .case <div>s (the clean CDN page, to compare the hostile page with). */
export function layoutProbe() {
  const hosts = [...document.querySelectorAll('.case')]
    .map((c) => c.querySelector(c.dataset.tag))
    .filter((el) => el?.shadowRoot);
  return hosts.map((host) => {
    const rootEl = host.shadowRoot.querySelector('.nb-root');
    const hostBox = host.getBoundingClientRect();
    const texts = [];
    const overflow = [];
    const collapsed = [];
    const walk = (root) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.shadowRoot) walk(el.shadowRoot);
        if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
        const ownText = [...el.childNodes].some(
          (n) => n.nodeType === Node.TEXT_NODE && n.data.trim(),
        );
        const box = el.getBoundingClientRect();
        if (box.width > 0 && (box.left < hostBox.left - 1 || box.right > hostBox.right + 1))
          overflow.push(`${el.localName}.${el.className}`);
        if (!ownText) continue;
        const size = parseFloat(getComputedStyle(el).fontSize);
        texts.push({
          key: `${el.localName}.${el.className}:${el.textContent.trim().replace(/\s+/g, ' ').slice(0, 24)}`,
          size,
        });
        if (box.height < size * 0.9)
          collapsed.push(`${el.localName}.${el.className} (${box.height}px tall, ${size}px font)`);
      }
    };
    walk(host.shadowRoot);
    return {
      tag: host.localName,
      display: getComputedStyle(host).display,
      rootSize: rootEl ? parseFloat(getComputedStyle(rootEl).fontSize) : 0,
      rootColor: rootEl ? getComputedStyle(rootEl).color : '',
      width: hostBox.width,
      parentWidth: host.parentElement.getBoundingClientRect().width,
      texts,
      overflow,
      collapsed,
    };
  });
}

/** @param {ReturnType<typeof layoutProbe> | undefined} cleanSizes  the clean CDN page's probe */
export async function checkHostile(page, cleanSizes) {
  const problems = [];
  const probe = await page.evaluate(layoutProbe);
  const rootFont = await page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
  if (rootFont !== '10px')
    problems.push(`the hostile stylesheet did not apply (root font ${rootFont})`);
  for (const el of probe) {
    // Inline elements (a glossary word in a sentence) and wrappers of the partner's own text
    // (<nb-glossary-scope>) take the host page's text styles on purpose.
    const expectation = elements.find((e) => e.tag === el.tag);
    if (expectation?.inline || expectation?.partnerText) continue;
    if (el.display !== 'block')
      problems.push(`<${el.tag}> host display is ${el.display}, not block`);
    if (el.rootSize < 16) problems.push(`<${el.tag}> body text is ${el.rootSize}px (< 16px)`);
    // hostile.css colours every element's text #7a0040 with !important.
    if (el.rootColor === 'rgb(122, 0, 64)')
      problems.push(`<${el.tag}> text took the host page's !important colour`);
    for (const t of el.texts)
      if (t.size < 16 * 0.8) problems.push(`<${el.tag}> ${t.key} is ${t.size}px`);
    const clean = cleanSizes?.find((c) => c.tag === el.tag);
    for (const t of el.texts) {
      const before = clean?.texts.find((c) => c.key === t.key);
      if (before && Math.abs(before.size - t.size) > 0.5)
        problems.push(
          `<${el.tag}> ${t.key}: ${t.size}px on the hostile page, ${before.size}px on a clean one`,
        );
    }
    if (el.width < el.parentWidth - 1)
      problems.push(`<${el.tag}> is ${el.width}px wide in a ${el.parentWidth}px container`);
    if (el.overflow.length)
      problems.push(
        `<${el.tag}> content overflows the element: ${el.overflow.slice(0, 3).join(', ')}`,
      );
    if (el.collapsed.length)
      problems.push(`<${el.tag}> text lines collapsed: ${el.collapsed.slice(0, 3).join(', ')}`);
  }
  if (!cleanSizes) problems.push('no clean-page measurements to compare with');
  return problems;
}

/** The npm CDN URL of this version, answered from dist/cdn as jsDelivr would once it is published. */
export async function routeCdn(page) {
  const base = cdnBase(pkg.version);
  await page.route(`${base}**`, async (route) => {
    const rel = new URL(route.request().url()).pathname.slice(new URL(base).pathname.length);
    const file = join(dist, 'cdn', rel);
    if (!rel || rel.includes('..') || !existsSync(file))
      return route.fulfill({ status: 404, body: 'not found' });
    return route.fulfill({
      status: 200,
      body: readFileSync(file),
      headers: {
        'content-type': 'application/javascript; charset=utf-8',
        'access-control-allow-origin': '*',
      },
    });
  });
}
