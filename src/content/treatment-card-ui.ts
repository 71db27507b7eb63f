import { msg } from '@lit/localize';
import type { ContentUnit } from './types.js';

// The treatment card's own controls and labels (no medical statements: those live in
// treatment.ts with their fact IDs).

export const feedbackLink: ContentUnit = {
  id: 'card.feedback',
  facts: [],
  text: () =>
    msg('Was this helpful? Tell us', {
      id: 'card.feedback',
      desc: 'Link to the partner charity’s own feedback form, under the treatment card. "Us" is the charity showing the card.',
    }),
};

export const trialsLink: ContentUnit = {
  id: 'card.trials-link',
  facts: [],
  text: () =>
    msg('See our list of clinical trials', {
      id: 'card.trials-link',
      desc: 'Link to the partner charity’s own page listing clinical trials (set by the charity), in the "Find a clinical trial" section of the treatment card.',
    }),
};

export const cardTitle: ContentUnit = {
  id: 'card.title',
  facts: [],
  text: () =>
    msg('Treatment when neuroblastoma has come back or not gone away', {
      id: 'card.title',
      desc: 'Main heading of the treatment card, for parents of a child whose neuroblastoma came back (relapsed) or did not go away with treatment (refractory).',
    }),
};
