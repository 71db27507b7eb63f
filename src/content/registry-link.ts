import { msg, str } from '@lit/localize';
import type { ContentUnit } from './types.js';

// Its own module, not trial-status.ts: the credits footer every element carries links registry
// records with it, and importing it from trial-status.ts put every status word (and their
// registry word map) into every page, the helpline banner's too (issue #18 page budgets).

export const registryLinkLabel: ContentUnit<[string, string]> = {
  id: 'trial-status.registry-link',
  facts: [],
  text: (registry, id) =>
    msg(str`${registry} record ${id}`, {
      id: 'trial-status.registry-link',
      desc: 'Accessible text of a link to a trial’s registry page. ${registry} is a registry name such as "ClinicalTrials.gov", ${id} its record number.',
    }),
};
