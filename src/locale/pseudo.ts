import { pseudoLocaleInfo, pseudoLocaleLoaders } from '../generated/pseudo-locale-registry.js';
import { registerLocales } from './registry.js';

/**
 * Makes the pseudo-locales (`en-XA`: accented and ~40 % longer; `ar-XB`: mirrored right-to-left)
 * available for layout testing. Storybook and the tests call this; the package entry points and
 * the CDN build never import this module, so pseudo-locales are never shipped to families.
 */
export function enablePseudoLocales(): void {
  registerLocales(pseudoLocaleInfo, pseudoLocaleLoaders);
}
