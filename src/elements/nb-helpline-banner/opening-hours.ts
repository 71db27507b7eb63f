import { zonedParts, zonedTimeToInstant } from '../../internal/time.js';

/** Minutes after local midnight; `end` may be 1440 (24:00). */
export interface Interval {
  start: number;
  end: number;
}

/** Opening intervals for each weekday, Monday (0) to Sunday (6). */
export type WeekSchedule = readonly (readonly Interval[])[];

const DAY_CODES = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'];

function parseTime(text: string): number | undefined {
  const m = /^(\d{2}):(\d{2})$/.exec(text);
  if (!m) return undefined;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (min > 59 || h > 24 || (h === 24 && min > 0)) return undefined;
  return h * 60 + min;
}

function parseDays(text: string): number[] | undefined {
  const days = new Set<number>();
  for (const part of text.split(',')) {
    const [from, to, extra] = part.split('-');
    if (extra !== undefined) return undefined;
    const a = DAY_CODES.indexOf(from ?? '');
    const b = to === undefined ? a : DAY_CODES.indexOf(to);
    if (a < 0 || b < 0) return undefined;
    for (let d = a; ; d = (d + 1) % 7) {
      days.add(d);
      if (d === b) break;
    }
  }
  return [...days];
}

function parseTimes(text: string): Interval[] | undefined {
  const intervals: Interval[] = [];
  for (const part of text.split(',')) {
    const [from, to, extra] = part.split('-');
    const start = parseTime(from ?? '');
    const end = parseTime(to ?? '');
    if (extra !== undefined || start === undefined || end === undefined || end <= start) {
      return undefined;
    }
    intervals.push({ start, end });
  }
  return intervals.sort((x, y) => x.start - y.start);
}

/**
 * Parses a subset of OpenStreetMap `opening_hours`: rules separated by `;`, each
 * `<days> <times>` (`Mo-Fr 09:00-17:00`, `Mo,We 10:00-12:00,13:00-16:00`), `<days> off`, or
 * `<times>` for every day. A later rule replaces earlier ones for the days it names, as in OSM.
 * Returns `undefined` for anything it does not understand, so the caller can fall back.
 */
export function parseOpeningHours(spec: string): WeekSchedule | undefined {
  const week: Interval[][] = [[], [], [], [], [], [], []];
  const rules = spec.split(';').map((r) => r.trim());
  if (rules.every((r) => r === '')) return undefined;
  for (const rule of rules) {
    if (rule === '') continue;
    const tokens = rule.split(/\s+/);
    if (tokens.length > 2) return undefined;
    const [first, second] = tokens as [string, string | undefined];
    const days = second === undefined ? [0, 1, 2, 3, 4, 5, 6] : parseDays(first);
    const timesText = second ?? first;
    const times = timesText === 'off' ? [] : parseTimes(timesText);
    if (!days || !times) return undefined;
    for (const d of days) week[d] = times;
  }
  return week;
}

export interface OpenState {
  open: boolean;
  /** When an open helpline usually closes. */
  closesAt?: Date;
  /** When a closed helpline usually opens next (undefined if never within a year). */
  opensAt?: Date;
}

/**
 * Whether the schedule (read as wall-clock hours in `timeZone`) is open at `now`, and when that
 * next changes. Dates in `closedDates` (`YYYY-MM-DD`, local to `timeZone`) are skipped.
 */
export function openStateAt(
  now: Date,
  week: WeekSchedule,
  closedDates: ReadonlySet<string> = new Set(),
  timeZone = 'Europe/London',
): OpenState {
  const today = zonedParts(now, timeZone);
  for (let offset = 0; offset <= 366; offset++) {
    const date = new Date(Date.UTC(today.year, today.month - 1, today.day + offset));
    const iso = date.toISOString().slice(0, 10);
    if (closedDates.has(iso)) continue;
    const weekday = (date.getUTCDay() + 6) % 7;
    const y = date.getUTCFullYear();
    const m = date.getUTCMonth() + 1;
    const d = date.getUTCDate();
    for (const { start, end } of week[weekday] ?? []) {
      const opens = zonedTimeToInstant(y, m, d, start, timeZone);
      const closes = zonedTimeToInstant(y, m, d, end, timeZone);
      if (now < opens) return { open: false, opensAt: opens };
      if (now < closes) {
        const closesAt = closingAfter(y, m, d, end, week, closedDates, timeZone);
        return closesAt ? { open: true, closesAt } : { open: true };
      }
    }
  }
  return { open: false };
}

/**
 * When an opening that runs to `end` on the given day really closes: an opening that reaches
 * midnight (24:00) runs on into the next day's opening at 00:00 ("Mo-Su 00:00-24:00" never
 * closes at midnight). Undefined when it runs on for more than a week (open day and night).
 */
function closingAfter(
  y: number,
  m: number,
  d: number,
  end: number,
  week: WeekSchedule,
  closedDates: ReadonlySet<string>,
  timeZone: string,
): Date | undefined {
  let day = new Date(Date.UTC(y, m - 1, d));
  let closes = end;
  for (let days = 0; closes === 1440; days++) {
    if (days > 7) return undefined;
    const next = new Date(day.getTime() + 86_400_000);
    if (closedDates.has(next.toISOString().slice(0, 10))) break;
    const first = (week[(next.getUTCDay() + 6) % 7] ?? [])[0];
    if (!first || first.start !== 0) break;
    day = next;
    closes = first.end;
  }
  return zonedTimeToInstant(
    day.getUTCFullYear(),
    day.getUTCMonth() + 1,
    day.getUTCDate(),
    closes,
    timeZone,
  );
}
