// Per-element loading (issue #18): the autoloader registers only the nb- tags a page contains,
// and tags added later (in the document and in an open shadow root); each per-element file
// dist/cdn/nb-<name>.js, loaded with its integrity value, renders its element and registers no
// unrelated one. No console errors. (Overview: coverage.test.mjs.)
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchChromium } from '../../scripts/test/lib/chromium.mjs';
import { startServer } from '../../scripts/test/lib/static-server.mjs';
import { dist, elements, sri } from './helpers/build.mjs';

const TAGS = elements.map((e) => e.tag);
const page = (head, body) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>per-element</title>${head}</head><body>${body}</body></html>`;
const autoloader = '<script type="module" src="/cdn/autoloader.js"></script>';
const banner = elements.find((e) => e.tag === 'nb-helpline-banner');

const pages = new Map([
  ['/autoloader-banner.html', { html: page(autoloader, banner.snippet) }],
  ...elements.map((e) => [
    `/file-${e.tag}.html`,
    {
      html: page(
        `<script type="module" src="/cdn/${e.tag}.js" integrity="${sri[`${e.tag}.js`]}" crossorigin="anonymous"></script>`,
        e.snippet,
      ),
    },
  ]),
  [
    '/bad-integrity.html',
    {
      html: page(
        `<script type="module" src="/cdn/nb-helpline-banner.js" integrity="${sri['nb-glossary.js']}" crossorigin="anonymous"></script>`,
        banner.snippet,
      ),
    },
  ],
]);

let server;
let browser;
before(async () => {
  server = await startServer({ mounts: { '/cdn/': `${dist}/cdn` }, pages });
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens a path; returns the page and the console errors and page errors it logs. */
async function open(path) {
  const tab = await browser.newPage();
  const errors = [];
  tab.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  tab.on('pageerror', (e) => errors.push(String(e)));
  const scripts = [];
  tab.on(
    'requestfinished',
    (r) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname),
  );
  await tab.goto(`${server.url}${path}`);
  return { tab, errors, scripts };
}

const defined = (tab) =>
  tab.evaluate((tags) => tags.filter((t) => customElements.get(t) !== undefined), TAGS);

/** The rendered text of the first `tag` on the page (its shadow root), once it has rendered. */
async function shadowText(tab, tag) {
  await tab.waitForFunction(
    (t) => (document.querySelector(t)?.shadowRoot?.textContent ?? '').trim().length > 0,
    tag,
    { timeout: 10_000 },
  );
  return tab.evaluate(
    (t) => document.querySelector(t).shadowRoot.textContent.replace(/\s+/g, ' '),
    tag,
  );
}

/** The partner's text inside `tag`, once it has wrapped a glossary word in <nb-drug-term>. */
async function wrappedText(tab, tag) {
  await tab.waitForFunction((t) => document.querySelector(`${t} nb-drug-term`) !== null, tag, {
    timeout: 10_000,
  });
  return tab.evaluate((t) => document.querySelector(t).textContent.replace(/\s+/g, ' '), tag);
}

test('autoloader: a page with one <nb-helpline-banner> registers only that tag and renders it', async () => {
  const { tab, errors, scripts } = await open('/autoloader-banner.html');
  const text = await shadowText(tab, 'nb-helpline-banner');
  await tab.waitForLoadState('networkidle');
  for (const expected of banner.text)
    assert.ok(text.includes(expected), `banner shows "${expected}"`);
  assert.deepEqual(await defined(tab), ['nb-helpline-banner']);
  const loaded = scripts.map((s) => s.replace(/^\/cdn\//, ''));
  assert.ok(loaded.includes('nb-helpline-banner.js'), loaded.join(' '));
  for (const other of TAGS.filter((t) => t !== 'nb-helpline-banner'))
    assert.ok(!loaded.includes(`${other}.js`), `${other}.js was fetched: ${loaded.join(' ')}`);
  assert.ok(
    !loaded.some((s) => /glossary|date|locales\//.test(s)),
    `banner page fetched ${loaded.join(' ')}`,
  );
  assert.deepEqual(errors, []);
  await tab.close();
});

test('autoloader: tags added later are registered, in the document and in an open shadow root', async () => {
  const { tab, errors } = await open('/autoloader-banner.html');
  await shadowText(tab, 'nb-helpline-banner');
  await tab.evaluate(() => {
    const p = document.createElement('p');
    p.innerHTML = 'Some children have <nb-drug-term term="topotecan">topotecan</nb-drug-term>.';
    document.body.append(p);
  });
  await tab.waitForFunction(() => customElements.get('nb-drug-term') !== undefined, undefined, {
    timeout: 10_000,
  });
  assert.ok((await shadowText(tab, 'nb-drug-term')).length > 0);
  // A partner's own component with an open shadow root, holding a card added after it rendered.
  await tab.evaluate(() => {
    const host = document.createElement('div');
    document.body.append(host);
    host.attachShadow({ mode: 'open' }).innerHTML = '<span>partner widget</span>';
    // the autoloader finds the root when the host is added; the card goes in afterwards
    return new Promise((resolve) =>
      setTimeout(() => {
        host.shadowRoot.append(document.createElement('nb-glossary'));
        resolve(undefined);
      }, 50),
    );
  });
  await tab.waitForFunction(() => customElements.get('nb-glossary') !== undefined, undefined, {
    timeout: 10_000,
  });
  assert.deepEqual((await defined(tab)).sort(), [
    'nb-drug-term',
    'nb-glossary',
    'nb-helpline-banner',
  ]);
  assert.deepEqual(errors, []);
  await tab.close();
});

for (const element of elements)
  test(`per-element file: ${element.tag}.js with its integrity renders <${element.tag}>`, async () => {
    assert.ok(sri[`${element.tag}.js`], `sri.json has ${element.tag}.js`);
    const { tab, errors } = await open(`/file-${element.tag}.html`);
    // A wrapper of the partner's text renders its words as <nb-drug-term> inside that text.
    const text = element.partnerText
      ? await wrappedText(tab, element.tag)
      : await shadowText(tab, element.tag);
    for (const expected of element.text)
      assert.ok(
        text.includes(expected),
        `<${element.tag}> shows "${expected}": ${text.slice(0, 200)}`,
      );
    const registered = await defined(tab);
    assert.ok(registered.includes(element.tag));
    // Only the element and the ones it renders (<nb-drug-term> for its glossary words).
    for (const tag of registered)
      assert.ok([element.tag, 'nb-drug-term'].includes(tag), `also registered <${tag}>`);
    assert.deepEqual(errors, []);
    await tab.close();
  });

test('per-element file: a wrong integrity value is refused (nothing registers)', async () => {
  const { tab, errors } = await open('/bad-integrity.html');
  await tab.waitForLoadState('networkidle');
  assert.deepEqual(await defined(tab), []);
  assert.ok(
    errors.some((e) => /integrity/i.test(e)),
    errors.join('\n'),
  );
  await tab.close();
});
