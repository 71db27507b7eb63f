// The typed event map (each element module adds its events to HTMLElementEventMap) and the
// detail types exported from the package entry. Compiled, never run: `tsc -p test/types`.
import type {
  DismissDetail,
  GlossaryFocusDetail,
  GlossaryScanDetail,
  HelplineCallDetail,
  SectionToggleDetail,
  TermCloseDetail,
  TermOpenDetail,
  TrialFeedDetail,
  TrialFilterDetail,
} from '../../dist/index.js';

declare const el: HTMLElement;

el.addEventListener('nb-term-open', (e) => e.detail satisfies TermOpenDetail);
el.addEventListener('nb-term-close', (e) => e.detail satisfies TermCloseDetail);
el.addEventListener('nb-glossary-focus', (e) => e.detail satisfies GlossaryFocusDetail);
el.addEventListener('nb-glossary-scan', (e) => e.detail.wrapped satisfies string[]);
el.addEventListener('nb-helpline-call', (e) => e.detail.tel satisfies string);
el.addEventListener('nb-dismiss', (e) => e.detail satisfies DismissDetail);
el.addEventListener('nb-section-toggle', (e) => e.detail satisfies SectionToggleDetail);
el.addEventListener('nb-trial-filter', (e) => e.detail.count satisfies number);
el.addEventListener('nb-trial-feed', (e) => e.detail satisfies TrialFeedDetail);
// @ts-expect-error: no such detail field
el.addEventListener('nb-dismiss', (e) => e.detail.forever);

export type Exported = [GlossaryScanDetail, HelplineCallDetail, TrialFilterDetail];
