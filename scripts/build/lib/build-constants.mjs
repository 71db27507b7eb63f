// Build-time constants of the library, written into the code by every tool that compiles src/:
// rollup (the npm and CDN builds, rollup.config.mjs), esbuild under web-test-runner
// (web-test-runner.config.mjs) and Vite under Storybook (.storybook/main.ts). The source reads
// them as free identifiers declared in src/internal/version.ts, so a tool that forgets them fails
// loudly (ReferenceError) instead of shipping a stale value.
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8'));

/** Identifier → JavaScript expression, the shape esbuild's and Vite's `define` take. */
export const buildConstants = Object.freeze({
  __NB_VERSION__: JSON.stringify(pkg.version),
});

/**
 * The same replacement as a rollup plugin: each free identifier in `constants` becomes its
 * expression (whole words only, so `__NB_VERSION__X` is left alone; a TypeScript
 * `declare const` of it stays, whichever side of the TypeScript plugin this one runs).
 */
export function buildConstantsPlugin(constants = buildConstants) {
  const names = Object.keys(constants);
  const pattern = new RegExp(`(?<!declare const )\\b(${names.join('|')})\\b`, 'g');
  return {
    name: 'nb-build-constants',
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id) || !names.some((n) => code.includes(n))) return null;
      return { code: code.replace(pattern, (name) => constants[name]), map: null };
    },
  };
}
