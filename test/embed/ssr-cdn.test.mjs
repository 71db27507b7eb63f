// Prerendered HTML (npx nb-widgets prerender, the built dist/ssr) with the built CDN file for
// such pages (dist/cdn/nb-widgets.hydrate.js, with its integrity value), in Chromium: the
// minified templates of the two builds agree, so every element hydrates in place, in its
// locale, with no warning, and the banner fills in its status.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { launchChromium } from '../../scripts/test/lib/chromium.mjs';
import { startServer } from '../../scripts/test/lib/static-server.mjs';
import { dist, sri } from './helpers/build.mjs';

const FILE = 'nb-widgets.hydrate.js';

const source = (lang) => `<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><title>Prerendered</title></head>
<body>
<nb-helpline-banner dismissible><a href="tel:08088004040">0808 800 4040</a></nb-helpline-banner>
<nb-treatment-card collapsed></nb-treatment-card>
<nb-trial-list></nb-trial-list>
<nb-glossary></nb-glossary>
<p>Word: <nb-drug-term term="topotecan">topotecan</nb-drug-term>.</p>
<script>
  // Runs before the module script: remember one server-rendered node per element.
  window.marked = [...document.querySelectorAll('nb-helpline-banner, nb-treatment-card, nb-trial-list, nb-glossary, nb-drug-term')]
    .map((el) => [el.localName, el.shadowRoot.querySelector('section, h2, h3, p, button')]);
</script>
<script type="module" src="/cdn/${FILE}" integrity="${sri[FILE]}" crossorigin="anonymous"></script>
</body>
</html>
`;

function prerender(html) {
  const r = spawnSync(process.execPath, [join(dist, 'bin/nb-widgets.mjs'), 'prerender'], {
    input: html,
    encoding: 'utf8',
  });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout;
}

let server;
let browser;
before(async () => {
  const pages = new Map(
    ['en', 'ar'].map((lang) => [`/${lang}.html`, { html: prerender(source(lang)) }]),
  );
  server = await startServer({ mounts: { '/cdn/': join(dist, 'cdn') }, pages });
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

for (const lang of ['en', 'ar'])
  test(`ssr: prerendered page + ${FILE} hydrates in place (${lang})`, async () => {
    assert.ok(sri[FILE], `${FILE} is in sri.json`);
    const page = await browser.newPage();
    const logs = [];
    page.on('console', (m) => {
      if (m.type() === 'warning' || m.type() === 'error') logs.push(m.text());
    });
    page.on('pageerror', (e) => logs.push(String(e)));
    await page.goto(`${server.url}/${lang}.html`);
    await page.waitForFunction(() =>
      document
        .querySelector('nb-helpline-banner')
        ?.shadowRoot?.querySelector('[part="status"]')
        ?.hasAttribute('data-open'),
    );
    const result = await page.evaluate(() =>
      window.marked.map(([tag, node]) => [
        tag,
        node.isConnected && document.querySelector(tag).shadowRoot.contains(node),
        document.querySelector(tag).shadowRoot.querySelector('[lang]')?.getAttribute('lang'),
      ]),
    );
    for (const [tag, same, rendered] of result) {
      assert.equal(same, true, `${tag}: the server's node stays`);
      if (tag !== 'nb-drug-term') assert.equal(rendered, lang === 'en' ? 'en-GB' : lang, tag);
    }
    assert.deepEqual(logs, []);
    await page.close();
  });

// Issue #18: a prerendered page is laid out once. When the script takes over, the banner fills in
// its status line in the room the server kept for it, so nothing on the page moves (a phone-sized
// window, a reader in the UK: the note for readers abroad needs the reader's time zone and is
// added only for them).
test('ssr: hydrating a prerendered page shifts no layout (phone, UK reader)', async () => {
  const context = await browser.newContext({
    viewport: { width: 412, height: 823 },
    timezoneId: 'Europe/London',
  });
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.shifts.push(entry.value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(`${server.url}/en.html`);
  await page.waitForFunction(() =>
    document
      .querySelector('nb-helpline-banner')
      ?.shadowRoot?.querySelector('[part="status"]')
      ?.textContent?.trim(),
  );
  // Two frames after the status was filled in, so a shift it caused has been reported.
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
  assert.deepEqual(await page.evaluate(() => window.shifts), []);
  await context.close();
});
