/**
 * The locale API for server rendering (src/ssr): pick and load a locale before rendering, then
 * render inside it. Browsers use the LocaleController instead.
 */
import { loadDates } from './format.js';
import { localeDirection, matchLocale } from './match.js';
import { sourceLocale, supportedLocales } from './registry.js';
import { ensureLocalization, loadLocale, withLocale } from './runtime.js';

export { sourceLocale };

/** The supported locale for `tag` (unset or unsupported: English), with its translation and date formats loaded. */
export async function readyLocale(tag: string | undefined): Promise<string> {
  ensureLocalization();
  const locale = matchLocale(tag, supportedLocales()) ?? sourceLocale;
  const [loaded] = await Promise.all([loadLocale(locale), loadDates(locale)]);
  return loaded ? locale : sourceLocale;
}

/** The text direction of a locale this version serves. */
export const directionOf = (locale: string): 'ltr' | 'rtl' => localeDirection(locale);

/** Runs `render` with `locale` as every msg()'s locale (it must have been made ready). */
export const inLocale = <T>(locale: string, render: () => T): T => withLocale(locale, render);
