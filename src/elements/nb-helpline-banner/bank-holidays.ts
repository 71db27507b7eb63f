import { BANK_HOLIDAY_CHANGES, type BankHolidayRegion } from './bank-holiday-data.js';

/** Easter Sunday of a Gregorian year as [month, day] (anonymous Gregorian computus, Meeus). */
export function easterSunday(year: number): [month: number, day: number] {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return [month, day];
}

const day = (year: number, month: number, date: number) =>
  new Date(Date.UTC(year, month - 1, date));
const iso = (d: Date) => d.toISOString().slice(0, 10);
const addDays = (d: Date, n: number) =>
  new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + n));
const isWeekend = (d: Date) => d.getUTCDay() === 0 || d.getUTCDay() === 6;

/** The `n`th Monday of a month (1 = first); `n = -1` for the last. */
function monday(year: number, month: number, n: number): Date {
  if (n > 0) {
    const first = day(year, month, 1);
    return addDays(first, ((8 - first.getUTCDay()) % 7) + 7 * (n - 1));
  }
  const last = day(year, month + 1, 0);
  return addDays(last, -((last.getUTCDay() + 6) % 7));
}

/**
 * Adds fixed-date holidays in order; one that falls on a weekend, or on a day already taken by
 * the one before it (Christmas and Boxing Day, 1 and 2 January), moves to the next free weekday.
 */
function addWithSubstitutes(into: Set<string>, dates: readonly Date[]): void {
  for (const date of dates) {
    let d = date;
    while (isWeekend(d) || into.has(iso(d))) d = addDays(d, 1);
    into.add(iso(d));
  }
}

/** The rules alone (no one-off days): what GOV.UK publishes in a year without special events. */
function ruleDays(year: number, region: BankHolidayRegion): Set<string> {
  const days = new Set<string>();
  const [em, ed] = easterSunday(year);
  const easter = day(year, em, ed);
  days.add(iso(addDays(easter, -2))); // Good Friday
  if (region !== 'scotland') days.add(iso(addDays(easter, 1))); // Easter Monday
  days.add(iso(monday(year, 5, 1))); // early May
  days.add(iso(monday(year, 5, -1))); // spring
  // Summer: first Monday of August in Scotland, last Monday of August elsewhere.
  days.add(iso(region === 'scotland' ? monday(year, 8, 1) : monday(year, 8, -1)));
  addWithSubstitutes(
    days,
    region === 'scotland' ? [day(year, 1, 1), day(year, 1, 2)] : [day(year, 1, 1)],
  );
  if (region === 'northern-ireland') {
    addWithSubstitutes(days, [day(year, 3, 17)]); // St Patrick's Day
    addWithSubstitutes(days, [day(year, 7, 12)]); // Battle of the Boyne
  }
  if (region === 'scotland') addWithSubstitutes(days, [day(year, 11, 30)]); // St Andrew's Day
  addWithSubstitutes(days, [day(year, 12, 25), day(year, 12, 26)]);
  return days;
}

const cache = new Map<string, ReadonlySet<string>>();

/**
 * Every bank holiday of `year` in `region` as `YYYY-MM-DD`: the rules, with GOV.UK's published
 * one-off days (moved, added) applied as data.
 */
export function bankHolidays(year: number, region: BankHolidayRegion): ReadonlySet<string> {
  const key = `${region}:${year}`;
  let days = cache.get(key);
  if (!days) {
    const set = ruleDays(year, region);
    for (const change of BANK_HOLIDAY_CHANGES) {
      if (!change.regions.includes(region)) continue;
      for (const d of change.remove ?? []) if (d.startsWith(`${year}-`)) set.delete(d);
      for (const d of change.add ?? []) if (d.startsWith(`${year}-`)) set.add(d);
    }
    days = set;
    cache.set(key, days);
  }
  return days;
}

/** Whether the calendar date `isoDate` (`YYYY-MM-DD`, UK local) is a bank holiday in `region`. */
export function isBankHoliday(isoDate: string, region: BankHolidayRegion): boolean {
  return bankHolidays(Number(isoDate.slice(0, 4)), region).has(isoDate);
}
