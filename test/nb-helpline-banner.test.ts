import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/elements/nb-helpline-banner/define.js';
import type { NbHelplineBanner } from '../src/elements/nb-helpline-banner/nb-helpline-banner.js';
import { expectedBankHolidays } from './bank-holidays-expected.js';
import { captureWarnings, renderedText, shadow, textOf, untilLocale } from './helpers.js';

/** A banner whose clock reads `iso` (UTC) and whose reader sits in `zone`. */
async function banner(
  iso: string,
  { zone = 'Europe/London', attrs = {} as Record<string, string> } = {},
): Promise<NbHelplineBanner> {
  const el = document.createElement('nb-helpline-banner');
  el.now = () => new Date(iso);
  el.readerTimeZone = zone;
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.append(el);
  await el.updateComplete;
  return el;
}

const status = (el: NbHelplineBanner) => textOf(el, '[part="status"]');

describe('<nb-helpline-banner>', () => {
  describe('default content (S19, H01)', () => {
    it('shows the Cancer Research UK nurses, the Freephone number and the hours', async () => {
      const el = await banner('2026-01-05T10:00:00Z');
      expect(textOf(el, '.org')).to.equal('Cancer Research UK nurses');
      const call = shadow(el).querySelector<HTMLAnchorElement>('[part="call"]')!;
      expect(call.getAttribute('href')).to.equal('tel:+448088004040');
      expect(call.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        'Call 0808 800 4040 (Freephone)',
      );
      expect(textOf(el, '[part="hours"]')).to.equal('Monday to Friday, 9 am to 5 pm (UK time)');
    });

    it('says "usually" open, never promising an answer', async () => {
      const el = await banner('2026-01-05T10:00:00Z');
      expect(status(el)).to.equal('Usually open now, until 5 pm UK time');
    });

    it('shows the source and its review dates, overdue after 31 Aug 2025', async () => {
      const el = await banner('2026-01-05T10:00:00Z');
      const text = textOf(el, '[part="source"]');
      expect(text).to.contain('Based on information from Cancer Research UK');
      expect(text).to.contain('31 Aug 2022');
      expect(text).to.contain('31 Aug 2025');
      expect(textOf(el, '[part="review-notice"]')).to.contain('overdue for review');
    });

    it('shows no overdue notice before the next review date', async () => {
      const el = await banner('2025-01-06T10:00:00Z');
      expect(shadow(el).querySelector('[part="review-notice"]')).to.equal(null);
    });

    it('is accessible (axe)', async () => {
      const el = await banner('2026-01-05T10:00:00Z', { attrs: { dismissible: '' } });
      await expect(el).to.be.accessible();
    });
  });

  describe('open or closed, in London time', () => {
    // 5 Jan 2026 is a Monday in winter (GMT = UTC).
    const cases: [string, string, boolean][] = [
      ['08:59 Monday', '2026-01-05T08:59:00Z', false],
      ['09:00 Monday', '2026-01-05T09:00:00Z', true],
      ['16:59 Monday', '2026-01-05T16:59:00Z', true],
      ['17:00 Monday', '2026-01-05T17:00:00Z', false],
    ];
    for (const [label, iso, open] of cases) {
      it(`is ${open ? 'open' : 'closed'} at ${label}`, async () => {
        const el = await banner(iso);
        expect(shadow(el).querySelector('[part="status"]')!.getAttribute('data-open')).to.equal(
          String(open),
        );
      });
    }

    it('before 9am says it opens today at 9 am', async () => {
      expect(status(await banner('2026-01-05T08:59:00Z'))).to.equal(
        'Closed now. Usually opens today at 9 am UK time',
      );
    });

    it('after 5pm on a weekday says it opens tomorrow', async () => {
      expect(status(await banner('2026-01-05T17:00:00Z'))).to.equal(
        'Closed now. Usually opens tomorrow at 9 am UK time',
      );
    });

    it('on Saturday says it opens on Monday', async () => {
      expect(status(await banner('2026-01-03T12:00:00Z'))).to.equal(
        'Closed now. Usually opens on Monday at 9 am UK time',
      );
    });

    it('on Friday evening says it opens on Monday', async () => {
      expect(status(await banner('2026-01-02T18:30:00Z'))).to.equal(
        'Closed now. Usually opens on Monday at 9 am UK time',
      );
    });

    it('on Sunday says it opens tomorrow', async () => {
      expect(status(await banner('2026-01-04T12:00:00Z'))).to.equal(
        'Closed now. Usually opens tomorrow at 9 am UK time',
      );
    });

    it('in summer (BST) opens at 08:00 UTC', async () => {
      // 6 Jul 2026 is a Monday; 9am BST = 08:00 UTC.
      expect(status(await banner('2026-07-06T07:59:00Z'))).to.contain('opens today at 9 am');
      expect(status(await banner('2026-07-06T08:00:00Z'))).to.equal(
        'Usually open now, until 5 pm UK time',
      );
      expect(status(await banner('2026-07-06T15:59:00Z'))).to.contain('open now');
      expect(status(await banner('2026-07-06T16:00:00Z'))).to.contain('Closed now');
    });

    it('on the spring clock change (Sun 29 Mar 2026) opens on Monday at 9am BST', async () => {
      const el = await banner('2026-03-29T11:00:00Z');
      expect(status(el)).to.equal('Closed now. Usually opens tomorrow at 9 am UK time');
      expect(status(await banner('2026-03-30T07:59:00Z'))).to.contain('Closed now');
      expect(status(await banner('2026-03-30T08:00:00Z'))).to.equal(
        'Usually open now, until 5 pm UK time',
      );
    });

    it('on the autumn clock change (Sun 25 Oct 2026) opens on Monday at 9am GMT', async () => {
      expect(status(await banner('2026-10-25T12:00:00Z'))).to.equal(
        'Closed now. Usually opens tomorrow at 9 am UK time',
      );
      expect(status(await banner('2026-10-26T08:59:00Z'))).to.contain('Closed now');
      expect(status(await banner('2026-10-26T09:00:00Z'))).to.equal(
        'Usually open now, until 5 pm UK time',
      );
    });

    it('follows a custom schedule with several rules', async () => {
      const attrs = { hours: 'Mo-Fr 09:00-17:00; Sa 10:00-13:00' };
      const el = await banner('2026-01-03T10:30:00Z', { attrs });
      expect(status(el)).to.equal('Usually open now, until 1 pm UK time');
      const lines = [...shadow(el).querySelectorAll('[part="hours"]')].map((p) =>
        p.textContent!.trim(),
      );
      expect(lines).to.deep.equal([
        'Monday to Friday, 9 am to 5 pm (UK time)',
        'Saturday, 10 am to 1 pm (UK time)',
      ]);
    });

    it('skips closed dates', async () => {
      // Without bank holidays, only closed-dates close the line: Fri 25 and Mon 28 Dec 2026.
      const el = await banner('2026-12-24T18:00:00Z', {
        attrs: { 'closed-dates': '2026-12-25 2026-12-28', 'bank-holidays': 'none' },
      });
      expect(status(el)).to.equal('Closed now. Usually opens on Tuesday at 9 am UK time');
      const during = await banner('2026-12-25T10:00:00Z', {
        attrs: { 'closed-dates': '2026-12-25', 'bank-holidays': 'none' },
      });
      expect(status(during)).to.contain('Closed now');
    });

    it('updates itself when the line closes while the page stays open', async () => {
      let now = new Date('2026-01-05T16:59:59.850Z');
      const el = await banner(now.toISOString());
      el.now = () => now;
      await el.updateComplete;
      expect(status(el)).to.contain('open now');
      now = new Date('2026-01-05T17:00:00.100Z');
      await waitUntil(() => status(el).startsWith('Closed'), 'status did not change at 17:00', {
        timeout: 2000,
      });
    });
  });

  describe('bank holidays (H01, H03)', () => {
    const BANK_HOLIDAY = 'The line may be closed today because it is a bank holiday.';
    /**
     * The status line with the engine's own weekday punctuation taken out: Chromium and Firefox
     * write "Tuesday 29 December" in en-GB, WebKitGTK's ICU writes "Tuesday, 29 December". Both
     * are right; the day, date and hour are what these tests check.
     */
    const dayStatus = (el: NbHelplineBanner) => status(el).replace(/(day), (\d)/g, '$1 $2');

    it('on Christmas Day 2026 at noon says it may be closed, and opens again after the substitute Boxing Day', async () => {
      // Fri 25 Dec 2026; Mon 28 Dec is the substitute Boxing Day in England and Wales.
      const el = await banner('2026-12-25T12:00:00Z');
      expect(dayStatus(el)).to.equal(
        `${BANK_HOLIDAY} It usually opens again on Tuesday 29 December at 9 am UK time.`,
      );
      expect(status(el)).to.not.contain('open now');
      expect(shadow(el).querySelector('[part="status"]')!.getAttribute('data-open')).to.equal(
        'false',
      );
      expect(shadow(el).querySelector('[part="status"]')!.getAttribute('data-facts')).to.equal(
        'H01 H03',
      );
    });

    it('the next opening also skips closed-dates', async () => {
      const el = await banner('2026-12-25T12:00:00Z', { attrs: { 'closed-dates': '2026-12-29' } });
      expect(dayStatus(el)).to.equal(
        `${BANK_HOLIDAY} It usually opens again on Wednesday 30 December at 9 am UK time.`,
      );
    });

    it('the evening before a bank holiday, the next opening skips it', async () => {
      const el = await banner('2026-12-24T18:00:00Z');
      expect(status(el)).to.equal('Closed now. Usually opens on Tuesday at 9 am UK time');
    });

    it('on Good Friday 2026 (BST) skips Easter Monday in England and Wales, not in Scotland', async () => {
      // 12:00 BST on Fri 3 Apr 2026 = 11:00 UTC.
      const ew = await banner('2026-04-03T11:00:00Z');
      expect(dayStatus(ew)).to.equal(
        `${BANK_HOLIDAY} It usually opens again on Tuesday 7 April at 9 am UK time.`,
      );
      const scotland = await banner('2026-04-03T11:00:00Z', {
        attrs: { 'bank-holidays': 'scotland' },
      });
      expect(dayStatus(scotland)).to.equal(
        `${BANK_HOLIDAY} It usually opens again on Monday 6 April at 9 am UK time.`,
      );
    });

    it("St Andrew's Day (Mon 30 Nov 2026) is a bank holiday in Scotland only", async () => {
      const scotland = await banner('2026-11-30T10:00:00Z', {
        attrs: { 'bank-holidays': 'scotland' },
      });
      expect(status(scotland)).to.equal(
        `${BANK_HOLIDAY} It usually opens again tomorrow at 9 am UK time.`,
      );
      for (const other of [undefined, 'england-and-wales', 'northern-ireland']) {
        const attrs: Record<string, string> = other ? { 'bank-holidays': other } : {};
        expect(status(await banner('2026-11-30T10:00:00Z', { attrs }))).to.equal(
          'Usually open now, until 5 pm UK time',
        );
      }
    });

    it("St Patrick's Day (Tue 17 Mar 2026) is a bank holiday in Northern Ireland only", async () => {
      const ni = await banner('2026-03-17T10:00:00Z', {
        attrs: { 'bank-holidays': 'northern-ireland' },
      });
      expect(status(ni)).to.equal(
        `${BANK_HOLIDAY} It usually opens again tomorrow at 9 am UK time.`,
      );
      expect(status(await banner('2026-03-17T10:00:00Z'))).to.equal(
        'Usually open now, until 5 pm UK time',
      );
    });

    it('bank-holidays="none" opens as usual and shows no bank-holiday note', async () => {
      const el = await banner('2026-12-25T12:00:00Z', { attrs: { 'bank-holidays': 'none' } });
      expect(status(el)).to.equal('Usually open now, until 5 pm UK time');
      expect(shadow(el).querySelector('[part="bank-holidays"]')).to.equal(null);
      // Switching back to the default brings the bank holiday and the note back.
      el.removeAttribute('bank-holidays');
      await el.updateComplete;
      expect(status(el)).to.contain(BANK_HOLIDAY);
      expect(shadow(el).querySelector('[part="bank-holidays"]')).to.not.equal(null);
    });

    it('an unknown value warns once and falls back to England and Wales', async () => {
      const warnings = captureWarnings();
      try {
        const el = await banner('2026-12-25T12:00:00Z', { attrs: { 'bank-holidays': 'ireland' } });
        el.requestUpdate();
        await el.updateComplete;
        expect(status(el)).to.contain(BANK_HOLIDAY);
        const mine = warnings.messages.filter((m) => m.includes('bank-holidays="ireland"'));
        expect(mine).to.have.length(1);
        expect(mine[0]).to.contain('<nb-helpline-banner>');
        expect(mine[0]).to.contain('england-and-wales');
      } finally {
        warnings.restore();
      }
    });

    it('follows the UK date across the clock change, not UTC', async () => {
      // 23:30 UTC on Thu 2 Apr 2026 is already 00:30 BST on Good Friday.
      expect(status(await banner('2026-04-02T23:30:00Z'))).to.contain(BANK_HOLIDAY);
      // 23:30 UTC on Good Friday is 00:30 BST on Saturday: closed, next opening skips Easter Monday.
      expect(status(await banner('2026-04-03T23:30:00Z'))).to.equal(
        'Closed now. Usually opens on Tuesday at 9 am UK time',
      );
      // The first ordinary opening after Easter is 9 am BST = 08:00 UTC.
      expect(status(await banner('2026-04-07T07:59:00Z'))).to.contain('Closed now');
      expect(status(await banner('2026-04-07T08:00:00Z'))).to.equal(
        'Usually open now, until 5 pm UK time',
      );
      // Late summer bank holiday: 23:30 UTC on Sun 30 Aug 2026 is Mon 31 Aug in London.
      expect(status(await banner('2026-08-30T23:30:00Z'))).to.contain(BANK_HOLIDAY);
    });

    it('a reader in New York gets the UK bank holiday with both clocks', async () => {
      // 20:00 on 24 Dec in New York is 01:00 on Christmas Day in London.
      const el = await banner('2026-12-25T01:00:00Z', { zone: 'America/New_York' });
      expect(dayStatus(el)).to.equal(
        `${BANK_HOLIDAY} It usually opens again on Tuesday 29 December at 9 am UK time (4 am your time).`,
      );
      expect(textOf(el, '[part="abroad"]')).to.contain('outside the UK');
    });

    it('never says "usually open now" on any 2026 bank holiday, in any division', async () => {
      for (const region of ['england-and-wales', 'scotland', 'northern-ireland'] as const) {
        for (const day of expectedBankHolidays(region, 2026)) {
          // 14:00 UTC is in opening hours in GMT and BST alike.
          const el = await banner(`${day}T14:00:00Z`, { attrs: { 'bank-holidays': region } });
          expect(status(el), `${region} ${day}`).to.contain(BANK_HOLIDAY);
          expect(status(el), `${region} ${day}`).to.not.contain('open now');
          el.remove();
        }
      }
    });

    it('says near the hours that the line may be closed on bank holidays, credited to GOV.UK', async () => {
      const el = await banner('2026-01-05T10:00:00Z');
      const note = shadow(el).querySelector('[part="bank-holidays"]')!;
      expect(note.previousElementSibling!.getAttribute('part')).to.equal('hours');
      expect(textOf(el, '[part="bank-holidays"]')).to.contain(
        'The line may be closed on bank holidays.',
      );
      expect(note.getAttribute('data-facts')).to.equal('H01 H03');
      const link = note.querySelector('a')!;
      expect(link.textContent!.trim()).to.equal('Bank holidays: GOV.UK');
      expect(link.getAttribute('href')).to.equal('https://www.gov.uk/bank-holidays');
      expect(note.textContent).to.not.contain('Cancer Research UK');
    });

    it('turns into the bank-holiday status at midnight on a page left open', async () => {
      let now = new Date('2026-12-24T23:59:59.850Z');
      const el = await banner(now.toISOString());
      el.now = () => now;
      await el.updateComplete;
      expect(status(el)).to.contain('Closed now');
      now = new Date('2026-12-25T00:00:00.100Z');
      await waitUntil(() => status(el).startsWith(BANK_HOLIDAY), 'no bank-holiday status', {
        timeout: 2000,
      });
    });

    it('says it in Spanish inside <div lang="es">', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="es"></div>`);
      const el = document.createElement('nb-helpline-banner');
      el.now = () => new Date('2026-12-25T12:00:00Z');
      el.readerTimeZone = 'Europe/London';
      wrapper.append(el);
      await untilLocale(el, 'es');
      expect(status(el)).to.contain('Es posible que la línea esté cerrada hoy');
      expect(status(el)).to.contain('29');
      expect(textOf(el, '[part="bank-holidays"]')).to.contain('Días festivos: GOV.UK');
    });

    it('is accessible on a bank holiday (axe)', async () => {
      const el = await banner('2026-12-25T12:00:00Z', { attrs: { dismissible: '' } });
      expect(status(el)).to.contain(BANK_HOLIDAY);
      expect(shadow(el).querySelector('[part="bank-holidays"] a')).to.not.equal(null);
      await expect(el).to.be.accessible();
    });
  });

  describe('readers outside the UK (H02)', () => {
    it('a reader in New York sees UK and local times and the abroad note', async () => {
      const el = await banner('2026-01-05T10:00:00Z', { zone: 'America/New_York' });
      expect(status(el)).to.equal('Usually open now, until 5 pm UK time (12 pm your time)');
      expect(textOf(el, '[part="abroad"]')).to.contain('outside the UK');
    });

    it('a reader in Kolkata sees half-hour offsets', async () => {
      const el = await banner('2026-01-05T18:00:00Z', { zone: 'Asia/Kolkata' });
      expect(status(el)).to.equal(
        'Closed now. Usually opens tomorrow at 9 am UK time (2:30 pm your time)',
      );
      expect(shadow(el).querySelector('[part="abroad"]')).to.not.equal(null);
    });

    it('a reader in London sees no abroad note', async () => {
      const el = await banner('2026-01-05T10:00:00Z');
      expect(shadow(el).querySelector('[part="abroad"]')).to.equal(null);
    });

    it('a non-Freephone number shows no abroad note', async () => {
      const el = await banner('2026-01-05T10:00:00Z', {
        zone: 'America/New_York',
        attrs: { number: '020 7946 0000' },
      });
      expect(shadow(el).querySelector('[part="abroad"]')).to.equal(null);
    });
  });

  describe('attributes', () => {
    it('uses a custom org and number, without the Cancer Research UK credit', async () => {
      const el = await banner('2026-01-05T10:00:00Z', {
        attrs: { org: 'Solving Kids’ Cancer', number: '02079460000' },
      });
      expect(textOf(el, '.org')).to.equal('Solving Kids’ Cancer');
      expect(shadow(el).querySelector('[part="call"]')!.getAttribute('href')).to.equal(
        'tel:+442079460000',
      );
      expect(textOf(el, '[part="call"]')).to.equal('Call 020 7946 0000');
      // Nothing on it comes from Cancer Research UK: no credit to them, no review dates or notice.
      expect(textOf(el, '[part="source"]')).to.not.contain('Cancer Research UK');
      expect(shadow(el).querySelector('[part="review-notice"]')).to.equal(null);
      expect(textOf(el, '[part="care-team"]')).to.contain('care team');
    });

    it('renders org text as text, never as markup', async () => {
      const el = await banner('2026-01-05T10:00:00Z', {
        attrs: { org: '<img src=x onerror=alert(1)>' },
      });
      expect(shadow(el).querySelector('img')).to.equal(null);
      expect(textOf(el, '.org')).to.equal('<img src=x onerror=alert(1)>');
    });

    it('keeps international numbers as written', async () => {
      const el = await banner('2026-01-05T10:00:00Z', { attrs: { number: '+353 1 234 5678' } });
      expect(shadow(el).querySelector('[part="call"]')!.getAttribute('href')).to.equal(
        'tel:+35312345678',
      );
    });
  });

  describe('bad input falls back, warns once, never blanks', () => {
    const bad: [string, string, string][] = [
      ['hours', 'Mon to Fri 9-5', 'Usually open now'],
      ['hours', 'Mo-Fr 17:00-09:00', 'Usually open now'],
      ['hours', 'Mo-Xx 09:00-17:00', 'Usually open now'],
      ['hours', 'Mo-Fr 25:00-26:00', 'Usually open now'],
      ['number', 'javascript:alert(1)', 'Call 0808 800 4040'],
      ['number', 'call us!', 'Call 0808 800 4040'],
      ['closed-dates', '2026-02-30', 'Usually open now'],
      ['dismissible', 'forever', 'Usually open now'],
      ['theme', 'neon', 'Usually open now'],
      ['bank-holidays', 'wales', 'Usually open now'],
    ];
    for (const [attribute, value, expected] of bad) {
      it(`${attribute}="${value}"`, async () => {
        const warnings = captureWarnings();
        try {
          const el = await banner('2026-01-05T10:00:00Z', { attrs: { [attribute]: value } });
          el.requestUpdate();
          await el.updateComplete;
          expect(renderedText(el)).to.contain(expected);
          const mine = warnings.messages.filter((m) => m.includes(`${attribute}="${value}"`));
          expect(mine).to.have.length(1);
          expect(mine[0]).to.contain('<nb-helpline-banner>');
        } finally {
          warnings.restore();
        }
      });
    }

    it('a tel: link never carries anything but digits and +', async () => {
      const el = await banner('2026-01-05T10:00:00Z', {
        attrs: { number: '0808 800 4040"><script>' },
      });
      expect(shadow(el).querySelector('[part="call"]')!.getAttribute('href')).to.equal(
        'tel:+448088004040',
      );
    });
  });

  describe('events and dismissal', () => {
    it('fires nb-helpline-call when the call link is activated', async () => {
      const el = await banner('2026-01-05T10:00:00Z');
      const link = shadow(el).querySelector<HTMLAnchorElement>('[part="call"]')!;
      link.addEventListener('click', (e) => e.preventDefault());
      setTimeout(() => link.click());
      const event = (await oneEvent(el, 'nb-helpline-call')) as CustomEvent;
      expect(event.detail).to.deep.equal({ tel: '+448088004040', number: '0808 800 4040' });
      expect(event.bubbles && event.composed).to.equal(true);
    });

    it('has no hide button unless dismissible', async () => {
      const el = await banner('2026-01-05T10:00:00Z');
      expect(shadow(el).querySelector('[part="dismiss"]')).to.equal(null);
    });

    it('takes dismissible="true" (a framework\'s boolean) as plain dismissible, without a warning', async () => {
      const warnings = captureWarnings();
      try {
        const el = await banner('2026-01-05T10:00:00Z', { attrs: { dismissible: 'true' } });
        expect(shadow(el).querySelector('[part="dismiss"]')).to.not.equal(null);
        const fired = oneEvent(el, 'nb-dismiss');
        shadow(el).querySelector<HTMLButtonElement>('[part="dismiss"]')!.click();
        expect(((await fired) as CustomEvent).detail).to.deep.equal({ remember: false });
        expect(warnings.messages).to.deep.equal([]);
      } finally {
        warnings.restore();
      }
    });

    it('takes the dismissible property as a boolean: true shows the hide button, false hides it', async () => {
      const warnings = captureWarnings();
      try {
        const el = await banner('2026-01-05T10:00:00Z');
        el.dismissible = true;
        await el.updateComplete;
        expect(shadow(el).querySelector('[part="dismiss"]')).to.not.equal(null);
        el.dismissible = false;
        await el.updateComplete;
        expect(shadow(el).querySelector('[part="dismiss"]')).to.equal(null);
        expect(warnings.messages).to.deep.equal([]);
      } finally {
        warnings.restore();
      }
    });

    it('can be dismissed with the keyboard', async () => {
      const el = await banner('2026-01-05T10:00:00Z', { attrs: { dismissible: '' } });
      const button = shadow(el).querySelector<HTMLButtonElement>('[part="dismiss"]')!;
      expect(button.getAttribute('aria-label')).to.equal('Hide helpline information');
      button.focus();
      const fired = oneEvent(el, 'nb-dismiss');
      await sendKeys({ press: 'Enter' });
      expect(((await fired) as CustomEvent).detail).to.deep.equal({ remember: false });
      await el.updateComplete;
      expect(el.hidden).to.equal(true);
      expect(shadow(el).querySelector('[part="banner"]')).to.equal(null);
    });

    it('a cancelled nb-dismiss keeps the banner', async () => {
      const el = await banner('2026-01-05T10:00:00Z', { attrs: { dismissible: '' } });
      el.addEventListener('nb-dismiss', (e) => e.preventDefault());
      shadow(el).querySelector<HTMLButtonElement>('[part="dismiss"]')!.click();
      await el.updateComplete;
      expect(el.hidden).to.equal(false);
    });

    it('remembers dismissal only with dismissible="remember"', async () => {
      localStorage.clear();
      const plain = await banner('2026-01-05T10:00:00Z', { attrs: { dismissible: '' } });
      shadow(plain).querySelector<HTMLButtonElement>('[part="dismiss"]')!.click();
      expect(localStorage.length).to.equal(0);
      const remembering = await banner('2026-01-05T10:00:00Z', {
        attrs: { dismissible: 'remember' },
      });
      shadow(remembering).querySelector<HTMLButtonElement>('[part="dismiss"]')!.click();
      await remembering.updateComplete;
      const again = await banner('2026-01-05T10:00:00Z', { attrs: { dismissible: 'remember' } });
      expect(again.hidden).to.equal(true);
      localStorage.clear();
    });

    it('survives blocked storage', async () => {
      const original = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() {
          throw new DOMException('blocked', 'SecurityError');
        },
      });
      try {
        const el = await banner('2026-01-05T10:00:00Z', { attrs: { dismissible: 'remember' } });
        shadow(el).querySelector<HTMLButtonElement>('[part="dismiss"]')!.click();
        await el.updateComplete;
        expect(el.hidden).to.equal(true);
      } finally {
        Object.defineProperty(window, 'localStorage', original);
      }
    });
  });

  describe('locale and direction', () => {
    it('renders Spanish inside <div lang="es"> on an English page', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="es"></div>`);
      const el = document.createElement('nb-helpline-banner');
      el.now = () => new Date('2026-01-05T10:00:00Z');
      el.readerTimeZone = 'Europe/London';
      wrapper.append(el);
      await untilLocale(el, 'es');
      expect(status(el)).to.equal(
        'Normalmente abierto ahora, hasta las 17:00 hora del Reino Unido',
      );
      expect(textOf(el, '[part="call"]')).to.contain('Llamar al 0808 800 4040');
      expect(textOf(el, '[part="hours"]')).to.contain('lunes a viernes');
      expect(textOf(el, '[part="locale-note"]')).to.contain('revisor médico');
      await expect(el).to.be.accessible();
    });

    it('renders English when the page language is not supported', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="xx-invalid-"></div>`);
      const el = document.createElement('nb-helpline-banner');
      wrapper.append(el);
      await el.updateComplete;
      expect(shadow(el).querySelector('[part="banner"]')!.getAttribute('lang')).to.equal('en-GB');
    });

    it('lays out right-to-left with dir="rtl"', async () => {
      const el = await banner('2026-01-05T10:00:00Z', { attrs: { dir: 'rtl', dismissible: '' } });
      const box = shadow(el).querySelector<HTMLElement>('[part="banner"]')!;
      expect(box.getAttribute('dir')).to.equal('rtl');
      expect(getComputedStyle(box).direction).to.equal('rtl');
      const button = shadow(el).querySelector('[part="dismiss"]')!.getBoundingClientRect();
      const rect = box.getBoundingClientRect();
      expect(button.left - rect.left).to.be.lessThan(rect.right - button.right);
      await expect(el).to.be.accessible();
    });

    it('is accessible in the dark theme', async () => {
      const el = await banner('2026-01-05T10:00:00Z', { attrs: { theme: 'dark' } });
      await expect(el).to.be.accessible();
    });

    it('fits 320 px without horizontal overflow', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 320px"></div>`);
      const el = document.createElement('nb-helpline-banner');
      el.readerTimeZone = 'America/New_York';
      el.setAttribute('dismissible', '');
      wrapper.append(el);
      await el.updateComplete;
      await aTimeout(0);
      const box = shadow(el).querySelector<HTMLElement>('[part="banner"]')!;
      expect(box.scrollWidth).to.be.at.most(box.clientWidth);
      expect(el.getBoundingClientRect().width).to.be.at.most(320);
    });
  });
});

describe('<nb-helpline-banner> with hostile values (issue 20)', () => {
  it('treats org="   " as unset: one warning, the default name and the source footer', async () => {
    const warnings = captureWarnings();
    try {
      const el = await banner('2026-01-05T10:00:00Z', { attrs: { org: '   ' } });
      el.requestUpdate();
      await el.updateComplete;
      expect(textOf(el, '.org')).to.equal('Cancer Research UK nurses');
      expect(textOf(el, '[part="source"]')).to.contain(
        'Based on information from Cancer Research UK',
      );
      const mine = warnings.messages.filter((m) => m.includes('org="   "'));
      expect(mine, warnings.messages.join('\n')).to.have.length(1);
      expect(mine[0]).to.contain('<nb-helpline-banner>');
    } finally {
      warnings.restore();
    }
  });

  it('says open day and night for hours="Mo-Su 00:00-24:00", never "until 12 am"', async () => {
    const el = await banner('2026-01-05T23:30:00Z', { attrs: { hours: 'Mo-Su 00:00-24:00' } });
    expect(status(el)).to.equal('Usually open now, day and night');
    expect(textOf(el, '[part="hours"]')).to.equal('Monday to Sunday, 24 hours (UK time)');
    expect(renderedText(el)).to.not.contain('12 am');
  });

  it('an opening that runs past midnight closes when the next day’s opening ends', async () => {
    const el = await banner('2026-01-05T23:30:00Z', {
      attrs: { hours: 'Mo 20:00-24:00; Tu 00:00-08:00', 'bank-holidays': 'none' },
    });
    expect(status(el)).to.equal('Usually open now, until 8 am UK time');
  });

  it('keeps warnings short and few: 500 different 100,000-character hours', async () => {
    const warnings = captureWarnings();
    try {
      const el = await banner('2026-01-05T10:00:00Z');
      for (let i = 0; i < 500; i++) {
        el.hours = `${i} ${'x'.repeat(100_000)}`;
        await el.updateComplete;
      }
      expect(status(el)).to.equal('Usually open now, until 5 pm UK time');
      expect(warnings.messages.length).to.be.within(1, 201);
      expect(Math.max(...warnings.messages.map((m) => m.length))).to.be.below(500);
    } finally {
      warnings.restore();
    }
  });
});
