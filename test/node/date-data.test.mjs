// The bundled date data (src/generated/date-data/) matches what scripts/locale/gen-date-data.mjs makes
// from the installed @formatjs/intl-datetimeformat and lit-localize.json's locales, and it
// formats as the CLDR data should (Node has full ICU, so it is the reference here).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { DateTimeFormat } from '@formatjs/intl-datetimeformat';
import { renderDateData } from '../../scripts/locale/gen-date-data.mjs';

const files = renderDateData();
const committed = (name) =>
  readFileSync(new URL(`../../src/generated/date-data/${name}`, import.meta.url), 'utf8');

test('src/generated/date-data is up to date (npm run locale:dates)', () => {
  for (const [name, text] of files) assert.equal(committed(name), text, name);
});

test('every shipped locale has bundled date data', () => {
  const config = JSON.parse(readFileSync(new URL('../../lit-localize.json', import.meta.url)));
  for (const code of [config.sourceLocale, ...config.targetLocales]) {
    const key = code === 'en-GB' ? code : code.split('-')[0];
    assert.ok(files.has(`date-${key}.ts`), code);
  }
});

test('the trimmed data formats review dates, months, weekdays and UK times as ICU does', () => {
  const body = (text) => JSON.parse(text.slice(text.indexOf('export default ') + 15, -2));
  for (const [name, text] of files) {
    if (name === 'time-zones.ts') DateTimeFormat.__addTZData(body(text));
    else if (name.startsWith('date-')) DateTimeFormat.__addLocaleData(body(text));
  }
  const cases = [
    [Date.UTC(2022, 7, 31), { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }],
    [Date.UTC(2025, 2, 1), { month: 'short', year: 'numeric', timeZone: 'UTC' }],
    [Date.UTC(2024, 0, 5), { weekday: 'long', timeZone: 'UTC' }],
    // 08:00 UTC on 1 July is 09:00 in London (BST): the bundled zone rules must know that.
    [Date.UTC(2026, 6, 1, 8), { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/London' }],
  ];
  const space = (s) => s.replace(/[\s\u202f]/g, ' ');
  for (const locale of ['en-GB', 'es', 'cy', 'ar'])
    for (const [t, options] of cases)
      assert.equal(
        space(new DateTimeFormat(locale, options).format(t)),
        space(new Intl.DateTimeFormat(locale, options).format(t)),
        `${locale} ${JSON.stringify(options)}`,
      );
});
