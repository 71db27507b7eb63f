#!/usr/bin/env node
// npm run bench: every benchmark against the built dist/ (run `npm run build` first). Prints the
// tables and writes bench/results.json (gitignored). Not part of npm test: timings depend on the
// machine. Scenarios 1, 3 share one Chromium session; the glossary bench builds its own pages and
// browser; Lighthouse drives its own Chromium.
import { existsSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { startServer } from '../scripts/test/lib/static-server.mjs';
import { pageRows, printPages } from '../scripts/build/size.mjs';
import { benchBundle } from './bundle.mjs';
import { benchCard } from './card.mjs';
import { runGlossaryBench } from './glossary.mjs';
import { launch } from './lib.mjs';
import { benchLighthouse } from './lighthouse.mjs';
import { benchLocaleSwitch } from './locale-switch.mjs';

if (!existsSync('dist/cdn/nb-widgets.js')) {
  console.error('bench: dist/ is missing; run `npm run build` first.');
  process.exit(1);
}

// Text is sent gzipped, as a CDN sends it: under the slow-4G rows and Lighthouse, bytes cost what
// they would cost a reader.
const server = await startServer({ mounts: { '/': resolve('.') }, compress: true });
const browser = await launch();
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, load ${loadavg()[0].toFixed(1)}, Node ${process.version}, Chromium ${browser.version()}`;
console.log(`bench on ${machine}`);

const results = { machine, date: new Date().toISOString() };
try {
  results.card = await benchCard(browser, server);
  results.localeSwitch = await benchLocaleSwitch(browser, server);
} finally {
  await browser.close();
}
const glossary = await runGlossaryBench();
console.log(`\n2. Glossary\n${glossary.table}`);
results.glossary = glossary;
results.bundle = await benchBundle();
// Issue #18: the JS a page with one element loads (per-element file, or the autoloader).
console.log('\n5. Per-page JavaScript');
results.pages = await pageRows();
printPages(results.pages);
try {
  results.lighthouse = await benchLighthouse(server);
} finally {
  await server.close();
}
writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
console.log('\nbench: results written to bench/results.json');
