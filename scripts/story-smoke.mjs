#!/usr/bin/env node
// npm run test:stories: opens every entry of the already built static Storybook
// (storybook-static/, never rebuilt here) in Chromium and fails a story on a console error, a
// page error, a Storybook render error, a request that leaves this machine, or any axe
// violation inside #storybook-root. Docs pages are opened too and fail on errors (their chrome
// is Storybook's, so axe runs on stories only). The only allowed violations are listed, each
// with a reason, in test/a11y-exceptions.json.
// Each story is checked as shown, right-to-left and 320 px wide (all axe rules; no sideways
// scrolling at 320 px) and under every Theme palette (colour rules).
//   node scripts/story-smoke.mjs [--dir storybook-static] [--concurrency 3] [--quick] [filter…]
//   (--quick: as shown only; filter: story id substrings)
/* global window, document, requestAnimationFrame, axe -- used inside page.evaluate (browser code) */
import { createServer } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, requireChrome } from './find-browser.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  if (i === -1) return fallback;
  const [value] = args.splice(i, 2).slice(1);
  return value;
};
const root = resolve(option('--dir', 'storybook-static'));
const concurrency = Math.max(
  1,
  Number(option('--concurrency', process.env.STORY_SMOKE_CONCURRENCY ?? 3)),
);
const quick = args.includes('--quick');
if (quick) args.splice(args.indexOf('--quick'), 1);
const filters = args;
const STORY_TIMEOUT_MS = 20_000;

if (!existsSync(join(root, 'index.json'))) {
  console.error(`story smoke: ${root}/index.json not found — run "npm run storybook:build" first.`);
  process.exit(1);
}

/**
 * The only allowed failures, each with a reason and still needed: an axe violation
 * ({ story, rule, reason[, variant] }) or an expected console error, such as the browser's own
 * message for a request a story makes fail on purpose ({ story, console: substring, reason }).
 */
function loadExceptions() {
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

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** A tiny static file server for storybook-static on an ephemeral port (loopback only). */
function serve(dir) {
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      let file = normalize(join(dir, path));
      if (file !== dir && !file.startsWith(dir + sep))
        throw Object.assign(new Error(), { code: 'ENOENT' });
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': MIME[extname(file)] ?? 'application/octet-stream',
        // Cacheable within the run: Chromium then reuses parsed and compiled scripts across stories.
        'cache-control': 'max-age=600',
      });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

/** Waits for Storybook to show the story (or its error screen). */
async function waitForRender(page) {
  await page.waitForFunction(
    () =>
      ['sb-show-main', 'sb-show-errordisplay', 'sb-show-nopreview'].some((c) =>
        document.body.classList.contains(c),
      ),
    undefined,
    { timeout: STORY_TIMEOUT_MS },
  );
  // The story shows before its play function runs; a failing play function shows the error
  // screen afterwards, so wait until Storybook has finished with the story.
  await page.waitForFunction(
    () => {
      const render = window.__STORYBOOK_PREVIEW__?.storyRenders?.at(-1);
      return !render || ['finished', 'errored', 'aborted'].includes(render.phase);
    },
    undefined,
    { timeout: STORY_TIMEOUT_MS },
  );
  return page.evaluate(() => {
    const cls = document.body.classList;
    if (cls.contains('sb-show-errordisplay')) {
      const text = (sel) => document.querySelector(sel)?.textContent?.trim() ?? '';
      return `render error: ${text('#error-message') || '(no message)'} ${text('#error-stack').split('\n')[0] ?? ''}`.trim();
    }
    if (cls.contains('sb-show-nopreview')) return 'render error: Storybook shows "no preview"';
    return undefined;
  });
}

/** Waits until no request is in flight and every Lit element (in every shadow root) has updated. */
async function settle(page, inflight) {
  const deadline = Date.now() + STORY_TIMEOUT_MS;
  let quietSince = 0;
  while (Date.now() < deadline) {
    const pending = await page.evaluate(async () => {
      const all = [];
      const walk = (node) => {
        for (const el of node.querySelectorAll('*')) {
          all.push(el);
          if (el.shadowRoot) walk(el.shadowRoot);
        }
      };
      walk(document);
      const lit = all.filter((el) => 'updateComplete' in el);
      await Promise.all(lit.map((el) => el.updateComplete));
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      return lit.some((el) => el.isUpdatePending);
    });
    if (!pending && inflight.size === 0) {
      if (!quietSince) quietSince = Date.now();
      if (Date.now() - quietSince >= 150) return;
    } else quietSince = 0;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('the story did not settle (requests or updates still pending)');
}

/**
 * Every story is checked as first shown, then again under each palette of the Theme toolbar and
 * in right-to-left (switched in place through Storybook's channel: no reload). Keep the theme
 * keys in step with .storybook/themes.ts; a key that no longer applies fails loudly.
 */
// A palette changes colours only, so its pass runs axe's colour rules; RTL moves layout and
// runs every rule again.
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];
const ALL_VARIANTS = [
  { label: 'default', globals: undefined },
  { label: 'theme:dark', globals: { theme: 'dark', direction: 'auto' }, rules: COLOUR_RULES },
  {
    label: 'theme:high-contrast',
    globals: { theme: 'high-contrast', direction: 'auto' },
    rules: COLOUR_RULES,
  },
  { label: 'theme:brand', globals: { theme: 'brand', direction: 'auto' }, rules: COLOUR_RULES },
  { label: 'direction:rtl', globals: { theme: 'light', direction: 'rtl' } },
  // The smallest phone the widgets support: every rule again, and no sideways scrolling.
  { label: 'viewport:320', globals: { theme: 'light', direction: 'auto' }, width: 320 },
];
const VIEWPORT = { width: 1280, height: 800 };

/** Switches toolbar globals in the open story and waits until Storybook has re-rendered it. */
async function applyGlobals(page, globals) {
  return page.evaluate(async (wanted) => {
    const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
    if (!channel) return 'no Storybook channel in the preview';
    const rendered = await new Promise((done) => {
      const timer = setTimeout(() => done(false), 10_000);
      channel.once('storyRendered', () => {
        clearTimeout(timer);
        done(true);
      });
      channel.emit('updateGlobals', { globals: wanted });
    });
    if (!rendered) return `the story did not re-render with ${JSON.stringify(wanted)}`;
    const wrapper = document.querySelector('#storybook-root .nb-story');
    if (!wrapper) return 'the story wrapper (.nb-story) is missing';
    if (wanted.direction !== 'auto' && wrapper.getAttribute('dir') !== wanted.direction)
      return `direction "${wanted.direction}" was not applied`;
    const shown = wrapper.getAttribute('data-nb-theme');
    // A story with its own palette (parameters.themes.disable) gets no toolbar palette.
    if (shown === 'story') return wanted.theme === 'light' ? undefined : 'own palette';
    if (shown !== wanted.theme)
      return `theme "${wanted.theme}" was not applied (is it still in .storybook/themes.ts?)`;
    return undefined;
  }, globals);
}

/** axe on #storybook-root: violations only, with enough detail to find the node. */
function runAxe(page, rules) {
  return page.evaluate(async (only) => {
    const target = document.querySelector('#storybook-root');
    const options = { resultTypes: ['violations'] };
    if (only) options.runOnly = { type: 'rule', values: only };
    const result = await axe.run(target, options);
    return result.violations.map(({ id, impact, help, nodes }) => ({
      id,
      impact,
      help,
      nodes: nodes.map((n) => ({ target: n.target })),
    }));
  }, rules);
}

function describeViolation(v) {
  const targets = v.nodes
    .slice(0, 3)
    .map((n) => n.target.flat().join(' >>> '))
    .join(', ');
  return `axe ${v.id} (${v.impact}): ${v.help} — ${v.nodes.length} node(s): ${targets}`;
}

const variants = quick ? ALL_VARIANTS.slice(0, 1) : ALL_VARIANTS;
/** A console message or stack, cut to what identifies it. */
const firstLines = (text, n = 2) => {
  const lines = text.split('\n');
  return lines.slice(0, n).join(' | ') + (lines.length > n ? ' …' : '');
};

const server = await serve(root);
const base = `http://127.0.0.1:${server.address().port}`;
const origin = new URL(base).origin;
const exceptions = loadExceptions();
const axeSource = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
// Tags the library defines (from the build's manifest): a story that shows one undefined has lost
// its registration (e.g. a bundler dropped a define import) and would only show fallback content.
const manifestFile = 'dist/custom-elements.json';
const declarations = existsSync(manifestFile)
  ? JSON.parse(readFileSync(manifestFile, 'utf8'))
      .modules.flatMap((m) => m.declarations ?? [])
      .filter((d) => d.tagName)
  : [];
const libraryTags = declarations.map((d) => d.tagName);

/**
 * What an element's autodocs table must list, by category, as .storybook/manifest.ts
 * (argTypesFor) names the rows: every attribute, public property without an attribute, event,
 * slot, ::part() and CSS custom property in custom-elements.json.
 */
function expectedDocsRows(tag) {
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
async function checkDocsTable(page, entry) {
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
  for (const [category, names] of Object.entries(expectedDocsRows(tag))) {
    for (const name of names) {
      const shown = table[category]?.[name];
      if (shown === undefined) problems.push(`docs table of <${tag}> lacks ${category}: ${name}`);
      else if (!shown) problems.push(`docs table of <${tag}> has no description for ${name}`);
    }
  }
  return problems;
}

const index = JSON.parse(readFileSync(join(root, 'index.json'), 'utf8'));
const entries = Object.values(index.entries)
  .filter((e) => e.type === 'story' || e.type === 'docs')
  .filter((e) => !filters.length || filters.some((f) => e.id.includes(f)));
const storyIds = new Set(Object.values(index.entries).map((e) => e.id));
const problems = [];
for (const e of exceptions) {
  if (!storyIds.has(e.story))
    problems.push(`test/a11y-exceptions.json names a story that does not exist: ${e.story}`);
}

const browser = await chromium.launch({
  executablePath: requireChrome(),
  args: CHROMIUM_ARGS,
});
const context = await browser.newContext({ viewport: VIEWPORT });
// Nothing a story shows may reach past this machine (privacy: no requests by default).
await context.route(
  (url) => url.origin !== origin && !url.protocol.startsWith('data') && url.protocol !== 'blob:',
  (route) => route.abort('blockedbyclient'),
);

const results = new Map();
/** @type {string[]} */
const screenshots = [];
const usedExceptions = new Set();

async function check(page, entry) {
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
      errors.push(...(await checkDocsTable(page, entry)));
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
}

const queue = [...entries];
const started = Date.now();
await Promise.all(
  Array.from({ length: Math.min(concurrency, queue.length) }, async () => {
    const page = await context.newPage();
    for (let entry = queue.shift(); entry; entry = queue.shift()) {
      results.set(entry.id, await check(page, entry));
    }
    await page.close();
  }),
);
await browser.close();
server.close();

let passed = 0;
let failed = 0;
for (const entry of entries) {
  const errors = results.get(entry.id) ?? ['not run'];
  const label = entry.type === 'docs' ? `${entry.id} (docs page)` : entry.id;
  if (errors.length === 0) {
    passed++;
    console.log(`  pass  ${label}`);
  } else {
    failed++;
    console.log(`  FAIL  ${label}`);
    for (const e of [...new Set(errors)]) console.log(`          ${e}`);
  }
}
if (!filters.length) {
  for (const e of exceptions) {
    if (storyIds.has(e.story) && !usedExceptions.has(e))
      problems.push(
        `test/a11y-exceptions.json: ${e.story} / ${e.rule ?? `console "${e.console}"`} is no longer needed — remove it`,
      );
  }
}
for (const file of screenshots) console.log(`  screenshot: ${file}`);
for (const p of problems) console.log(`  FAIL  ${p}`);
failed += problems.length;
if (entries.length === 0) {
  console.log('  FAIL  no stories found in index.json');
  failed++;
}
console.log(
  `\nstory smoke: ${entries.length} entries in ${((Date.now() - started) / 1000).toFixed(1)} s, ` +
    `${variants.length} variant(s) each (${variants.map((v) => v.label).join(', ')}), ` +
    `${exceptions.length} listed a11y exception(s), ${concurrency} pages in parallel`,
);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
