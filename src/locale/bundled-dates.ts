import { DateTimeFormat } from '@formatjs/intl-datetimeformat';
import { bundledZones } from '../generated/date-data/index.js';
import timeZones from '../generated/date-data/time-zones.js';
import { readerTimeZone, zonedParts } from '../internal/time.js';

/**
 * FormatJS's DateTimeFormat class with bundled CLDR data, used as a local formatter only: it is
 * never installed on the page's `Intl` (a host page's own dates must not change because our
 * widgets are on it). Loaded lazily by ./format.ts, only in a browser that lacks the date data of
 * a locale we ship; the data arrives locale by locale through addDateData().
 */
type Added = Parameters<typeof DateTimeFormat.__addLocaleData>[0];
type Formatter = Pick<Intl.DateTimeFormat, 'format'>;

DateTimeFormat.__addTZData(timeZones);
const formatters = new Map<string, Formatter>();

/** Makes one locale's bundled data available to formatBundled(). */
export function addDateData(data: unknown): void {
  DateTimeFormat.__addLocaleData(data as Added);
}

/**
 * `date` formatted from the bundled data of `dataLocale`. Only Europe/London's rules are bundled:
 * any other zone (the reader's own) becomes its wall-clock time, which the browser always knows,
 * formatted as UTC. Undefined when the browser does not know the zone either.
 */
export function formatBundled(
  dataLocale: string,
  date: Date,
  options: Intl.DateTimeFormatOptions,
): string | undefined {
  let timeZone = options.timeZone ?? readerTimeZone();
  let instant = date;
  if (timeZone !== 'UTC' && !bundledZones.includes(timeZone)) {
    const p = zonedParts(date, timeZone);
    if (Number.isNaN(p.year)) return undefined;
    instant = new Date(
      Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, date.getUTCSeconds()),
    );
    timeZone = 'UTC';
  }
  const key = `${dataLocale}|${timeZone}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    const created = new DateTimeFormat(dataLocale, { ...options, timeZone });
    formatter = created as unknown as Formatter;
    formatters.set(key, formatter);
  }
  return formatter.format(instant);
}
