#!/usr/bin/env node
// Glossary bench: one page with 500 <nb-drug-term>s against the same page with 500 Shoelace 2.x
// <sl-tooltip>s, in one Chromium run. Measures the time to upgrade and render all 500, the JS
// heap they hold after GC, DOM nodes and listeners, and the time to open the first popup.
// Both sides are minified production bundles served from a local server on an ephemeral port.
// Run with `npm run bench` (not part of npm test).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve as resolvePath } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { chromium } from 'playwright-core';
import { requireChrome } from '../scripts/test/find-browser.mjs';
import { launchChromium } from '../scripts/test/lib/chromium.mjs';
import { startServer } from '../scripts/test/lib/static-server.mjs';
import { stripMsgDesc } from '../scripts/build/rollup-strip-desc.mjs';
import { buildConstantsPlugin } from '../scripts/build/lib/build-constants.mjs';

const COUNT = 500;
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const OUT = resolvePath('.tmp/bench-glossary');

/** Minified production bundles of both sides, plus the glossary for the Shoelace page's text. */
async function buildBundles() {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const ours = await rollup({
    input: { ours: 'src/elements/nb-drug-term/define.ts' },
    onwarn: () => {},
    plugins: [
      stripMsgDesc(),
      typescript({ tsconfig: './tsconfig.build.json', outDir: OUT, declaration: false }),
      buildConstantsPlugin(),
      nodeResolve({ exportConditions: ['production'] }),
      terser({ format: { comments: false }, module: true }),
    ],
  });
  const { output: oursOut } = await ours.write({
    dir: OUT,
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
  });
  await ours.close();
  // The glossary text for the Shoelace page, as a module Node can import.
  const content = await rollup({
    input: { glossary: 'src/content/glossary.ts' },
    external: [/^@lit\/localize/, /^lit/],
    onwarn: () => {},
    plugins: [
      typescript({ tsconfig: './tsconfig.build.json', outDir: OUT, declaration: false }),
      buildConstantsPlugin(),
    ],
  });
  await content.write({ dir: OUT, format: 'es', entryFileNames: '[name].js' });
  await content.close();
  const shoelace = await rollup({
    input: { shoelace: '@shoelace-style/shoelace/dist/components/tooltip/tooltip.js' },
    onwarn: () => {},
    plugins: [
      nodeResolve({ exportConditions: ['production'] }),
      terser({ format: { comments: false }, module: true }),
    ],
  });
  const { output: shoelaceOut } = await shoelace.write({
    dir: OUT,
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
  });
  await shoelace.close();
  // Bytes a page loads up front: the entry and its static imports (lazy locale chunks excluded).
  const eager = (output) => {
    const byName = new Map(output.map((o) => [o.fileName, o]));
    const seen = new Set();
    const visit = (name) => {
      if (seen.has(name)) return;
      seen.add(name);
      byName.get(name).imports.forEach(visit);
    };
    visit(output.find((o) => o.type === 'chunk' && o.isEntry).fileName);
    return [...seen].reduce(
      (n, name) => n + gzipSync(byName.get(name).code, { level: 9 }).length,
      0,
    );
  };
  writeFileSync(
    join(OUT, 'sizes.json'),
    JSON.stringify({ ours: eager(oursOut), shoelace: eager(shoelaceOut) }),
  );
  writeFileSync(
    join(OUT, 'light.css'),
    readFileSync('node_modules/@shoelace-style/shoelace/dist/themes/light.css'),
  );
}

/** The same text on both pages; only the term markup differs. */
function page(kind, entries) {
  const items = [];
  for (let i = 0; i < COUNT; i++) {
    const e = entries[i % entries.length];
    const term =
      kind === 'ours'
        ? `<nb-drug-term term="${e.key}">${e.name}</nb-drug-term>`
        : `<sl-tooltip trigger="click" content="${e.definition.replace(/"/g, '&quot;')}"><button type="button">${e.name}</button></sl-tooltip>`;
    items.push(`<p>Item ${i + 1}: the care team may talk about ${term} with you.</p>`);
  }
  const css = kind === 'ours' ? '' : '<link rel="stylesheet" href="/light.css">';
  const script = kind === 'ours' ? '/ours.js' : '/shoelace.js';
  // The markup is a string kept in a template until the measured insert.
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width">${css}
<style>sl-tooltip button{all:unset;text-decoration:underline dotted}</style></head><body>
<template id="markup">${items.join('\n')}</template><main id="root"></main>
<script type="module">
  const t0 = performance.now();
  await import('${script}');
  window.defineMs = performance.now() - t0;
  window.ready = true;
</script></body></html>`;
}

/** In the page: insert the 500 terms, wait until every one has rendered, force layout. */
async function renderAll() {
  const root = document.getElementById('root');
  const markup = document.getElementById('markup');
  const t0 = performance.now();
  root.append(markup.content.cloneNode(true));
  const hosts = root.querySelectorAll('nb-drug-term, sl-tooltip');
  await Promise.all([...hosts].map((h) => h.updateComplete));
  root.getBoundingClientRect();
  void document.body.offsetHeight;
  return { ms: performance.now() - t0, count: hosts.length };
}

/** In the page: open the first popup from a real click; resolve when its text is on screen. */
function armFirstOpen() {
  window.openMs = new Promise((done) => {
    document.addEventListener(
      'pointerdown',
      () => {
        const t0 = performance.now();
        const ours = document.querySelector('nb-drug-term');
        const visible = () => {
          if (ours) {
            const popup = ours.shadowRoot.querySelector('.popup.is-ready');
            return !!popup?.querySelector('[part="definition"]') && popup.offsetWidth > 0;
          }
          const tip = document.querySelector('sl-tooltip');
          const body = tip.shadowRoot.querySelector('[part~="body"]');
          return (
            tip.open &&
            !!body &&
            body.offsetWidth > 0 &&
            getComputedStyle(body).opacity === '1' &&
            body.textContent.trim().length > 0
          );
        };
        const check = () => {
          if (visible()) done(performance.now() - t0);
          else if (performance.now() - t0 > 5000) done(Number.NaN);
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      },
      { once: true, capture: true },
    );
  });
}

async function heapUsed(cdp) {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}

async function measure(browser, origin, kind) {
  const context = await browser.newContext({
    reducedMotion: 'reduce',
    viewport: { width: 1024, height: 768 },
  });
  const tab = await context.newPage();
  tab.on('crash', () => console.error(`bench: the ${kind} page crashed`));
  tab.on('pageerror', (error) => console.error(`bench: ${kind} page error: ${error.message}`));
  const cdp = await context.newCDPSession(tab);
  await tab.goto(`${origin}/${kind}.html`);
  await tab.waitForFunction(() => window.ready === true);
  const defineMs = await tab.evaluate(() => window.defineMs);
  const heapBefore = await heapUsed(cdp);
  const countersBefore = await cdp.send('Memory.getDOMCounters');
  await cdp.send('Performance.enable');
  const cpu = async () =>
    (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime').value;
  const cpuBefore = await cpu();
  const { ms, count } = await tab.evaluate(renderAll);
  const renderCpuMs = ((await cpu()) - cpuBefore) * 1000;
  if (count !== COUNT) throw new Error(`${kind}: rendered ${count} of ${COUNT}`);
  const heapAfter = await heapUsed(cdp);
  const countersAfter = await cdp.send('Memory.getDOMCounters');
  await tab.evaluate(armFirstOpen);
  const first =
    kind === 'ours'
      ? tab.locator('nb-drug-term').first().locator('button')
      : tab.locator('sl-tooltip').first().locator('button');
  await first.click();
  const openMs = await tab.evaluate(() => window.openMs);
  await context.close();
  return {
    defineMs,
    renderMs: ms,
    renderCpuMs,
    heapBytes: heapAfter - heapBefore,
    nodes: countersAfter.nodes - countersBefore.nodes,
    listeners: countersAfter.jsEventListeners - countersBefore.jsEventListeners,
    openMs,
  };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

export async function runGlossaryBench() {
  await buildBundles();
  const { glossary } = await import(pathToFileURL(join(OUT, 'glossary.js')).href);
  const entries = glossary.map((e) => ({ key: e.key, name: e.name(), definition: e.definition() }));
  writeFileSync(join(OUT, 'ours.html'), page('ours', entries));
  writeFileSync(join(OUT, 'shoelace.html'), page('shoelace', entries));
  // The bench directory (pages, bundles and their lazy chunks).
  const server = await startServer({ mounts: { '/': OUT } });
  const origin = server.url;
  const browser = await launchChromium();
  const runs = { ours: [], shoelace: [] };
  try {
    // One warm-up each, then alternate so drift hits both sides alike.
    await measure(browser, origin, 'ours');
    await measure(browser, origin, 'shoelace');
    for (let i = 0; i < RUNS; i++) {
      for (const kind of i % 2 ? ['shoelace', 'ours'] : ['ours', 'shoelace']) {
        runs[kind].push(await measure(browser, origin, kind));
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const summary = {};
  for (const kind of ['ours', 'shoelace']) {
    const pick = (k) => median(runs[kind].map((r) => r[k]));
    summary[kind] = {
      renderMs: pick('renderMs'),
      renderCpuMs: pick('renderCpuMs'),
      heapBytes: pick('heapBytes'),
      nodes: pick('nodes'),
      listeners: pick('listeners'),
      openMs: pick('openMs'),
      defineMs: pick('defineMs'),
      bundleGzipBytes: JSON.parse(readFileSync(join(OUT, 'sizes.json'), 'utf8'))[kind],
    };
  }
  const rows = [
    ['upgrade + render 500, main-thread CPU (ms)', 'renderCpuMs', (v) => v.toFixed(1)],
    ['upgrade + render 500, wall clock (ms)', 'renderMs', (v) => v.toFixed(1)],
    ['JS heap for 500, after GC (KB)', 'heapBytes', (v) => (v / 1024).toFixed(0)],
    ['DOM nodes for 500', 'nodes', (v) => String(v)],
    ['JS event listeners for 500', 'listeners', (v) => String(v)],
    ['first popup open, click to text (ms)', 'openMs', (v) => v.toFixed(1)],
    ['script load + define (ms)', 'defineMs', (v) => v.toFixed(1)],
    [
      'JS loaded up front, min + gzip, Lit included (KB)',
      'bundleGzipBytes',
      (v) => (v / 1024).toFixed(1),
    ],
  ];
  const lines = [
    `Glossary bench: ${COUNT} terms, median of ${RUNS} runs, Chromium ${await chromiumVersion()}`,
    '',
    `| metric | nb-drug-term | sl-tooltip (Shoelace 2.20.1) | ratio |`,
    `|---|---:|---:|---:|`,
  ];
  for (const [label, key, fmt] of rows) {
    const a = summary.ours[key];
    const b = summary.shoelace[key];
    const ratio = b ? `${(a / b).toFixed(2)}×` : '—';
    lines.push(`| ${label} | ${fmt(a)} | ${fmt(b)} | ${ratio} |`);
  }
  const target = {
    // CPU time: wall clock swings with whatever else the machine runs.
    render: summary.ours.renderCpuMs / summary.shoelace.renderCpuMs,
    heap: summary.ours.heapBytes / summary.shoelace.heapBytes,
  };
  const met = target.render <= 0.5 && target.heap <= 0.5;
  lines.push(
    '',
    `Target ≤ 0.5× Shoelace on render time (main-thread CPU) and heap: render ${target.render.toFixed(2)}×, heap ${target.heap.toFixed(2)}× — ${met ? 'met' : 'NOT met'}.`,
  );
  return {
    name: 'glossary',
    count: COUNT,
    runs: RUNS,
    summary,
    raw: runs,
    table: lines.join('\n'),
    met,
  };
}

let version = '';
async function chromiumVersion() {
  if (version) return version;
  const b = await chromium.launch({
    executablePath: requireChrome(),
    args: ['--no-sandbox', '--headless=new'],
  });
  version = b.version();
  await b.close();
  return version;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await runGlossaryBench();
  console.log(result.table);
}
