/**
 * The expected UK bank holidays, 2020–2030, typed out here (never derived from the code under
 * test). Month-day pairs per year.
 *
 * - England and Wales 2020–2027: the fact sheet's "Data: UK bank holidays" (GOV.UK's list).
 * - Scotland and Northern Ireland 2020–2028, and England and Wales 2028: GOV.UK's published
 *   lists (https://www.gov.uk/bank-holidays.json; its source file alphagov/frontend
 *   lib/data/bank-holidays.json at 609b0436, 25 Feb 2026, read 1 Dec 2026).
 * - 2029–2030 (all) and nothing published yet: worked out by hand from the rules and the
 *   well-known Easter Sundays (2029-04-01, 2030-04-21), with each weekday noted.
 */
const ENGLAND_AND_WALES: Record<number, string> = {
  2020: '01-01 04-10 04-13 05-08 05-25 08-31 12-25 12-28',
  2021: '01-01 04-02 04-05 05-03 05-31 08-30 12-27 12-28',
  2022: '01-03 04-15 04-18 05-02 06-02 06-03 08-29 09-19 12-26 12-27',
  2023: '01-02 04-07 04-10 05-01 05-08 05-29 08-28 12-25 12-26',
  2024: '01-01 03-29 04-01 05-06 05-27 08-26 12-25 12-26',
  2025: '01-01 04-18 04-21 05-05 05-26 08-25 12-25 12-26',
  2026: '01-01 04-03 04-06 05-04 05-25 08-31 12-25 12-28',
  2027: '01-01 03-26 03-29 05-03 05-31 08-30 12-27 12-28',
  // Easter 16 Apr; 1 Jan is a Saturday (→ Mon 3 Jan); 1 May a Monday; 28 Aug the last Monday.
  2028: '01-03 04-14 04-17 05-01 05-29 08-28 12-25 12-26',
  // Easter 1 Apr; 1 Jan a Monday; 1 May a Tuesday (→ 7 May); 25 Dec a Tuesday.
  2029: '01-01 03-30 04-02 05-07 05-28 08-27 12-25 12-26',
  // Easter 21 Apr; 1 Jan a Tuesday; 1 May a Wednesday (→ 6 May); 25 Dec a Wednesday.
  2030: '01-01 04-19 04-22 05-06 05-27 08-26 12-25 12-26',
};

const SCOTLAND: Record<number, string> = {
  2020: '01-01 01-02 04-10 05-08 05-25 08-03 11-30 12-25 12-28',
  2021: '01-01 01-04 04-02 05-03 05-31 08-02 11-30 12-27 12-28',
  2022: '01-03 01-04 04-15 05-02 06-02 06-03 08-01 09-19 11-30 12-26 12-27',
  2023: '01-02 01-03 04-07 05-01 05-08 05-29 08-07 11-30 12-25 12-26',
  2024: '01-01 01-02 03-29 05-06 05-27 08-05 12-02 12-25 12-26',
  2025: '01-01 01-02 04-18 05-05 05-26 08-04 12-01 12-25 12-26',
  2026: '01-01 01-02 04-03 05-04 05-25 06-15 08-03 11-30 12-25 12-28',
  2027: '01-01 01-04 03-26 05-03 05-31 08-02 11-30 12-27 12-28',
  2028: '01-03 01-04 04-14 05-01 05-29 08-07 11-30 12-25 12-26',
  // 2 Jan a Wednesday; 6 Aug the first Monday; 30 Nov a Friday.
  2029: '01-01 01-02 03-30 05-07 05-28 08-06 11-30 12-25 12-26',
  // 5 Aug the first Monday; 30 Nov a Saturday (→ Mon 2 Dec).
  2030: '01-01 01-02 04-19 05-06 05-27 08-05 12-02 12-25 12-26',
};

const NORTHERN_IRELAND: Record<number, string> = {
  2020: '01-01 03-17 04-10 04-13 05-08 05-25 07-13 08-31 12-25 12-28',
  2021: '01-01 03-17 04-02 04-05 05-03 05-31 07-12 08-30 12-27 12-28',
  2022: '01-03 03-17 04-15 04-18 05-02 06-02 06-03 07-12 08-29 09-19 12-26 12-27',
  2023: '01-02 03-17 04-07 04-10 05-01 05-08 05-29 07-12 08-28 12-25 12-26',
  2024: '01-01 03-18 03-29 04-01 05-06 05-27 07-12 08-26 12-25 12-26',
  2025: '01-01 03-17 04-18 04-21 05-05 05-26 07-14 08-25 12-25 12-26',
  2026: '01-01 03-17 04-03 04-06 05-04 05-25 07-13 08-31 12-25 12-28',
  2027: '01-01 03-17 03-26 03-29 05-03 05-31 07-12 08-30 12-27 12-28',
  2028: '01-03 03-17 04-14 04-17 05-01 05-29 07-12 08-28 12-25 12-26',
  // 17 Mar a Saturday (→ Mon 19 Mar); 12 Jul a Thursday.
  2029: '01-01 03-19 03-30 04-02 05-07 05-28 07-12 08-27 12-25 12-26',
  // 17 Mar a Sunday (→ Mon 18 Mar); 12 Jul a Friday.
  2030: '01-01 03-18 04-19 04-22 05-06 05-27 07-12 08-26 12-25 12-26',
};

export const EXPECTED_BANK_HOLIDAYS = {
  'england-and-wales': ENGLAND_AND_WALES,
  scotland: SCOTLAND,
  'northern-ireland': NORTHERN_IRELAND,
} as const;

export type ExpectedRegion = keyof typeof EXPECTED_BANK_HOLIDAYS;

/** `YYYY-MM-DD` of every expected bank holiday of `year` in `region`, in order. */
export function expectedBankHolidays(region: ExpectedRegion, year: number): string[] {
  return EXPECTED_BANK_HOLIDAYS[region][year]!.split(' ').map((md) => `${year}-${md}`);
}
