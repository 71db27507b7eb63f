import { readdirSync, readFileSync } from 'node:fs';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { buildConstantsPlugin } from './scripts/build/lib/build-constants.mjs';
import { minifyTemplates } from './scripts/build/rollup-minify-templates.mjs';
import { msgIdsOnly } from './scripts/build/rollup-msg-ids.mjs';
import { stripMsgDesc, stripReviewerNotes } from './scripts/build/rollup-strip-desc.mjs';

const elements = readdirSync('src/elements', { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

/** CDN lazy chunks: translations under locales/, code behind opt-in attributes under chunks/. */
const targetLocales = new Set(JSON.parse(readFileSync('lit-localize.json', 'utf8')).targetLocales);
const cdnChunkName = (chunk) =>
  targetLocales.has(chunk.name) ? 'locales/[name]-[hash].js' : 'chunks/[name]-[hash].js';

/** Runtime dependencies stay external in the npm build: the consumer's bundler dedupes them. */
const external = [
  /^lit($|\/)/,
  /^@lit\//,
  /^@lit-labs\//,
  /^parse5($|\/)/,
  /^@floating-ui\//,
  /^@formatjs\//,
  /^valibot($|\/)/,
];

/**
 * The registering modules (src/index.ts, src/elements/<name>/define.ts) keep their side effects.
 * package.json `sideEffects` names their dist/ paths for consumers; when node-resolve answers
 * for a src/ file it applies those patterns, finds no match and marks the module side-effect
 * free, so `import './elements/x/define.js'` could vanish from dist/index.js (it depended on
 * which plugin resolved first). A transform hook's answer overrides resolveId's.
 */
const registeringSideEffects = () => ({
  name: 'nb-registering-side-effects',
  transform(code, id) {
    if (/[\\/]src[\\/](index|hydrate|elements[\\/][^\\/]+[\\/]define)\.ts$/.test(id))
      return { code, map: null, moduleSideEffects: true };
    return null;
  },
});

/**
 * Minifier settings of the CDN builds. `module` (ES module: strict, top-level names private, so
 * they are mangled and dropped when unused, as `toplevel` says too); two compress passes find
 * what the first pass uncovers (about 0.3 KB gzip). Property names are never mangled: element
 * properties, attributes and events are public API.
 */
const cdnTerser = {
  format: { comments: false },
  ecma: 2020,
  module: true,
  toplevel: true,
  compress: { passes: 2 },
};

const onwarn = (warning, warn) => {
  // Lit's decorators use `this` at the top level of TypeScript helpers; harmless.
  if (warning.code === 'THIS_IS_UNDEFINED') return;
  warn(warning);
};

/**
 * The plugins of every build, in order. `cdn`: Lit and the other runtime dependencies are bundled
 * in their production builds and the output is minified; otherwise they stay external (the
 * consumer's bundler resolves them) and the files stay readable, with declarations.
 */
function plugins({ cdn }) {
  return [
    registeringSideEffects(),
    stripMsgDesc(),
    stripReviewerNotes(),
    typescript(
      cdn
        ? { tsconfig: './tsconfig.build.json', outDir: 'dist/cdn', declaration: false }
        : {
            tsconfig: './tsconfig.build.json',
            outDir: 'dist',
            declaration: true,
            declarationDir: 'dist',
          },
    ),
    buildConstantsPlugin(),
    minifyTemplates(),
    ...(cdn ? [msgIdsOnly()] : []),
    cdn ? resolve({ exportConditions: ['production'] }) : resolve(),
    ...(cdn ? [terser(cdnTerser)] : []),
  ];
}

/**
 * npm build file names. `importHelpers` makes every decorated class import `tslib`; it is not a
 * runtime dependency, so rollup bundles it, and under `preserveModules` a module from
 * node_modules keeps that path: `dist/node_modules/tslib/…`, a node_modules folder inside the
 * published package. Third-party modules go to `dist/vendor/<package>/…` instead (one shared
 * copy, its licence header kept); scripts/build/build.mjs fails if `npm pack` would ship node_modules.
 */
const npmFileName = ({ name }) => `${name.replace(/^(?:.*\/)?node_modules\//, 'vendor/')}.js`;

/**
 * One CDN build: `input` bundled with Lit into dist/cdn/ as ES modules named after their entries,
 * with the production plugins. `output` adds to (or overrides) those output options; `options`
 * are further rollup options.
 */
const cdnBuild = (input, output = {}, options = {}) => ({
  input,
  ...options,
  onwarn,
  output: { dir: 'dist/cdn', format: 'es', entryFileNames: '[name].js', ...output },
  plugins: plugins({ cdn: true }),
});

export default [
  // npm package: one file per source module, so `nb-widgets/elements/<name>.js` is side-effect free.
  {
    input: [
      'src/index.ts',
      // Hydration support first, then every element; and the Node-only server renderer.
      'src/hydrate.ts',
      'src/ssr/index.ts',
      ...elements.flatMap((name) => [
        `src/elements/${name}/define.ts`,
        `src/elements/${name}/${name}.ts`,
      ]),
    ],
    external,
    onwarn,
    output: {
      dir: 'dist',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      entryFileNames: npmFileName,
    },
    plugins: plugins({ cdn: false }),
  },
  // CDN drop-in: Lit bundled, production build, translations as lazy content-hashed chunks.
  cdnBuild(
    { 'nb-widgets': 'src/index.ts' },
    { chunkFileNames: cdnChunkName },
    // Lets the entry export what the locale chunks share with it, instead of a facade + chunk.
    { preserveEntrySignatures: 'allow-extension' },
  ),
  // CDN file for pages with server-rendered widgets (nb-widgets/ssr, `npx nb-widgets prerender`):
  // Lit's hydration support first, then every element; translations as lazy chunks of its own
  // under hydrate/ (as nb-widgets.js: a reader fetches only their language; inlining all of them
  // tripled the script a prerendered page parses and compiles before it is interactive).
  cdnBuild(
    { 'nb-widgets.hydrate': 'src/hydrate.ts' },
    { chunkFileNames: (chunk) => `hydrate/${cdnChunkName(chunk)}` },
    { preserveEntrySignatures: 'allow-extension' },
  ),
  // CDN per-element files (`nb-<name>.js`: that element and the ones it renders) and the
  // autoloader, which imports them on demand. A build of its own: the code they have in common is
  // in shared chunks under shared/ (cached once, whichever files a page uses), and the all-in-one
  // nb-widgets.js above stays one file (splitting it into the same chunks would cost ~8 KB gzip).
  cdnBuild(
    {
      ...Object.fromEntries(elements.map((name) => [name, `src/elements/${name}/define.ts`])),
      autoloader: 'src/autoloader.ts',
    },
    { chunkFileNames: (chunk) => `shared/${cdnChunkName(chunk)}` },
    { preserveEntrySignatures: 'allow-extension' },
  ),
  // CDN single file: every translation inside, so one `integrity` attribute covers everything.
  cdnBuild({ 'nb-widgets.bundle': 'src/index.ts' }, { inlineDynamicImports: true }),
];
