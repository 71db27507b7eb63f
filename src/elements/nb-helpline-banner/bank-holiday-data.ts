/** The UK bank-holiday divisions GOV.UK publishes (its own slugs), plus `none`. */
export type BankHolidayRegion = 'england-and-wales' | 'scotland' | 'northern-ireland';
export type BankHolidaySetting = BankHolidayRegion | 'none';

export const BANK_HOLIDAY_SETTINGS: readonly BankHolidaySetting[] = [
  'england-and-wales',
  'scotland',
  'northern-ireland',
  'none',
];

/**
 * Where the list comes from (fact H03): GOV.UK's published bank holidays. The one-off days below
 * were read from the file that serves https://www.gov.uk/bank-holidays.json (alphagov/frontend,
 * lib/data/bank-holidays.json, last changed 25 Feb 2026), checked on the date below. Never
 * credit this list to Cancer Research UK.
 */
export const bankHolidaySource = {
  name: 'GOV.UK',
  title: 'UK bank holidays',
  url: 'https://www.gov.uk/bank-holidays',
  data: 'https://www.gov.uk/bank-holidays.json',
  accessed: '2026-12-01',
} as const;

/** A published change to the rules for one year: days added and regular days moved away. */
export interface BankHolidayChange {
  readonly add?: readonly string[];
  readonly remove?: readonly string[];
  readonly why: string;
}

const ALL: readonly BankHolidayRegion[] = ['england-and-wales', 'scotland', 'northern-ireland'];

/**
 * One-off days that no rule predicts, as GOV.UK lists them for each division. Substitute days
 * are not here: the rules compute them.
 */
export const BANK_HOLIDAY_CHANGES: readonly (BankHolidayChange & {
  readonly regions: readonly BankHolidayRegion[];
})[] = [
  {
    regions: ALL,
    remove: ['2020-05-04'],
    add: ['2020-05-08'],
    why: 'Early May bank holiday moved to Friday 8 May 2020 (VE day)',
  },
  {
    regions: ALL,
    remove: ['2022-05-30'],
    add: ['2022-06-02', '2022-06-03'],
    why: 'Spring bank holiday moved to Thursday 2 June 2022; Platinum Jubilee bank holiday 3 June',
  },
  {
    regions: ALL,
    add: ['2022-09-19'],
    why: 'Bank holiday for the State Funeral of Queen Elizabeth II',
  },
  {
    regions: ALL,
    add: ['2023-05-08'],
    why: 'Bank holiday for the coronation of King Charles III',
  },
  {
    regions: ['scotland'],
    add: ['2026-06-15'],
    why: 'World Cup bank holiday (Scotland only)',
  },
];
