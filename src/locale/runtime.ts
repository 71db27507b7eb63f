import type { LocaleModule } from '@lit/localize';
import { configureReentrantLocalization } from '@lit/localize/init/reentrant.js';
import { localeLoaderFor, sourceLocale } from './registry.js';
import { warnOnce } from '../internal/warn.js';

const loaded = new Map<string, LocaleModule>();
const loading = new Map<string, Promise<boolean>>();
let active = sourceLocale;
const ACTIVE_TRANSLATION = 'x-nb-active';
let state: 'unconfigured' | 'ours' | 'foreign' = 'unconfigured';

/**
 * Installs our reentrant msg() implementation the first time an element connects (never at
 * import, so class-only entry points stay side-effect free). If another script on the page has
 * already configured this copy of @lit/localize, we keep theirs, render English and warn once.
 */
export function ensureLocalization(): boolean {
  if (state === 'unconfigured') {
    try {
      // One stand-in code means "whichever translation is active", because @lit/localize copies
      // targetLocales once, and locales registered later (pseudo-locales) must work too.
      configureReentrantLocalization({
        sourceLocale,
        targetLocales: [ACTIVE_TRANSLATION],
        getLocale: () => (active === sourceLocale ? sourceLocale : ACTIVE_TRANSLATION),
        loadLocaleSync: () => loaded.get(active),
      });
      state = 'ours';
    } catch {
      state = 'foreign';
      warnOnce(
        'nb-widgets: @lit/localize was already configured by another script on this page, ' +
          'so nb- elements show English. Load nb-widgets from its CDN bundle to keep translations.',
      );
    }
  }
  return state === 'ours';
}

/** Whether `locale` can be rendered right now (the source locale always can). */
export function isLocaleReady(locale: string): boolean {
  return locale === sourceLocale || (state === 'ours' && loaded.has(locale));
}

/** Loads a locale's module once; resolves false if it is unknown or failed to load. */
export function loadLocale(locale: string): Promise<boolean> {
  if (locale === sourceLocale || loaded.has(locale)) return Promise.resolve(true);
  const loader = localeLoaderFor(locale);
  if (!loader || !ensureLocalization()) return Promise.resolve(false);
  let pending = loading.get(locale);
  if (!pending) {
    pending = loader().then(
      (module) => {
        loaded.set(locale, module);
        return true;
      },
      (error: unknown) => {
        loading.delete(locale);
        warnOnce(`nb-widgets: could not load the "${locale}" translation; showing English.`);
        console.warn(error);
        return false;
      },
    );
    loading.set(locale, pending);
  }
  return pending;
}

/** Runs `render` with msg() answering in `locale` (reentrant: each element renders its own). */
export function withLocale<T>(locale: string, render: () => T): T {
  const previous = active;
  active = locale;
  try {
    return render();
  } finally {
    active = previous;
  }
}
