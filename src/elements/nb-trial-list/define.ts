import { defineElement } from '../../internal/define.js';
import { NbTrialList } from './nb-trial-list.js';

defineElement('nb-trial-list', NbTrialList);

export { NbTrialList };
