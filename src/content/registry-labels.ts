import { msg, str } from '@lit/localize';
import type { ContentUnit } from './types.js';

// The words around a trial's registry records, in a module of their own (issue #18 page
// budgets): the credits footer every element carries links records with `registryLinkLabel`,
// and importing it from trial-status.ts put every status word (and the registry word map) into
// every page, the helpline banner's too; the card lists a trial's records under
// `registryLabel`, and importing it from trial-list.ts put all of <nb-trial-list>'s words into
// the card's page.

export const registryLinkLabel: ContentUnit<[string, string]> = {
  id: 'trial-status.registry-link',
  facts: [],
  text: (registry, id) =>
    msg(str`${registry} record ${id}`, {
      id: 'trial-status.registry-link',
      desc: 'Accessible text of a link to a trial’s registry page. ${registry} is a registry name such as "ClinicalTrials.gov", ${id} its record number.',
    }),
};

export const registryLabel: ContentUnit = {
  id: 'trial-list.registry',
  facts: [],
  text: () =>
    msg('Registry records', {
      id: 'trial-list.registry',
      desc: 'Label before the trial’s IDs in public trial registries (ClinicalTrials.gov, ISRCTN, EU).',
    }),
};
