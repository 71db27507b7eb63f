#!/usr/bin/env node
// Writes the locale registries from locales/locales.json:
// - src/generated/locale-registry.ts: the served locales' explicit import() map (rollup cannot
//   bundle a template-literal import) and each locale's direction and review status. Served =
//   isServed() in scripts/locale/lib/locale-status.mjs: "status": "complete", or "serve": true. A
//   translation "in progress" is left out (listed in localesInProgress), so the elements render
//   English for it and its module never reaches the bundle;
// - src/generated/pseudo-locale-registry.ts: the same for the pseudo-locales, imported only by
//   src/locale/pseudo.ts (Storybook, tests), so the CDN build never contains a pseudo chunk.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { renderRegistries } from './lib/render-registries.mjs';

export { renderRegistries };

/**
 * Writes both registries of the project at `root` (src/generated/, next to the locale modules)
 * from its locales/locales.json; returns the summary line.
 */
export function writeRegistries(root = fileURLToPath(new URL('../..', import.meta.url))) {
  const config = JSON.parse(readFileSync(join(root, 'locales', 'locales.json'), 'utf8'));
  const { main, pseudo, shipped, inProgress, pseudoCodes } = renderRegistries(config);
  const out = (name) => resolve(root, 'src', 'generated', name);
  mkdirSync(resolve(root, 'src', 'generated'), { recursive: true });
  writeFileSync(out('locale-registry.ts'), main);
  writeFileSync(out('pseudo-locale-registry.ts'), pseudo);
  const list = (codes) => codes.join(', ') || '(none)';
  return `locale registry: served ${list(shipped)}; in progress, not served ${list(inProgress)}; pseudo ${list(pseudoCodes)}`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(writeRegistries());
}
