/** Registers every nb- element. Import a single `nb-widgets/<name>.js` to register just one. */
import './elements/nb-helpline-banner/define.js';
import './elements/nb-treatment-card/define.js';

export { NbHelplineBanner } from './elements/nb-helpline-banner/nb-helpline-banner.js';
export {
  NbTreatmentCard,
  type SectionToggleDetail,
} from './elements/nb-treatment-card/nb-treatment-card.js';
export { VERSION } from './internal/version.js';
