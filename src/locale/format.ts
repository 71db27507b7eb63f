import { dateDataLoaders } from '../generated/date-data/index.js';
import { zonedParts } from '../internal/time.js';
import { warnOnce } from '../internal/warn.js';

/**
 * The one place that formats dates and times for the elements (review dates, "Mar 2025",
 * opening hours, weekday names). The browser's own `Intl.DateTimeFormat` does it when it has the
 * locale's date data. When it does not (Debian's Chromium has no Welsh, so a Welsh sentence
 * would get "Aug 31, 2022"), FormatJS's DateTimeFormat class formats from CLDR data bundled
 * for our locales: loaded lazily (its own chunks), only in such a browser, and never installed
 * on the page's `Intl`. Until it has loaded, the browser's answer is used (as today); elements
 * re-render once it arrives (see LocaleController).
 */

type Engine = typeof import('./bundled-dates.js');

let engine: Engine | undefined;
const added = new Set<string>();
const settled = new Set<string>();
const pending = new Map<string, Promise<boolean>>();
const nativeCache = new Map<string, boolean>();

function browserHasDateData(locale: string): boolean {
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([locale]).length > 0;
  } catch {
    return false;
  }
}

let nativeCheck: (locale: string) => boolean = browserHasDateData;

/**
 * Replaces the check "does the browser have this locale's date data?" (tests force the bundled
 * path with `() => false`, so engines that have every locale exercise it too); no argument
 * restores the real check.
 */
export function setNativeDateSupport(check?: (locale: string) => boolean): void {
  nativeCheck = check ?? browserHasDateData;
  nativeCache.clear();
}

function hasNative(locale: string): boolean {
  let answer = nativeCache.get(locale);
  if (answer === undefined) {
    answer = nativeCheck(locale);
    nativeCache.set(locale, answer);
  }
  return answer;
}

/** The bundled CLDR data set for one of our locale codes (`en-*` → en-GB, `ar-XB` → ar). */
function dataLocaleOf(locale: string): string | undefined {
  const language = locale.split('-')[0]?.toLowerCase() ?? '';
  const key = language === 'en' ? 'en-GB' : language;
  return key in dateDataLoaders ? key : undefined;
}

/** Whether `locale` is formatted from bundled data in this browser (and we have that data). */
export function needsBundledDates(locale: string): boolean {
  return !!dataLocaleOf(locale) && !hasNative(locale);
}

/** Whether dates in `locale` can be formatted right now as well as they ever will be. */
export function datesReady(locale: string): boolean {
  const key = dataLocaleOf(locale);
  return !key || hasNative(locale) || settled.has(key);
}

/**
 * Loads the bundled date data for `locale` if this browser needs it. Resolves true once data
 * that changes the formatting has arrived, false when none was needed or it failed to load
 * (then the browser's formatting stays, with one warning).
 */
export function loadDates(locale: string): Promise<boolean> {
  const key = dataLocaleOf(locale);
  if (!key || hasNative(locale)) return Promise.resolve(false);
  if (added.has(key)) return Promise.resolve(true);
  let loading = pending.get(key);
  if (!loading) {
    loading = Promise.all([import('./bundled-dates.js'), dateDataLoaders[key]!()]).then(
      ([module, data]) => {
        engine = module;
        module.addDateData(data);
        added.add(key);
        settled.add(key);
        return true;
      },
      (error: unknown) => {
        settled.add(key);
        warnOnce(`nb-widgets: could not load the "${key}" date formats; using the browser's.`);
        console.warn(error);
        return false;
      },
    );
    pending.set(key, loading);
  }
  return loading;
}

/**
 * `new Intl.DateTimeFormat(locale, options).format(date)`, from bundled data where the browser
 * lacks the locale's. Throws as Intl does for an invalid date or time zone.
 */
export function formatDateTime(
  date: Date,
  locale: string,
  requested: Intl.DateTimeFormatOptions,
): string {
  // Western digits in every engine (WebKit gives Arabic-Indic ones for `ar`), matching the phone
  // numbers and registry IDs beside the dates.
  const options: Intl.DateTimeFormatOptions = { numberingSystem: 'latn', ...requested };
  const key = dataLocaleOf(locale);
  if (key && added.has(key) && !hasNative(locale)) {
    try {
      const text = engine?.formatBundled(key, date, options);
      if (text !== undefined) return text;
    } catch {
      // An option the bundled data cannot serve: the browser's answer below.
    }
  }
  return nativeFormatter(locale, options).format(date);
}

/**
 * The browser's formatters, one per locale and set of options: building an Intl.DateTimeFormat
 * costs far more than formatting with one, and a language switch re-renders every date on the
 * page. Kept for the `Intl.DateTimeFormat` they came from (a page, or a test, may replace it
 * later: its formatters are used from then on) and bounded, because a time zone comes from the
 * page (a full cache starts again). Every caller names its time zone, so a kept formatter never
 * holds on to a reader's zone that has since changed.
 */
const nativeFormatters = new Map<string, Intl.DateTimeFormat>();
let formattersFrom: typeof Intl.DateTimeFormat | undefined;
const MAX_FORMATTERS = 256;

function nativeFormatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  if (formattersFrom !== Intl.DateTimeFormat || nativeFormatters.size >= MAX_FORMATTERS) {
    nativeFormatters.clear();
    formattersFrom = Intl.DateTimeFormat;
  }
  // JSON drops `undefined` options, which Intl also treats as absent.
  const key = `${locale}|${JSON.stringify(options)}`;
  let formatter = nativeFormatters.get(key);
  if (!formatter) {
    // Throws (and nothing is kept) for an invalid locale or time zone, as it always did.
    formatter = new Intl.DateTimeFormat(locale, options);
    nativeFormatters.set(key, formatter);
  }
  return formatter;
}

/**
 * A calendar date from data in the reader's locale: `YYYY-MM-DD` → "31 Aug 2022" (cy "31 Awst
 * 2022"), `YYYY-MM` → "Mar 2025". Anything else is returned as it is.
 */
export function formatCalendarDate(value: string, locale: string): string {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value);
  if (!m) return value;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3] ?? 1)));
  try {
    return formatDateTime(date, locale, {
      ...(m[3] ? { day: 'numeric' } : {}),
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    });
  } catch {
    return value;
  }
}

/** The weekday's name, 0 = Monday … 6 = Sunday (the opening-hours order). */
export function formatWeekday(day: number, locale: string): string {
  return formatDateTime(new Date(Date.UTC(2024, 0, 1 + day)), locale, {
    weekday: 'long',
    timeZone: 'UTC',
  });
}

/**
 * A time of day as the wall clock in `timeZone` shows it: English "5 pm" / "9:30 am" (no ":00"),
 * other languages their own way ("17:00").
 */
export function formatClockTime(instant: Date, locale: string, timeZone: string): string {
  const english = locale.startsWith('en');
  const minutes = zonedParts(instant, timeZone).minute;
  return formatDateTime(instant, locale, {
    timeZone,
    hour: 'numeric',
    minute: english && minutes === 0 ? undefined : '2-digit',
    hour12: english ? true : undefined,
  });
}

/** The day of `instant` in `timeZone`: its weekday ("Tuesday"), with `withDate` also its date ("Tuesday 29 December"). */
export function formatDayName(
  instant: Date,
  locale: string,
  timeZone: string,
  withDate = false,
): string {
  return formatDateTime(instant, locale, {
    weekday: 'long',
    day: withDate ? 'numeric' : undefined,
    month: withDate ? 'long' : undefined,
    timeZone,
  });
}
