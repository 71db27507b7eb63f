// The snippets a partner copies (scripts/build/lib/snippets.mjs) and the release zip writer
// (scripts/build/lib/zip.mjs), read back by the embed tests' own reader (test/embed/unzip.mjs).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  elementSnippet,
  fallbackLines,
  fullSnippet,
  scriptTag,
  telOf,
} from '../../scripts/build/lib/snippets.mjs';
import { zip } from '../../scripts/build/lib/zip.mjs';
import { readZip } from '../embed/unzip.mjs';

test('a banner for another organisation falls back to its own name and number', () => {
  const html = elementSnippet({
    tag: 'nb-helpline-banner',
    attributes: { org: 'Family support line', number: '020 7946 0000' },
  });
  assert.match(html, /org="Family support line" number="020 7946 0000"/);
  assert.match(html, /Family support line: <a href="tel:\+442079460000">020 7946 0000<\/a>/);
  assert.doesNotMatch(html, /0808|Cancer Research UK/);
});

test('with no org or number the banner falls back to the Cancer Research UK nurses', () => {
  const html = fallbackLines('nb-helpline-banner').join('\n');
  assert.match(html, /Cancer Research UK nurses: <a href="tel:\+448088004040">0808 800 4040<\/a>/);
});

test('a number the banner cannot call falls back to the default line, as the banner does', () => {
  const html = fallbackLines('nb-helpline-banner', { org: 'Our line', number: 'call us' }).join('');
  assert.match(html, /Our line: <a href="tel:\+448088004040">0808 800 4040<\/a>/);
});

test('tel: links follow the banner: UK national numbers get +44, 00 becomes +', () => {
  assert.equal(telOf('0808 800 4040'), '+448088004040');
  assert.equal(telOf('+353 1 234 5678'), '+35312345678');
  assert.equal(telOf('00 353 1 234 5678'), '+35312345678');
  assert.equal(telOf('not a number'), undefined);
});

test('attribute values and names a person types are escaped', () => {
  const html = elementSnippet({
    tag: 'nb-helpline-banner',
    attributes: { org: '<b>"Us" & co</b>' },
  });
  assert.match(html, /org="&lt;b&gt;&quot;Us&quot; &amp; co&lt;\/b&gt;"/);
  assert.match(html, /&lt;b&gt;&quot;Us&quot; &amp; co&lt;\/b&gt;: <a/);
  assert.doesNotMatch(html, /<b>/);
});

test('boolean, theme and language: bare attribute, theme only when not light, English fallback marked', () => {
  const html = elementSnippet({
    tag: 'nb-treatment-card',
    attributes: { collapsed: true, 'risk-group': undefined, sections: '' },
    theme: 'dark',
    lang: 'es',
  });
  assert.match(html, /^<nb-treatment-card collapsed theme="dark" lang="es">/);
  assert.match(html, /<p lang="en">/);
  assert.doesNotMatch(html, /risk-group|sections/);
  const light = elementSnippet({ tag: 'nb-trial-list', theme: 'light', lang: 'en-GB' });
  assert.match(light, /^<nb-trial-list>\n/);
  assert.doesNotMatch(light, /lang=/);
});

test('an empty dismissible is kept: it means "show a hide button"', () => {
  assert.match(
    elementSnippet({ tag: 'nb-helpline-banner', attributes: { dismissible: '' } }),
    /^<nb-helpline-banner dismissible>/,
  );
});

test('the script tag carries integrity and crossorigin only with a hash', () => {
  assert.equal(
    scriptTag({ base: '/x/', file: 'nb-widgets.js' }),
    '<script\n  type="module"\n  src="/x/nb-widgets.js"\n></script>',
  );
  const full = fullSnippet({
    tag: 'nb-drug-term',
    attributes: { term: 'dinutuximab-beta' },
    integrity: 'sha384-abc',
  });
  assert.match(full, /integrity="sha384-abc"\n {2}crossorigin="anonymous"/);
  assert.match(full, /<nb-drug-term term="dinutuximab-beta">dinutuximab beta<\/nb-drug-term>/);
});

test('the zip writer round-trips text, binary, empty and incompressible files', () => {
  const random = Buffer.alloc(4096);
  for (let i = 0; i < random.length; i++) random[i] = (i * 2654435761) >>> 24;
  const files = [
    { name: 'a/readme.txt', data: Buffer.from('hello '.repeat(200)) },
    { name: 'a/b/empty.js', data: Buffer.alloc(0) },
    { name: 'noise.bin', data: random },
    { name: 'ünïcode.txt', data: Buffer.from('é') },
  ];
  const back = readZip(zip(files));
  assert.deepEqual(
    back.map((e) => [e.name, e.data.toString('hex')]),
    files.map((e) => [e.name, Buffer.from(e.data).toString('hex')]),
  );
});

test('the zip writer refuses names that would escape the folder', () => {
  for (const name of ['../x', '/etc/x', 'a\\b', 'a/../../b'])
    assert.throws(() => zip([{ name, data: Buffer.from('x') }]), /unsafe/);
});
