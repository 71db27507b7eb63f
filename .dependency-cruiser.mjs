// The layers of src/, enforced in the lint stage of `npm test` (`npm run lint:layers`).
// Imports point one way, down this list (each layer may import the ones below it):
//
//   src/index.ts          the all-in-one entry (src/autoloader.ts: the CDN autoloader)
//   src/elements/<name>/  one folder per element; another element only through its define.ts
//   src/common/           what elements share: the NbElement base class, the credits footer
//   src/content/          content units, fact IDs, and the text built from them
//   src/locale/           locale resolution, loading, formatting; elements use the controller
//   src/generated/        lit-localize output, locale registry, date data (imported by locale/)
//   src/internal/         small helpers with no imports of ours (warn, time, urls, define)
//
// Type-only imports count too. CONTRIBUTING.md ("Layers") says the same in prose.

/** Modules of src/locale/ that other layers may import; the rest are the controller's. */
const LOCALE_API = '^src/locale/(controller|format|bidi|plural|pseudo|server)[.]ts$';

/** Each layer and the layers it may import (its own included). */
const layers = {
  internal: ['internal'],
  generated: ['generated'],
  locale: ['locale', 'generated', 'internal'],
  content: ['content', 'locale', 'internal'],
  common: ['common', 'content', 'locale', 'internal'],
  elements: ['elements', 'common', 'content', 'locale', 'internal'],
};

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    ...Object.entries(layers).map(([layer, below]) => ({
      name: `layer-${layer}`,
      comment:
        `src/${layer}/ may import only ${below.map((l) => `src/${l}/`).join(', ')} ` +
        '(see .dependency-cruiser.mjs for the order of the layers).',
      severity: 'error',
      from: { path: `^src/${layer}/` },
      to: { path: '^src/', pathNot: `^src/(${below.join('|')})/` },
    })),
    {
      name: 'locale-through-its-api',
      comment:
        'Outside src/locale/, use the LocaleController (or format, bidi, plural), never the ' +
        "runtime, registry or resolution modules it is built on, nor src/generated/'s data.",
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/(locale|generated)/' },
      to: { path: '^src/(locale|generated)/', pathNot: LOCALE_API },
    },
    {
      name: 'element-private',
      comment:
        "An element never imports another element's modules; it may import its define.ts " +
        '(to make sure that element is registered).',
      severity: 'error',
      from: { path: '^src/elements/([^/]+)/' },
      to: {
        path: '^src/elements/',
        pathNot: ['^src/elements/$1/', '^src/elements/[^/]+/define[.]ts$'],
      },
    },
    {
      name: 'define-is-the-only-side-effect',
      comment:
        "Only an element's define.ts (and src/index.ts, and the CDN autoloader's on-demand " +
        'imports) registers elements: nothing else imports a define.ts.',
      severity: 'error',
      from: {
        path: '^src/',
        pathNot: ['^src/elements/[^/]+/define[.]ts$', '^src/(index|autoloader)[.]ts$'],
      },
      to: { path: '^src/elements/[^/]+/define[.]ts$' },
    },
    {
      name: 'no-circular',
      comment: 'Modules that import each other, directly or through others.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
