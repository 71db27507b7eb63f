/** Registers every nb- element. Import a single `nb-widgets/<name>.js` to register just one. */
import './elements/nb-helpline-banner/define.js';
import './elements/nb-trial-list/define.js';

export { NbHelplineBanner } from './elements/nb-helpline-banner/nb-helpline-banner.js';
export { NbTrialList } from './elements/nb-trial-list/nb-trial-list.js';
export { VERSION } from './internal/version.js';
