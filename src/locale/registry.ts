import type { LocaleModule } from '@lit/localize';
import {
  localeInfo as shippedInfo,
  localeLoaders as shippedLoaders,
  sourceLocale,
  type LocaleInfo,
} from '../generated/locale-registry.js';

export { sourceLocale, type LocaleInfo };

type Loader = () => Promise<LocaleModule>;

const info = new Map<string, LocaleInfo>(Object.entries(shippedInfo));
const loaders = new Map<string, Loader>(Object.entries(shippedLoaders));
const listeners = new Set<() => void>();

/** Status of a target locale (undefined for the source locale and unknown codes). */
export function localeInfoFor(locale: string): LocaleInfo | undefined {
  return info.get(locale);
}

/** The lazy loader of a target locale's module, if it has one. */
export function localeLoaderFor(locale: string): Loader | undefined {
  return loaders.get(locale);
}

let supported: readonly string[] | undefined;

/**
 * Every locale the elements can render now, the source locale first: the same array until
 * registerLocales() adds some (so lookups can be cached per array).
 */
export function supportedLocales(): readonly string[] {
  return (supported ??= Object.freeze([sourceLocale, ...info.keys()]));
}

/**
 * Adds locales that are not in the shipped registry (the pseudo-locales, which Storybook and the
 * tests register; the CDN build never imports them). Connected elements re-resolve their locale.
 */
export function registerLocales(
  extraInfo: Readonly<Record<string, LocaleInfo>>,
  extraLoaders: Readonly<Record<string, Loader>>,
): void {
  for (const [code, value] of Object.entries(extraInfo)) info.set(code, value);
  for (const [code, value] of Object.entries(extraLoaders)) loaders.set(code, value);
  supported = undefined;
  listeners.forEach((listener) => listener());
}

/** Called after registerLocales() (the locale controllers use it to re-resolve). */
export function onLocalesRegistered(listener: () => void): void {
  listeners.add(listener);
}
