// Embed tests (npm test stage "embed tests", `node --test test/embed/`): the BUILT package in the
// system Chromium, the way partners use it. Needs `npm run build` first. The files:
//   coverage.test.mjs       every tag in dist/custom-elements.json has an entry in elements.mjs
//   partner-pages.test.mjs  CDN (with SRI), CDN bundle, strict CSP + Trusted Types, hostile host
//                           CSS, the same version loaded twice, a copy without its chunks/
//   npm-package.test.mjs    `npm pack` installed offline into a temp app: exports resolve and
//                           import, TypeScript and React JSX typings, each registering entry
//                           alone, two copies of different versions, React 19 and Vue 3 pages
//   release.test.mjs        `npm run release`'s zip: its files, its index.html, SRI refusing a
//                           changed file
//   snippets.test.mjs       each element's snippet (scripts/build/lib/snippets.mjs) pasted into a
//                           blank page, self-hosted (both builds) and from the npm CDN URL
//   ssr-cdn.test.mjs        a page prerendered by the built `nb-widgets prerender` with
//                           nb-widgets.hydrate.js: every element hydrates in place, no warning
//   per-element.test.mjs    the autoloader registers only the tags a page has (and ones added
//                           later); each dist/cdn/nb-<name>.js with its integrity renders its element
// The shared parts are in helpers/. Each page fails on missing visible text, console errors,
// CSP violations and failed requests; screenshots go to test-results/embed/.
// NB_EMBED_KEEP=1 leaves the temp folders.
import { test } from 'node:test';
import { assertNoProblems } from './helpers/harness.mjs';
import { allElements, builtTags } from './helpers/build.mjs';

test(`coverage: ${builtTags.length} element(s) in custom-elements.json have expectations`, (t) => {
  const known = new Set(allElements.map((e) => e.tag));
  // Entries may come before their element lands (several people add elements at once).
  const waiting = [...known].filter((tag) => !builtTags.includes(tag));
  if (waiting.length)
    t.diagnostic(`not built yet, skipped: ${waiting.map((tag) => `<${tag}>`).join(', ')}`);
  assertNoProblems([
    ...builtTags
      .filter((tag) => !known.has(tag))
      .map(
        (tag) =>
          `<${tag}> has no entry in test/embed/elements.mjs: add its snippet and expected text`,
      ),
    ...allElements
      .filter((e) => !e.snippet?.includes(`<${e.tag}`) || !e.text?.length)
      .map(
        (e) => `<${e.tag}>: an entry needs a snippet using the tag and at least one expected text`,
      ),
  ]);
});
