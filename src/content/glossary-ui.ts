import { msg } from '@lit/localize';
import type { ContentUnit, TermClass } from './types.js';

// Words of the glossary elements themselves (not glossary content): link texts, labels, and the
// short class label shown next to each term.

export const moreInGlossary: ContentUnit = {
  id: 'glossary-ui.more',
  facts: [],
  text: () =>
    msg('More in the glossary', {
      id: 'glossary-ui.more',
      desc: 'Link at the bottom of the small pop-up that explains a word; it leads to the full glossary entry.',
    }),
};

export const glossaryLabel: ContentUnit = {
  id: 'glossary-ui.label',
  facts: [],
  text: () =>
    msg('Glossary', {
      id: 'glossary-ui.label',
      desc: 'Accessible name of the A to Z list of medical words and drug names, read by screen readers.',
    }),
};

const classLabels: Record<TermClass, () => string> = {
  chemotherapy: () =>
    msg('Chemotherapy', {
      id: 'glossary-ui.class.chemotherapy',
      desc: 'Short label saying what kind of treatment a drug is: a chemotherapy drug.',
    }),
  'targeted-drug': () =>
    msg('Targeted drug', {
      id: 'glossary-ui.class.targeted-drug',
      desc: 'Short label saying what kind of treatment a drug is: a targeted cancer drug.',
    }),
  immunotherapy: () =>
    msg('Immunotherapy', {
      id: 'glossary-ui.class.immunotherapy',
      desc: 'Short label saying what kind of treatment a drug is: immunotherapy.',
    }),
  radiotherapy: () =>
    msg('Radiotherapy', {
      id: 'glossary-ui.class.radiotherapy',
      desc: 'Short label saying what kind of treatment something is: radiotherapy (treatment with radiation).',
    }),
  retinoid: () =>
    msg('Retinoid', {
      id: 'glossary-ui.class.retinoid',
      desc: 'Short label saying what kind of drug something is: a retinoid (related to vitamin A).',
    }),
  enzyme: () =>
    msg('Enzyme treatment', {
      id: 'glossary-ui.class.enzyme',
      desc: 'Short label saying what kind of treatment a drug is: an enzyme given as a medicine.',
    }),
  concept: () =>
    msg('Medical word', {
      id: 'glossary-ui.class.concept',
      desc: 'Short label for a glossary entry that is a general medical word, not one drug.',
    }),
};

/** The short label naming a term's class ("Chemotherapy", "Targeted drug" …). */
export function termClassLabel(termClass: TermClass): string {
  return (classLabels[termClass] ?? classLabels.concept)();
}
