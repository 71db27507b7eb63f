import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { localeDirectionOf, localeNameOf, localesConfig, localeToolbarItems } from './locales.js';
import { argTypesFor, elements, manifest } from './manifest.js';
import { OWN_PALETTE, storyThemes, themeStylesheet } from './themes.js';
import { ElementDocsPage } from './docs-page.js';

// Autodocs tables (attributes, properties, events, slots, parts, CSS properties) come from here.
if (manifest) setCustomElementsManifest(manifest);

// The Theme toolbar's palettes as one document stylesheet (CSSOM: no inline styles).
const themeSheet = new CSSStyleSheet();
themeSheet.replaceSync(themeStylesheet());
document.adoptedStyleSheets = [...document.adoptedStyleSheets, themeSheet];

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
      description:
        'Text direction around the story. English widgets follow it; a translation keeps its own direction (Arabic right to left, Spanish left to right), as on any page, unless `dir` is set on the element: the story then says so.',
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
    theme: {
      description: 'Colour palette, set as --nb-* custom properties around the story',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: Object.entries(storyThemes).map(([value, t]) => ({ value, title: t.title })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: localesConfig.sourceLocale, direction: 'auto', theme: 'light' },
  decorators: [
    (story, context) => {
      const { locale, direction, theme } = context.globals as Record<string, string>;
      const ownPalette = (context.parameters.themes as { disable?: boolean } | undefined)?.disable;
      const palette = ownPalette ? OWN_PALETTE : theme in storyThemes ? theme : 'light';
      // A story that sets its own lang (e.g. the Spanish one) keeps it: the nearest lang wins.
      if (direction === 'auto')
        return html`<div class="nb-story" data-nb-theme=${palette} lang=${locale}>${story()}</div>`;
      // A translation has its own direction whatever the page says (the widgets' rule): say so
      // instead of silently doing nothing.
      const own = localeDirectionOf(locale);
      const note =
        own && own !== direction
          ? html`<p class="nb-story-note" role="note" lang="en">
              Direction: widgets in ${localeNameOf(locale)} are always
              ${own === 'rtl' ? 'right to left' : 'left to right'}, whatever the page around them
              says. The Direction toolbar changes English widgets only. To force a direction, set
              <code>dir</code> on the element itself.
            </p>`
          : null;
      return html`<div class="nb-story" data-nb-theme=${palette} lang=${locale} dir=${direction}>
        ${note}${story()}
      </div>`;
    },
  ],
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
    docs: {
      toc: true,
      page: ElementDocsPage,
      // "Show code" never shows the toolbar's wrapper (.nb-story); element stories show the
      // partner's own HTML (stories/partner-code.ts).
      source: { excludeDecorators: true },
      // Our own reader of custom-elements.json (see manifest.ts for why not Storybook's).
      extractArgTypes: (component: unknown) =>
        typeof component === 'string' ? argTypesFor(component) : null,
      extractComponentDescription: (component: unknown) =>
        elements().find((d) => d.tagName === component)?.description ?? null,
    },
    viewport: {
      options: {
        phone320: {
          name: 'Small phone (320 px)',
          styles: { width: '320px', height: '640px' },
          type: 'mobile',
        },
        tablet768: {
          name: 'Tablet (768 px)',
          styles: { width: '768px', height: '1024px' },
          type: 'tablet',
        },
        desktop1280: {
          name: 'Desktop (1280 px)',
          styles: { width: '1280px', height: '800px' },
          type: 'desktop',
        },
      },
    },
    options: {
      storySort: {
        order: [
          'Docs',
          [
            'Getting started',
            'Theming',
            'Translating',
            'Content & sources',
            'Accessibility statement',
            'Use with React, Vue or plain HTML',
            'Privacy',
          ],
          'Examples',
          'Elements',
        ],
      },
    },
  },
};

export default preview;

// Pseudo-locales (en-XA accented and longer, ar-XB mirrored RTL) for layout checks: Storybook and
// the tests register them; the published package and the CDN build never do.
import { enablePseudoLocales } from '../src/locale/pseudo.js';
enablePseudoLocales();
