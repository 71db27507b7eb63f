import { expect } from '@open-wc/testing';
import {
  BANK_HOLIDAY_CHANGES,
  bankHolidaySource,
} from '../src/elements/nb-helpline-banner/bank-holiday-data.js';
import {
  bankHolidays,
  easterSunday,
  isBankHoliday,
} from '../src/elements/nb-helpline-banner/bank-holidays.js';
import { EXPECTED_BANK_HOLIDAYS, expectedBankHolidays } from './bank-holidays-expected.js';

/** Every `YYYY-MM-DD` of a year. */
function daysOf(year: number): string[] {
  const days: string[] = [];
  for (let d = new Date(Date.UTC(year, 0, 1)); d.getUTCFullYear() === year;) {
    days.push(d.toISOString().slice(0, 10));
    d = new Date(d.getTime() + 86_400_000);
  }
  return days;
}

describe('UK bank holidays (H03)', () => {
  describe('Easter Sunday (computus)', () => {
    // Well-known dates, including the earliest (22 Mar) and latest (25 Apr) possible.
    const known: [number, number, number][] = [
      [1818, 3, 22],
      [2008, 3, 23],
      [2011, 4, 24],
      [2019, 4, 21],
      [2020, 4, 12],
      [2021, 4, 4],
      [2022, 4, 17],
      [2023, 4, 9],
      [2024, 3, 31],
      [2025, 4, 20],
      [2026, 4, 5],
      [2027, 3, 28],
      [2028, 4, 16],
      [2029, 4, 1],
      [2030, 4, 21],
      [2038, 4, 25],
      [2285, 3, 22],
    ];
    for (const [year, month, day] of known) {
      it(`${year}: ${day}/${month}`, () => {
        expect(easterSunday(year)).to.deep.equal([month, day]);
      });
    }
  });

  for (const [region, years] of Object.entries(EXPECTED_BANK_HOLIDAYS)) {
    describe(region, () => {
      for (const year of Object.keys(years).map(Number)) {
        it(`${year}: every listed day is a bank holiday, and no other day is`, () => {
          const expected = expectedBankHolidays(
            region as keyof typeof EXPECTED_BANK_HOLIDAYS,
            year,
          );
          const found = daysOf(year).filter((d) =>
            isBankHoliday(d, region as keyof typeof EXPECTED_BANK_HOLIDAYS),
          );
          expect(found).to.deep.equal(expected);
          expect(
            [...bankHolidays(year, region as keyof typeof EXPECTED_BANK_HOLIDAYS)].sort(),
          ).to.deep.equal(expected);
        });
      }
    });
  }

  it('covers 2020 to 2030 for all three divisions', () => {
    for (const years of Object.values(EXPECTED_BANK_HOLIDAYS)) {
      expect(Object.keys(years).map(Number)).to.deep.equal([
        2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030,
      ]);
    }
  });

  it('keeps each published one-off day as data, with why it happened', () => {
    const added = BANK_HOLIDAY_CHANGES.flatMap((c) => c.add ?? []);
    expect(added).to.include.members(['2020-05-08', '2022-06-03', '2022-09-19', '2023-05-08']);
    for (const change of BANK_HOLIDAY_CHANGES) expect(change.why).to.not.equal('');
  });

  it('credits the list to GOV.UK, never to Cancer Research UK', () => {
    expect(bankHolidaySource.name).to.equal('GOV.UK');
    expect(bankHolidaySource.url).to.equal('https://www.gov.uk/bank-holidays');
    expect(JSON.stringify(bankHolidaySource)).to.not.contain('Cancer Research');
  });
});
