import { defineElement } from '../../internal/define.js';
import { NbDrugTerm } from './nb-drug-term.js';

defineElement('nb-drug-term', NbDrugTerm);

export { NbDrugTerm };
