/**
 * Written in at build time from package.json's `version` (scripts/build/lib/build-constants.mjs: rollup
 * for dist/, esbuild for the browser tests, Vite for Storybook).
 */
declare const __NB_VERSION__: string;

/** The package version, as in package.json: named by the two-copies warning. */
export const VERSION: string = __NB_VERSION__;
