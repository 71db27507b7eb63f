/** Registers every nb- element. Import a single `nb-widgets/<name>.js` to register just one. */
import './elements/nb-helpline-banner/define.js';
import './elements/nb-treatment-card/define.js';
import './elements/nb-drug-term/define.js';
import './elements/nb-glossary/define.js';
import './elements/nb-glossary-scope/define.js';
import './elements/nb-trial-list/define.js';

// Every event's detail type (each element module also adds its events to HTMLElementEventMap),
// and the types of the enumerated properties.
export {
  NbHelplineBanner,
  type DismissDetail,
  type Dismissible,
  type HelplineCallDetail,
} from './elements/nb-helpline-banner/nb-helpline-banner.js';
export {
  NbTreatmentCard,
  type SectionToggleDetail,
} from './elements/nb-treatment-card/nb-treatment-card.js';
export {
  NbDrugTerm,
  type TermCloseDetail,
  type TermOpenDetail,
  type TermOpenVia,
} from './elements/nb-drug-term/nb-drug-term.js';
export { NbGlossary, type GlossaryFocusDetail } from './elements/nb-glossary/nb-glossary.js';
export {
  NbGlossaryScope,
  type GlossaryScanDetail,
} from './elements/nb-glossary-scope/nb-glossary-scope.js';
export {
  NbTrialList,
  type StatusFilter,
  type TrialFeedDetail,
  type TrialFilterDetail,
  type TrialSort,
} from './elements/nb-trial-list/nb-trial-list.js';
export type { Theme } from './common/nb-element.js';
export { VERSION } from './internal/version.js';
