// Dates, times and weekday names in every shipped locale, as the reader sees them in each engine.
// Debian's Chromium has no Welsh date data, so before src/locale/format.ts a Welsh card said
// "Aug 31, 2022" and the Welsh banner "Monday – Friday, 9:00 AM – 5:00 PM". The second half
// runs every locale through the bundled CLDR data (FormatJS) in both engines, with a stand-in
// Intl.DateTimeFormat that knows English only, as a browser without the locale's data would.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import { setNativeDateSupport } from '../src/locale/format.js';
import { allText } from './locale-support.js';

interface Expected {
  reviewed: string;
  checked: string;
  days: string[];
  times: (string | RegExp)[];
  english: string[];
}

const EXPECTED: Record<string, Expected> = {
  'en-GB': {
    reviewed: '31 Aug 2022',
    checked: 'Mar 2025',
    days: ['Monday', 'Friday'],
    times: ['9 am', '5 pm'],
    english: ['Aug 31', 'AM', 'PM'],
  },
  es: {
    reviewed: '31 ago 2022',
    checked: 'mar 2025',
    days: ['lunes', 'viernes'],
    times: ['9:00', '17:00'],
    english: ['Aug', 'Monday', 'Friday', 'AM', 'PM'],
  },
  cy: {
    reviewed: '31 Awst 2022',
    checked: 'Maw 2025',
    days: ['Dydd Llun', 'Dydd Gwener'],
    times: [/\b0?9:00/, '17:00'],
    english: ['Aug', 'Mar 2025', 'Monday', 'Friday', 'AM', 'PM'],
  },
  ar: {
    reviewed: '31 أغسطس 2022',
    checked: 'مارس 2025',
    days: ['الاثنين', 'الجمعة'],
    times: ['9:00 ص', '5:00 م'],
    english: ['Aug', 'Mar', 'Monday', 'Friday', 'AM', 'PM'],
  },
};

/** Saturday 7 March 2026, 10:00 UK time (GMT): the line next opens on Monday at 9. */
const SATURDAY = new Date('2026-03-07T10:00:00Z');

/** Rendered text with every kind of space as one space and no bidi controls. */
const norm = (text: string) =>
  text
    .replace(/[\u2066-\u2069\u200e\u200f\u061c]/g, '')
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim();

async function render(tag: string, locale: string): Promise<HTMLElement> {
  const wrapper = await fixture<HTMLElement>(html`<div lang=${locale}></div>`);
  const el = document.createElement(tag) as HTMLElement & { now: () => Date; hours?: string };
  el.now = () => SATURDAY;
  if (tag === 'nb-helpline-banner') el.setAttribute('hours', 'Mo-Fr 09:00-17:00');
  wrapper.append(el);
  return el;
}

/** Waits (up to 8 s: translations and date data load lazily) until `el` shows `expected`. */
async function shows(el: Element, expected: string | RegExp, part?: string): Promise<string> {
  const text = () => {
    const root = part ? el.shadowRoot?.querySelector(`[part~="${part}"]`) : el;
    if (!root) return '';
    return norm(part ? (root.textContent ?? '') : allText(root));
  };
  const found = () =>
    typeof expected === 'string' ? text().includes(expected) : expected.test(text());
  await waitUntil(found, '', { timeout: 8000 }).catch(() => undefined);
  expect(text(), `<${el.localName}>${part ? ` ${part}` : ''}`).to.match(
    typeof expected === 'string'
      ? new RegExp(expected.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      : expected,
  );
  return text();
}

function datesSuite(): void {
  for (const [locale, want] of Object.entries(EXPECTED)) {
    describe(locale, () => {
      it(`the card shows the source's review date as "${want.reviewed}"`, async () => {
        const el = await render('nb-treatment-card', locale);
        await shows(el, want.reviewed);
      });

      it(`a trial's status says it was checked in "${want.checked}"`, async () => {
        const el = await render('nb-trial-list', locale);
        const text = await shows(el, want.checked, 'status');
        for (const word of want.english) expect(text).not.to.include(word);
      });

      it(`the banner's opening hours name ${want.days.join(' and ')} and the times`, async () => {
        const el = await render('nb-helpline-banner', locale);
        for (const day of want.days) await shows(el, day, 'hours');
        for (const time of want.times) await shows(el, time, 'hours');
        const hours = norm(el.shadowRoot!.querySelector('[part~="hours"]')!.textContent ?? '');
        for (const word of want.english) expect(hours).not.to.include(word);
        // Closed on Saturday: "opens on Monday at 9".
        await shows(el, want.days[0]!, 'status');
        await shows(el, want.times[0]!, 'status');
      });
    });
  }
}

describe('a language switch and the date formatters', function () {
  this.timeout(30000);
  const RealDateTimeFormat = Intl.DateTimeFormat;
  afterEach(() => {
    Intl.DateTimeFormat = RealDateTimeFormat;
  });

  it('switching back to a language already shown builds no new date formatter', async () => {
    // Counts the formatters built for the elements' languages (not the time-zone helpers').
    let built = 0;
    const counting = function (locales?: string | string[], options?: Intl.DateTimeFormatOptions) {
      if (locales === 'es' || locales === 'en-GB') built++;
      return new RealDateTimeFormat(locales, options);
    } as unknown as typeof Intl.DateTimeFormat;
    Object.assign(counting, { supportedLocalesOf: RealDateTimeFormat.supportedLocalesOf });
    Intl.DateTimeFormat = counting;
    const els = await Promise.all(
      ['nb-treatment-card', 'nb-trial-list', 'nb-helpline-banner'].map((tag) => render(tag, 'es')),
    );
    const wrappers = els.map((el) => el.parentElement!);
    const round = async () => {
      for (const [lang, want] of [
        ['en-GB', EXPECTED['en-GB']!],
        ['es', EXPECTED.es!],
      ] as const) {
        wrappers.forEach((w) => w.setAttribute('lang', lang));
        await shows(els[0]!, want.reviewed);
        await shows(els[1]!, want.checked, 'status');
        await shows(els[2]!, want.days[0]!, 'hours');
      }
    };
    await round();
    expect(built, 'formatters for the first dates shown').to.be.greaterThan(0);
    built = 0;
    await round();
    expect(built).to.equal(0);
  });
});

describe('dates and times in every locale', function () {
  this.timeout(30000);
  describe("with the browser's own date data (bundled data where it has none)", datesSuite);

  describe('with bundled CLDR data (forced: a browser that knows English only)', () => {
    const RealDateTimeFormat = Intl.DateTimeFormat;
    before(() => {
      // What Debian's Chromium does for Welsh, for every locale: formats in English.
      const englishOnly = function (_locales?: unknown, options?: Intl.DateTimeFormatOptions) {
        return new RealDateTimeFormat('en-US', options);
      } as unknown as typeof Intl.DateTimeFormat;
      Object.assign(englishOnly, { supportedLocalesOf: () => [] });
      Intl.DateTimeFormat = englishOnly;
      setNativeDateSupport(() => false);
    });
    after(() => {
      Intl.DateTimeFormat = RealDateTimeFormat;
      setNativeDateSupport();
    });

    datesSuite();
  });
});
