import { expect } from '@open-wc/testing';
import { pluralCategory, pluralMessage, type PluralForms } from '../src/locale/plural.js';

const forms: PluralForms = {
  zero: { text: (n) => `zero:${n}` },
  one: { text: (n) => `one:${n}` },
  two: { text: (n) => `two:${n}` },
  few: { text: (n) => `few:${n}` },
  many: { text: (n) => `many:${n}` },
  other: { text: (n) => `other:${n}` },
};

describe('plural messages (Intl.PluralRules)', () => {
  const cases: [string, number, string][] = [
    ['en-GB', 0, 'other'],
    ['en-GB', 1, 'one'],
    ['en-GB', 2, 'other'],
    ['es', 1, 'one'],
    ['es', 5, 'other'],
    // Welsh uses all six categories: 0, 1, 2, 3, 6 and the rest.
    ['cy', 0, 'zero'],
    ['cy', 1, 'one'],
    ['cy', 2, 'two'],
    ['cy', 3, 'few'],
    ['cy', 6, 'many'],
    ['cy', 4, 'other'],
    // Arabic: 0, 1, 2, 3–10, 11–99, 100…
    ['ar', 0, 'zero'],
    ['ar', 1, 'one'],
    ['ar', 2, 'two'],
    ['ar', 7, 'few'],
    ['ar', 11, 'many'],
    ['ar', 100, 'other'],
  ];
  for (const [locale, count, category] of cases) {
    it(`${locale} ${count} → ${category}`, () => {
      expect(pluralCategory(locale, count)).to.equal(category);
      expect(pluralMessage(locale, count, forms).split(':')[0]).to.equal(category);
    });
  }

  it('formats the number for the locale and falls back to "other" for a missing form', () => {
    expect(pluralMessage('ar', 3, forms)).to.equal(`few:${new Intl.NumberFormat('ar').format(3)}`);
    expect(pluralMessage('cy', 2, { other: { text: (n) => `${n} treialon` } })).to.equal(
      '2 treialon',
    );
  });

  it('uses English rules for a tag Intl cannot read, without throwing', () => {
    expect(pluralCategory('not a tag!', 1)).to.equal('one');
    expect(pluralMessage('not a tag!', 3, forms)).to.equal('other:3');
  });
});
