// nb-widgets/ssr in Node: every element renders to declarative shadow DOM in every served
// locale (no DOM globals needed), the banner says only what is true at any time, and
// prerenderHtml keeps everything around the elements, and the partner's fallback, as it was.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { LOCALES, ssrEntry, unitText, visibleText } from './ssr-helpers.mjs';

const { renderToString, prerenderHtml } = await import(ssrEntry);

/** Each element and the units whose text must be in its server-rendered HTML. */
const ELEMENTS = [
  {
    html: '<nb-helpline-banner></nb-helpline-banner>',
    units: ['helpline.org', 'helpline.bank-holiday-note'],
  },
  {
    html: '<nb-treatment-card></nb-treatment-card>',
    units: [
      'card.title',
      'treatment.heading.options',
      'treatment.heading.research',
      'treatment.heading.helpline',
    ],
  },
  { html: '<nb-trial-list></nb-trial-list>', units: ['trial-list.filter-all'] },
  {
    html: '<nb-glossary></nb-glossary>',
    units: [
      'glossary.dinutuximab-beta.name',
      'glossary.dinutuximab-beta.definition',
      'glossary.cyclophosphamide.definition',
    ],
  },
  {
    html: '<nb-drug-term term="dinutuximab-beta">dinutuximab beta</nb-drug-term>',
    units: ['glossary.dinutuximab-beta.name'],
  },
];

const tagOf = (html) => /^<([a-z-]+)/.exec(html)[1];

describe('renderToString: every element in every served locale', () => {
  for (const locale of LOCALES)
    for (const { html, units } of ELEMENTS)
      test(`${tagOf(html)} in ${locale}`, async () => {
        const out = await renderToString(html, { locale });
        assert.match(
          out,
          new RegExp(
            `^<${tagOf(html)}[^>]*><template shadowroot="open" shadowrootmode="open"><style>`,
          ),
        );
        assert.match(out, new RegExp(`lang="${locale === 'en' ? 'en-GB' : locale}"`));
        if (locale === 'ar') assert.match(out, /dir="rtl"/);
        const text = visibleText(out);
        for (const id of units)
          assert.ok(text.includes(await unitText(locale, id)), `${id} in:\n${text.slice(0, 400)}`);
      });
});

test('an element’s own lang wins over the option; an ancestor’s lang over the option too', async () => {
  const own = await renderToString('<nb-glossary lang="cy"></nb-glossary>', { locale: 'es' });
  assert.ok(
    visibleText(own).includes(await unitText('cy', 'glossary.dinutuximab-beta.definition')),
  );
  const page = await prerenderHtml(
    '<!doctype html><html lang="es"><body><div lang="ar"><nb-glossary></nb-glossary></div><nb-glossary></nb-glossary></body></html>',
    { locale: 'cy' },
  );
  const [ar, es] = page.split('</nb-glossary>');
  assert.match(ar, /lang="ar" dir="rtl"/);
  assert.match(es, /lang="es" dir="ltr"/);
});

test('the prerendered banner shows its hours but never "open now" or "opens"', async () => {
  for (const locale of LOCALES) {
    const out = await renderToString('nb-helpline-banner', { locale });
    const monday = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(
      new Date(Date.UTC(2024, 0, 1)),
    );
    assert.ok(visibleText(out).includes(monday), `${locale}: hours name ${monday}`);
    assert.doesNotMatch(out.replace(/<style>[\s\S]*?<\/style>/g, ''), /data-open=/, locale);
    const status = /<p class="status"[^>]*>([\s\S]*?)<\/p>/.exec(out)[1];
    assert.equal(visibleText(status), '', `${locale}: the status line is empty until hydrated`);
  }
});

test('glossary-scope keeps its light DOM and renders the words inside it', async () => {
  const out = await renderToString(
    '<nb-glossary-scope lang="es"><p>Given in hospital: <nb-drug-term term="topotecan">topotecan</nb-drug-term>.</p></nb-glossary-scope>',
  );
  assert.match(
    out,
    /^<nb-glossary-scope[^>]*><template shadowroot="open" shadowrootmode="open">[\s\S]*<slot><\/slot>/,
  );
  assert.match(
    out,
    /<\/template><p>Given in hospital: <nb-drug-term[^>]*><template shadowroot="open"/,
  );
  assert.ok(visibleText(out).includes(await unitText('es', 'glossary.topotecan.name')));
  assert.doesNotMatch(out, /defer-hydration/, 'light-DOM words hydrate on their own');
});

test('prerenderHtml changes only the nb- elements and keeps the partner’s fallback', async () => {
  const before =
    '<!doctype html>\n<html lang="en"><head><title>Page</title></head><body>\n<h1>Our page</h1>\n';
  const fallback = '<a href="tel:08088004040">Call 0808 800 4040</a>';
  const after =
    '\n<template><nb-glossary></nb-glossary></template><script>const s = "<nb-glossary></nb-glossary>";</script>\n</body></html>\n';
  const out = await prerenderHtml(
    `${before}<nb-helpline-banner dismissible>${fallback}</nb-helpline-banner>${after}`,
  );
  assert.ok(out.startsWith(before), 'the page before the element is unchanged');
  assert.match(
    out.slice(before.length),
    /^<nb-helpline-banner\s+dismissible theme="light"><template shadowroot/,
  );
  assert.ok(out.endsWith(`</template>${fallback}</nb-helpline-banner>${after}`));
  assert.equal(
    out.match(/shadowrootmode/g).length,
    1,
    'nothing inside <template> or <script> is rendered',
  );
  assert.doesNotMatch(
    out,
    /<!--lit-part [^>]*--><nb-helpline-banner/,
    'no Lit markers around the element',
  );
});

test('renderToString takes a bare tag name and refuses anything but an nb- element', async () => {
  assert.match(await renderToString('nb-trial-list'), /^<nb-trial-list[^>]*><template shadowroot/);
  await assert.rejects(renderToString('<div>hi</div>'), /takes an nb- element/);
  await assert.rejects(renderToString('nb-unknown'), /takes an nb- element/);
});

test('a locale or direction from the options is written on the element, for hydration', async () => {
  const out = await prerenderHtml('<p><nb-glossary></nb-glossary></p>', {
    locale: 'cy',
    dir: 'rtl',
  });
  assert.match(out, /^<p><nb-glossary\s+lang="cy" dir="rtl"[^>]*><template shadowroot/);
  const inherited = await prerenderHtml('<div lang="es"><nb-glossary></nb-glossary></div>', {
    locale: 'cy',
  });
  assert.match(inherited, /^<div lang="es"><nb-glossary theme="light"><template/);
  const english = await renderToString('nb-glossary');
  assert.match(english, /^<nb-glossary theme="light"><template/);
});

test('a trial list with a feed and live status renders the bundled trials and fetches nothing', async (t) => {
  const fetch = t.mock.method(globalThis, 'fetch', () => Promise.reject(new Error('no network')));
  const out = await renderToString(
    '<nb-trial-list src="https://charity.example/feed.json" live-status></nb-trial-list>',
  );
  assert.ok(visibleText(out).includes(await unitText('en', 'trial-list.group-open')));
  assert.match(out, /NCT03165292/);
  assert.equal(fetch.mock.callCount(), 0);
});

test('relative links resolve against baseUrl; without it they wait for the browser', async (t) => {
  const html = '<nb-treatment-card trials-href="/trials"></nb-treatment-card>';
  const withBase = await renderToString(html, { baseUrl: 'https://charity.example/help/' });
  assert.match(withBase, /href="https:\/\/charity\.example\/trials"/);
  const warn = t.mock.method(console, 'warn', () => {});
  const without = await renderToString(html);
  const shadow = without.slice(without.indexOf('<template'));
  assert.doesNotMatch(shadow, /charity\.example| href="\/trials"/);
  assert.equal(warn.mock.callCount(), 1);
  assert.match(
    String(warn.mock.calls[0].arguments[0]),
    /nb-treatment-card.*trials-href="\/trials"/,
  );
});
