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
  try {
    return new Intl.PluralRules(locale).select(count);
  } catch {
    return new Intl.PluralRules('en').select(count);
  }
}

/** `count` written the way `locale` writes numbers (Arabic-Indic digits in Arabic, say). */
export function formatCount(locale: string, count: number): string {
  try {
    return new Intl.NumberFormat(locale).format(count);
  } catch {
    return String(count);
  }
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
