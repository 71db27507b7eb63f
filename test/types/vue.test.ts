// The Vue typings (dist/vue.d.ts): the nb- tags in Vue's GlobalComponents, with the same
// attribute types as the JSX typings and `@nb-…` listeners typed by the event map. Compiled,
// never run: `tsc -p test/types` after the build.
import type { GlobalComponents } from 'vue';
import type {} from '../../dist/vue.js';

/** The props vue-tsc checks a template's bindings on `<tag>` against. */
type Props<Tag extends keyof GlobalComponents> = InstanceType<GlobalComponents[Tag]>['$props'];

export const accepted: [
  Props<'nb-helpline-banner'>,
  Props<'nb-treatment-card'>,
  Props<'nb-trial-list'>,
  Props<'nb-glossary-scope'>,
] = [
  { dismissible: true, 'bank-holidays': 'scotland', onNbDismiss: (e) => e.detail.remember },
  { 'risk-group': 'high', 'heading-level': 3, collapsed: true },
  { 'live-status': '', 'heading-level': '2', onNbTrialFeed: (e) => e.detail.count },
  { 'all-occurrences': true, onNbGlossaryScan: (e) => e.detail.wrapped },
];

// @ts-expect-error: not a risk group
export const badRiskGroup: Props<'nb-treatment-card'> = { 'risk-group': 'medium' };
// @ts-expect-error: heading levels are 2–6
export const badLevel: Props<'nb-glossary'> = { 'heading-level': 7 };
// @ts-expect-error: a boolean attribute takes no other words
export const badLive: Props<'nb-trial-list'> = { 'live-status': 'yes' };
export const badDetail: Props<'nb-helpline-banner'> = {
  // @ts-expect-error: no such detail field
  onNbDismiss: (e) => e.detail.forever,
};
