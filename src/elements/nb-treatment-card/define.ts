import { defineElement } from '../../internal/define.js';
// The card's text wraps drug and medical words in <nb-drug-term>: registering the card registers them.
import '../nb-drug-term/define.js';
import { NbTreatmentCard } from './nb-treatment-card.js';

defineElement('nb-treatment-card', NbTreatmentCard);

export { NbTreatmentCard };
