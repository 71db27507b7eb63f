/** A CLDR plural category: English uses `one` and `other`; Welsh and Arabic use all six. */
export type PluralCategory = Intl.LDMLPluralRule;

export const pluralCategories: readonly PluralCategory[] = [
  'zero',
  'one',
  'two',
  'few',
  'many',
  'other',
];

/** One message per plural category (content units or anything with `text(n)`); `other` is required. */
export type PluralForms = { readonly [K in PluralCategory]?: { text: (n: string) => string } } & {
  readonly other: { text: (n: string) => string };
};

/** The category `Intl.PluralRules` picks for `count` in `locale` (English rules for junk tags). */
export function pluralCategory(locale: string, count: number): PluralCategory {
  return intlFor(locale).plural.select(count);
}

/** `count` written the way `locale` writes numbers (Arabic-Indic digits in Arabic, say). */
export function formatCount(locale: string, count: number): string {
  return intlFor(locale).number?.format(count) ?? String(count);
}

/**
 * The plural rules and number format of each locale asked for, built once (a list re-renders its
 * count on every update and language switch). A junk tag gets English rules and plain digits.
 */
const intlByLocale = new Map<string, { plural: Intl.PluralRules; number?: Intl.NumberFormat }>();

function intlFor(locale: string): { plural: Intl.PluralRules; number?: Intl.NumberFormat } {
  let intl = intlByLocale.get(locale);
  if (!intl) {
    try {
      intl = { plural: new Intl.PluralRules(locale), number: new Intl.NumberFormat(locale) };
    } catch {
      intl = { plural: new Intl.PluralRules('en') };
    }
    // Locales come from the page's lang attributes: a page inventing endless tags refills a small table.
    if (intlByLocale.size >= 64) intlByLocale.clear();
    intlByLocale.set(locale, intl);
  }
  return intl;
}

/**
 * The message for `count`: the form for the category `new Intl.PluralRules(locale).select(count)`
 * picks (falling back to `other`), given the number formatted for the locale. Call it while
 * rendering, so each form's msg() answers in the element's locale.
 */
export function pluralMessage(locale: string, count: number, forms: PluralForms): string {
  const form = forms[pluralCategory(locale, count)] ?? forms.other;
  return form.text(formatCount(locale, count));
}
