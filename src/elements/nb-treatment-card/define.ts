import { defineElement } from '../../internal/define.js';
import { NbDrugTerm } from '../nb-drug-term/define.js';
import { NbTreatmentCard } from './nb-treatment-card.js';

defineElement('nb-treatment-card', NbTreatmentCard);
// The card's text wraps drug and medical words in <nb-drug-term>: registering the card registers
// them. Defined here by name too, because a bundler that trusts package.json `sideEffects` may
// drop a bare side-effect import of another element's define module (same class: a no-op twice).
defineElement('nb-drug-term', NbDrugTerm);

export { NbTreatmentCard };
