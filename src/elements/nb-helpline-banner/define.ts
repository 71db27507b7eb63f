import { defineElement } from '../../internal/define.js';
import { NbHelplineBanner } from './nb-helpline-banner.js';

defineElement('nb-helpline-banner', NbHelplineBanner);

export { NbHelplineBanner };
