export interface LocaleEntry {
  readonly name?: string;
  readonly dir?: 'ltr' | 'rtl';
  readonly status?: string;
  readonly serve?: boolean;
  readonly reviewed?: boolean;
  readonly pseudo?: boolean;
}
export interface LocalesConfig {
  readonly sourceLocale: string;
  readonly locales?: Readonly<Record<string, LocaleEntry>>;
}
export const STATUSES: readonly string[];
export function isServed(entry: LocaleEntry | undefined): boolean;
export function servedLocales(config: LocalesConfig): string[];
export function localesInProgress(config: LocalesConfig): string[];
