import { defineElement } from '../../internal/define.js';
// Treatments are <nb-drug-term>s: registering the list registers them.
import '../nb-drug-term/define.js';
import { NbTrialList } from './nb-trial-list.js';

defineElement('nb-trial-list', NbTrialList);

export { NbTrialList };
