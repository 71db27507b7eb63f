import { msg } from '@lit/localize';
import type { RichContentUnit } from './types.js';

// Its own module: the credits footer of every element shows it, and importing it from
// treatment.ts would bring the card's whole text (and the glossary and trials it links) into
// pages that have no card (the helpline banner's page budget, issue #18).

/** Plain disclaimer shown on every card (PIF TICK): the widgets never replace the care team. */
export const careTeamNote: RichContentUnit<[locale?: string, now?: Date]> & {
  readonly kind: 'paragraph';
} = {
  id: 'treatment.care-team-note',
  kind: 'paragraph',
  facts: [],
  text: () =>
    msg('This information does not replace advice from your child’s care team.', {
      id: 'treatment.care-team-note',
      desc: 'Plain statement that the widget is general information, not advice for one child.',
    }),
};
