// What every embed test file reads from the built package: the paths, package.json, the
// custom-elements manifest, the CDN's integrity values, and which entries of test/embed/elements.mjs
// are in this build. Needs `npm run build` first (dist/).
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { elements as allElements } from '../elements.mjs';

export const repo = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
export const here = join(repo, 'test/embed');
export const dist = join(repo, 'dist');
/** Screenshots of every page go here. */
export const shots = join(repo, 'test-results/embed');
/** NB_EMBED_KEEP=1 leaves each test file's temp folder (the installed app, the release). */
export const keep = process.env.NB_EMBED_KEEP === '1';

if (!existsSync(join(dist, 'custom-elements.json')) || !existsSync(join(dist, 'cdn/sri.json')))
  throw new Error('embed: dist/ is not built. Run `npm run build` first.');

export const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));
export const manifest = JSON.parse(readFileSync(join(dist, 'custom-elements.json'), 'utf8'));
/** @type {Record<string, string>} CDN file → its integrity value */
export const sri = JSON.parse(readFileSync(join(dist, 'cdn/sri.json'), 'utf8'));

/** Every tag the build declares, in the manifest's order. */
export const builtTags = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .filter((d) => d.customElement && d.tagName)
  .map((d) => d.tagName);

export { allElements };
/** The entries whose element is in this build, in the data file's order. */
export const elements = allElements.filter((e) => builtTags.includes(e.tag));

/** "Another version" of the npm build for the two-copies page: the major version bumped. */
export const OTHER_VERSION = `${Number(pkg.version.split('.')[0]) + 1}.0.0-embed-test`;
