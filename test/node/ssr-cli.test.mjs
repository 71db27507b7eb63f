// The prerender tool as partners use it: `npx nb-widgets prerender in.html > out.html`, and an
// Eleventy 3 site whose transform calls prerenderHtml (test/fixtures/eleventy-site, offline).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { cli, unitText, visibleText } from './ssr-helpers.mjs';

const tmp = mkdtempSync(join(tmpdir(), 'nb-ssr-cli-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

const page = `<!doctype html>
<html lang="en">
<body>
<p>Before</p>
<nb-glossary lang="ar"><a href="/glossary">Our glossary</a></nb-glossary>
<nb-helpline-banner></nb-helpline-banner>
</body>
</html>
`;

const run = (args, input) =>
  spawnSync(process.execPath, [cli, ...args], { input, encoding: 'utf8', timeout: 60_000 });

test('prerender writes the page with each nb- element server-rendered to standard output', async () => {
  const file = join(tmp, 'in.html');
  writeFileSync(file, page);
  const r = run(['prerender', file]);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout.match(/<template shadowroot="open" shadowrootmode="open">/g).length, 2);
  assert.ok(r.stdout.startsWith('<!doctype html>\n<html lang="en">\n<body>\n<p>Before</p>\n'));
  assert.match(r.stdout, /<\/template><a href="\/glossary">Our glossary<\/a><\/nb-glossary>/);
  const text = visibleText(r.stdout);
  assert.ok(text.includes(await unitText('ar', 'glossary.dinutuximab-beta.definition')));
  assert.ok(text.includes(await unitText('en', 'helpline.bank-holiday-note')));
});

test('prerender reads standard input, takes --locale and writes --out', async () => {
  const out = join(tmp, 'out.html');
  const r = run(['prerender', '--locale', 'cy', '--out', out], '<nb-glossary></nb-glossary>');
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, '');
  const html = readFileSync(out, 'utf8');
  assert.ok(visibleText(html).includes(await unitText('cy', 'glossary.chemotherapy.definition')));
});

test('prerender explains wrong usage and exits 2', () => {
  for (const args of [
    ['prerender', '--base-url', 'not a url'],
    ['render', 'x.html'],
    ['prerender', '--dir', 'up'],
    ['prerender', 'a', 'b'],
  ]) {
    const r = run(args, '');
    assert.equal(r.status, 2, args.join(' '));
    assert.match(r.stderr, /Usage: nb-widgets prerender/);
  }
  const missing = run(['prerender', join(tmp, 'missing.html')]);
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /cannot read/);
});

test('an Eleventy 3 site prerenders its widgets with one transform', async () => {
  const site = fileURLToPath(new URL('../fixtures/eleventy-site/', import.meta.url));
  const output = join(tmp, 'site');
  // As a site runs it: `npx @11ty/eleventy` in the site's folder (its config is eleventy.config.mjs).
  const eleventy = fileURLToPath(
    new URL('../../node_modules/@11ty/eleventy/cmd.cjs', import.meta.url),
  );
  const r = spawnSync(process.execPath, [eleventy, '--quiet', `--output=${output}`], {
    cwd: site,
    encoding: 'utf8',
    timeout: 120_000,
  });
  assert.equal(r.status, 0, r.stderr);
  const html = readFileSync(join(output, 'index.html'), 'utf8');
  assert.match(html, /<h1>Neuroblastoma help<\/h1>/);
  assert.equal(html.match(/shadowrootmode="open"/g).length >= 2, true);
  const text = visibleText(html);
  assert.ok(text.includes(await unitText('es', 'helpline.bank-holiday-note')), 'banner in Spanish');
  assert.ok(text.includes(await unitText('cy', 'card.title')), 'card in Welsh');
  assert.match(
    html,
    /<\/template><p>Read about treatment on our own page\.<\/p><\/nb-treatment-card>/,
  );
});

test('the plain build-step example prerenders every page of a folder', async () => {
  const example = fileURLToPath(new URL('../fixtures/build-step/', import.meta.url));
  const output = join(tmp, 'built');
  const r = spawnSync(process.execPath, ['prerender-site.mjs', 'site', output], {
    cwd: example,
    encoding: 'utf8',
    timeout: 60_000,
  });
  assert.equal(r.status, 0, r.stderr);
  const index = readFileSync(join(output, 'index.html'), 'utf8');
  assert.ok(visibleText(index).includes(await unitText('en', 'helpline.org')));
  const glossary = readFileSync(join(output, 'help/glossary.html'), 'utf8');
  assert.match(
    glossary,
    /<\/template><a href="\/glossary.pdf">Glossary \(PDF\)<\/a><\/nb-glossary>/,
  );
  assert.ok(
    visibleText(glossary).includes(await unitText('ar', 'glossary.chemotherapy.definition')),
  );
});
