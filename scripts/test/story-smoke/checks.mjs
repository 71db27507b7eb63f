// Story smoke, the checks: what makes a story or docs page fail (console and page errors,
// render errors, requests leaving this machine, undefined library elements, docs gaps and
// incomplete autodocs tables, axe violations per variant) and the listed exceptions that allow
// one, each with a reason (test/a11y-exceptions.json).
/* global document -- used inside page.evaluate (browser code) */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  VIEWPORT,
  applyGlobals,
  runAxe,
  settle,
  waitForRender,
  STORY_TIMEOUT_MS,
} from './driver.mjs';

/**
 * The only allowed failures, each with a reason and still needed: an axe violation
 * ({ story, rule, reason[, variant] }) or an expected console error, such as the browser's own
 * message for a request a story makes fail on purpose ({ story, console: substring, reason }).
 */
export function loadExceptions() {
  const file = 'test/a11y-exceptions.json';
  const { exceptions = [] } = JSON.parse(readFileSync(file, 'utf8'));
  for (const e of exceptions) {
    if (!e.story || !e.reason?.trim() || Boolean(e.rule) === Boolean(e.console))
      throw new Error(
        `${file}: every exception needs "story", a "reason", and either "rule" or "console": ${JSON.stringify(e)}`,
      );
  }
  return exceptions;
}

/**
 * The library's custom element declarations (from the build's manifest): a story that shows one
 * undefined has lost its registration (e.g. a bundler dropped a define import) and would only
 * show fallback content.
 */
function readDeclarations(manifestFile) {
  return existsSync(manifestFile)
    ? JSON.parse(readFileSync(manifestFile, 'utf8'))
        .modules.flatMap((m) => m.declarations ?? [])
        .filter((d) => d.tagName)
    : [];
}

export function describeViolation(v) {
  const targets = v.nodes
    .slice(0, 3)
    .map((n) => n.target.flat().join(' >>> '))
    .join(', ');
  return `axe ${v.id} (${v.impact}): ${v.help} — ${v.nodes.length} node(s): ${targets}`;
}

/** A console message or stack, cut to what identifies it. */
export const firstLines = (text, n = 2) => {
  const lines = text.split('\n');
  return lines.slice(0, n).join(' | ') + (lines.length > n ? ' …' : '');
};

/**
 * What an element's autodocs table must list, by category, as .storybook/manifest.ts
 * (argTypesFor) names the rows: every attribute, public property without an attribute, event,
 * slot, ::part() and CSS custom property in custom-elements.json.
 */
export function expectedDocsRows(declarations, tag) {
  const d = declarations.find((x) => x.tagName === tag);
  const isPublicField = (m) =>
    m.kind === 'field' &&
    !m.static &&
    m.privacy !== 'private' &&
    m.privacy !== 'protected' &&
    !m.name.startsWith('_');
  return {
    attributes: (d.attributes ?? []).map((a) => a.name),
    properties: (d.members ?? [])
      .filter((m) => isPublicField(m) && !m.attribute)
      .map((m) => m.name),
    events: (d.events ?? []).map((e) => e.name),
    slots: (d.slots ?? []).map((x) => (x.name ? `slot="${x.name}"` : '(default slot)')),
    'css shadow parts': (d.cssParts ?? []).map((x) => `::part(${x.name})`),
    'css custom properties': (d.cssProperties ?? []).map((x) => x.name),
  };
}

/** On an element's autodocs page: the args table shows every documented item, described. */
export async function checkDocsTable(page, entry, declarations) {
  const libraryTags = declarations.map((d) => d.tagName);
  const slugTag = `nb-${entry.title
    .split('/')
    .at(-1)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')}`;
  // An element's page is titled after it ("Elements/Helpline banner"); otherwise the element
  // its primary story shows. Pages outside Elements/ (examples) are not an element's reference.
  if (!libraryTags.includes(slugTag) && !entry.title.startsWith('Elements/')) return [];
  const tag = libraryTags.includes(slugTag)
    ? slugTag
    : await page.evaluate(
        (tags) => tags.find((t) => document.querySelector(`#storybook-docs ${t}`)),
        libraryTags,
      );
  if (!tag) return [];
  const table = await page.evaluate(() => {
    const rows = {};
    let category = '';
    for (const tr of document.querySelectorAll('.docblock-argstable tbody tr')) {
      const cells = tr.querySelectorAll('td');
      if (cells.length <= 1 || tr.querySelector('button[aria-expanded], td[colspan]')) {
        category = tr.textContent
          .replace(/^Hide | items$|Show /g, '')
          .trim()
          .toLowerCase();
        category = category.replace(/^(hide|show)\s+/, '').replace(/\s+items.*$/, '');
        continue;
      }
      const name = cells[0].textContent.trim().replace(/\*$/, '');
      const description = cells[1]?.textContent.trim() ?? '';
      (rows[category] ??= {})[name] = description;
    }
    return rows;
  });
  const problems = [];
  for (const [category, names] of Object.entries(expectedDocsRows(declarations, tag))) {
    for (const name of names) {
      const shown = table[category]?.[name];
      if (shown === undefined) problems.push(`docs table of <${tag}> lacks ${category}: ${name}`);
      else if (!shown) problems.push(`docs table of <${tag}> has no description for ${name}`);
    }
  }
  return problems;
}

/**
 * The check of one index entry, as a function of the page it runs in: the errors found (none:
 * it passes). Also returns the exceptions that allowed something (`usedExceptions`, to find the
 * ones no longer needed) and the screenshots taken of stories tagged "screenshot".
 * @param {{ base: string, exceptions: object[],
 *   variants: typeof import('./driver.mjs').ALL_VARIANTS }} run
 */
export function createStoryCheck({ base, exceptions, variants }) {
  const origin = new URL(base).origin;
  const axeSource = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
  const declarations = readDeclarations('dist/custom-elements.json');
  const libraryTags = declarations.map((d) => d.tagName);
  const usedExceptions = new Set();
  /** @type {string[]} */
  const screenshots = [];
  const check = async (page, entry) => {
    const errors = [];
    const inflight = new Set();
    const onConsole = (msg) => {
      if (msg.type() !== 'error') return;
      const allowed = exceptions.find(
        (e) => e.story === entry.id && e.console && msg.text().includes(e.console),
      );
      if (allowed) usedExceptions.add(allowed);
      else errors.push(`console error: ${firstLines(msg.text())}`);
    };
    const onPageError = (err) => errors.push(`page error: ${err.message}`);
    const onRequest = (req) => {
      inflight.add(req);
      const url = new URL(req.url());
      if (url.origin !== origin && url.protocol.startsWith('http'))
        errors.push(`request to another host: ${req.url()}`);
    };
    const onDone = (req) => inflight.delete(req);
    page.on('console', onConsole);
    page.on('pageerror', onPageError);
    page.on('request', onRequest);
    page.on('requestfinished', onDone);
    page.on('requestfailed', onDone);
    try {
      const viewMode = entry.type === 'docs' ? 'docs' : 'story';
      // a11y.manual: the a11y addon's own axe run (for the panel) would double the work here.
      const url = `${base}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=${viewMode}&globals=a11y.manual:!true`;
      await page.goto(url, {
        waitUntil: 'load',
        timeout: STORY_TIMEOUT_MS,
      });
      const renderError = await waitForRender(page);
      if (renderError) errors.push(renderError);
      await settle(page, inflight);
      const undefinedTags = await page.evaluate(
        (tags) => tags.filter((t) => document.querySelector(`${t}:not(:defined)`)),
        libraryTags,
      );
      for (const tag of undefinedTags) errors.push(`<${tag}> is on the page but never got defined`);
      if (entry.type === 'docs' && !renderError) {
        // Generated docs tables mark what the sources lack (e.g. an undocumented --nb-* token).
        const gaps = await page.evaluate(() =>
          [...document.querySelectorAll('#storybook-docs [data-docs-gap]')].map((el) =>
            el.getAttribute('data-docs-gap'),
          ),
        );
        for (const gap of gaps) errors.push(`docs gap: ${gap}`);
      }
      if (entry.type === 'docs' && entry.tags?.includes('autodocs') && !renderError)
        errors.push(...(await checkDocsTable(page, entry, declarations)));
      if (entry.type === 'story' && !renderError && entry.tags?.includes('screenshot')) {
        // Stories tagged "screenshot" are kept as pictures for people to look at (e.g. the
        // hostile-CSS page): test-results/stories/<story id>.png.
        const file = join('test-results', 'stories', `${entry.id}.png`);
        await page.screenshot({ path: file, fullPage: true });
        screenshots.push(file);
      }
      if (entry.type === 'story' && !renderError) {
        await page.addScriptTag({ content: axeSource });
        for (const variant of variants) {
          const prefix = variant.globals ? `[${variant.label}] ` : '';
          if (variant.globals) {
            const problem = await applyGlobals(page, variant.globals);
            if (problem === 'own palette') continue;
            if (problem) {
              errors.push(`${prefix}${problem}`);
              continue;
            }
            if (variant.width) await page.setViewportSize({ ...VIEWPORT, width: variant.width });
            await settle(page, inflight);
          }
          if (variant.width) {
            const wide = await page.evaluate(() => document.documentElement.scrollWidth);
            if (wide > variant.width)
              errors.push(
                `${prefix}the page scrolls sideways: ${wide} px wide at ${variant.width} px`,
              );
          }
          for (const v of await runAxe(page, variant.rules)) {
            const allowed = exceptions.find(
              (e) =>
                e.story === entry.id &&
                e.rule === v.id &&
                (!e.variant || e.variant === variant.label),
            );
            if (allowed) usedExceptions.add(allowed);
            else errors.push(prefix + describeViolation(v));
          }
        }
      }
    } catch (err) {
      errors.push(`error: ${err.message.split('\n')[0]}`);
    } finally {
      await page.setViewportSize(VIEWPORT).catch(() => {});
      page.off('console', onConsole);
      page.off('pageerror', onPageError);
      page.off('request', onRequest);
      page.off('requestfinished', onDone);
      page.off('requestfailed', onDone);
    }
    return errors;
  };
  return { check, usedExceptions, screenshots };
}
