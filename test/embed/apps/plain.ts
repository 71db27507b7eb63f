// A TypeScript consumer without React: the registering entry brings the element types and the
// HTMLElementTagNameMap entries. Type-checked by test/embed/helpers/npm-app.mjs inside the temp
// app.
import 'nb-widgets';
import type { NbHelplineBanner } from 'nb-widgets/elements/nb-helpline-banner.js';

const banner: NbHelplineBanner | null = document.querySelector('nb-helpline-banner');
if (banner) {
  banner.hours = 'Mo-Fr 09:00-17:00';
  banner.now = () => new Date();
  // @ts-expect-error theme only takes 'light' | 'dark' | 'auto'
  banner.theme = 'purple';
}
