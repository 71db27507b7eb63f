import config from '../locales/locales.json';

export interface LocaleToolbarItem {
  value: string;
  title: string;
  right?: string;
}

interface LocaleEntry {
  name?: string;
  dir?: 'ltr' | 'rtl';
  pseudo?: boolean;
  description?: string;
}

interface LocalesConfig {
  sourceLocale: string;
  locales?: Record<string, LocaleEntry>;
  /** Generated layout-testing locales (en-XA, ar-XB), if the translation tooling adds them. */
  pseudoLocales?: Record<string, LocaleEntry> | string[];
}

/**
 * The Locale toolbar's items, derived from locales/locales.json so a new translation (or the
 * pseudo-locales) appears without touching Storybook: the source locale first, then every
 * translation, then pseudo-locales (marked "pseudo").
 */
export function localeToolbarItems(cfg: LocalesConfig): LocaleToolbarItem[] {
  const names = new Intl.DisplayNames(['en'], { type: 'language' });
  const label = (code: string, entry?: LocaleEntry) => {
    let name = entry?.name;
    if (!name) {
      try {
        name = names.of(code);
      } catch {
        name = code;
      }
    }
    return `${name} (${code})`;
  };
  const pseudo = Array.isArray(cfg.pseudoLocales)
    ? Object.fromEntries(cfg.pseudoLocales.map((code) => [code, { pseudo: true }]))
    : (cfg.pseudoLocales ?? {});
  const translations = Object.entries(cfg.locales ?? {}).filter(([, e]) => !e.pseudo);
  const pseudoEntries = [
    ...Object.entries(cfg.locales ?? {}).filter(([, e]) => e.pseudo),
    ...Object.entries(pseudo),
  ];
  return [
    { value: cfg.sourceLocale, title: label(cfg.sourceLocale), right: 'source' },
    ...translations.map(([code, e]) => ({
      value: code,
      title: label(code, e),
      ...(e.dir === 'rtl' ? { right: 'RTL' } : {}),
    })),
    ...pseudoEntries.map(([code, e]) => ({
      value: code,
      title: e.name ? `${e.name} (${code})` : `Pseudo-locale (${code})`,
      right: e.dir === 'rtl' ? 'pseudo, RTL' : 'pseudo',
    })),
  ];
}

export const localesConfig = config as LocalesConfig;

/**
 * The direction a translation always renders in (the widgets ignore the page's `dir` for it);
 * undefined for the source locale, which follows the page.
 */
export function localeDirectionOf(
  code: string,
  cfg: LocalesConfig = localesConfig,
): 'ltr' | 'rtl' | undefined {
  if (code === cfg.sourceLocale) return undefined;
  const entry = cfg.locales?.[code];
  if (entry) return entry.dir ?? 'ltr';
  const pseudo = Array.isArray(cfg.pseudoLocales) ? undefined : cfg.pseudoLocales?.[code];
  return pseudo ? (pseudo.dir ?? 'ltr') : undefined;
}

/** A locale's name for a sentence ("Español (es)"). */
export function localeNameOf(code: string, cfg: LocalesConfig = localesConfig): string {
  return localeToolbarItems(cfg).find((i) => i.value === code)?.title ?? code;
}
