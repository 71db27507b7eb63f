/// <reference types="vite/client" />
import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { localesConfig, localeToolbarItems } from './locales.js';

// Written by `cem analyze` (npm start and npm run build run it first); absent → docs show no tables.
const manifests = import.meta.glob('../dist/custom-elements.json', {
  eager: true,
  import: 'default',
});
const manifest = Object.values(manifests)[0];
if (manifest) setCustomElementsManifest(manifest);

const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Language of the widgets (the lang attribute around the story)',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: localeToolbarItems(localesConfig),
        dynamicTitle: true,
      },
    },
    direction: {
      description: 'Text direction around the story',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'auto', title: 'From the locale' },
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en-GB', direction: 'auto' },
  decorators: [
    (story, context) => {
      const { locale, direction } = context.globals as Record<string, string>;
      // A story that sets its own lang (e.g. the Spanish one) keeps it: the nearest lang wins.
      return direction === 'auto'
        ? html`<div class="nb-story" lang=${locale}>${story()}</div>`
        : html`<div class="nb-story" lang=${locale} dir=${direction}>${story()}</div>`;
    },
  ],
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
    docs: { toc: true },
    options: { storySort: { order: ['Docs', ['Getting started'], 'Elements'] } },
  },
};

export default preview;

// Pseudo-locales (en-XA accented and longer, ar-XB mirrored RTL) for layout checks: Storybook and
// the tests register them; the published package and the CDN build never do.
import { enablePseudoLocales } from '../src/locale/pseudo.js';
enablePseudoLocales();
