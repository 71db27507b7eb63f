import { DateTimeFormat } from '@formatjs/intl-datetimeformat';
import timeZones from '../generated/date-data/time-zones.js';

/**
 * FormatJS's DateTimeFormat class with bundled CLDR data, used as a local formatter only: it is
 * never installed on the page's `Intl` (a host page's own dates must not change because our
 * widgets are on it). Loaded lazily by ./format.ts, only in a browser that lacks the date data of
 * a locale we ship; the data arrives locale by locale through addDateData().
 */
type Added = Parameters<typeof DateTimeFormat.__addLocaleData>[0];

DateTimeFormat.__addTZData(timeZones);

/** Makes one locale's bundled data available to bundledFormat(). */
export function addDateData(data: unknown): void {
  DateTimeFormat.__addLocaleData(data as Added);
}

/** A formatter for `locale` from the bundled data (it throws for a zone that is not bundled). */
export function bundledFormat(
  locale: string,
  options: Intl.DateTimeFormatOptions,
): Pick<Intl.DateTimeFormat, 'format'> {
  return new DateTimeFormat(locale, options) as unknown as Pick<Intl.DateTimeFormat, 'format'>;
}
