/** Registers every nb- element. Import a single `nb-widgets/<name>.js` to register just one. */
import './elements/nb-helpline-banner/define.js';
import './elements/nb-treatment-card/define.js';
import './elements/nb-drug-term/define.js';
import './elements/nb-glossary/define.js';
import './elements/nb-glossary-scope/define.js';
import './elements/nb-trial-list/define.js';

export { NbHelplineBanner } from './elements/nb-helpline-banner/nb-helpline-banner.js';
export {
  NbTreatmentCard,
  type SectionToggleDetail,
} from './elements/nb-treatment-card/nb-treatment-card.js';
export { NbDrugTerm } from './elements/nb-drug-term/nb-drug-term.js';
export { NbGlossary } from './elements/nb-glossary/nb-glossary.js';
export { NbGlossaryScope } from './elements/nb-glossary-scope/nb-glossary-scope.js';
export { NbTrialList } from './elements/nb-trial-list/nb-trial-list.js';
export { VERSION } from './internal/version.js';
