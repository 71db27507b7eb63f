import { defineElement } from '../../internal/define.js';
import { NbTreatmentCard } from './nb-treatment-card.js';

defineElement('nb-treatment-card', NbTreatmentCard);

export { NbTreatmentCard };
