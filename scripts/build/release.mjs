#!/usr/bin/env node
// npm run release: release/nb-widgets-<version>.zip, what a charity's web editor downloads when
// the package is not (or not yet) on npm. Builds first when dist/ is missing or older than the
// sources. The zip holds one folder, nb-widgets-<version>/, with:
//   nb-widgets/   dist/cdn as is (both builds, chunks/, locales/, the per-element files nb-<name>.js,
//                 autoloader.js and their shared/ folder, sri.json, preload.json): the folder to upload
//   index.html    every element with its fallback, loaded with integrity (serve it, then open it)
//   README.txt    for non-developers: what to upload where, the snippet, how to try it, SRI
//   LICENSE
// `--out <dir>` writes somewhere else; `--no-build` uses dist/ as it is (the embed tests, which
// test that very dist/).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  FILES,
  PAGE_EXAMPLES,
  SELF_HOSTED_BASE,
  cdnBase,
  elementSnippet,
  escapeHtml,
  scriptTag,
} from './lib/snippets.mjs';
import { zip } from './lib/zip.mjs';

const repo = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const cdn = join(repo, 'dist/cdn');
const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const outDir = outAt >= 0 ? resolve(args[outAt + 1]) : join(repo, 'release');

/** Every file under a folder, as paths relative to it with `/`. */
function filesIn(dir) {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => statSync(join(dir, f)).isFile())
    .map((f) => f.split(sep).join('/'))
    .sort();
}

/** The newest modification time of the build's inputs. */
function newestInput() {
  const inputs = ['src', 'locales', 'schema', 'package.json', 'rollup.config.mjs']
    .concat(['custom-elements-manifest.config.mjs', 'scripts/build/build.mjs'])
    .map((p) => join(repo, p))
    .filter(existsSync);
  let newest = 0;
  for (const p of inputs) {
    const paths = statSync(p).isDirectory() ? filesIn(p).map((f) => join(p, f)) : [p];
    for (const f of paths) newest = Math.max(newest, statSync(f).mtimeMs);
  }
  return newest;
}

const sriFile = join(cdn, 'sri.json');
const manifestFile = join(repo, 'dist/custom-elements.json');
if (args.includes('--no-build')) {
  if (!existsSync(sriFile) || !existsSync(manifestFile)) {
    console.error('release: dist/ is not built (--no-build): run npm run build');
    process.exit(1);
  }
} else if (
  !existsSync(sriFile) ||
  !existsSync(manifestFile) ||
  statSync(sriFile).mtimeMs < newestInput()
) {
  console.log('release: dist/ is missing or older than the sources: building first');
  execFileSync(process.execPath, ['scripts/build/build.mjs'], { cwd: repo, stdio: 'inherit' });
}

const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));
const version = pkg.version;
const sri = JSON.parse(readFileSync(sriFile, 'utf8'));
const cdnFiles = filesIn(cdn);

// The hashes must be those of the files being shipped (a hand-edited dist/ would break every page).
for (const file of cdnFiles.filter((f) => f.endsWith('.js'))) {
  const digest = `sha384-${createHash('sha384')
    .update(readFileSync(join(cdn, file)))
    .digest('base64')}`;
  if (sri[file] !== digest) {
    console.error(`release: dist/cdn/sri.json does not match ${file}: run npm run build`);
    process.exit(1);
  }
}
for (const need of [FILES.split, FILES.bundle, FILES.autoloader]) {
  if (!sri[need]) {
    console.error(`release: dist/cdn has no ${need}: run npm run build`);
    process.exit(1);
  }
}

const tags = JSON.parse(readFileSync(manifestFile, 'utf8'))
  .modules.flatMap((m) => m.declarations ?? [])
  .filter((d) => d.customElement && d.tagName)
  .map((d) => ({ tag: d.tagName, summary: d.summary ?? '' }));

const shown = PAGE_EXAMPLES.filter(({ tag }) => tags.some((t) => t.tag === tag));
const unshown = tags.filter((t) => !PAGE_EXAMPLES.some(({ tag }) => tag === t.tag));
if (unshown.length) {
  console.error(
    `release: index.html has no example for ${unshown.map((t) => `<${t.tag}>`).join(', ')}: add it to PAGE_EXAMPLES in scripts/build/lib/snippets.mjs`,
  );
  process.exit(1);
}

const FOLDER = 'nb-widgets';
const pageScript = scriptTag({
  base: `${FOLDER}/`,
  file: FILES.split,
  integrity: sri[FILES.split],
});
const siteScript = scriptTag({
  base: SELF_HOSTED_BASE,
  file: FILES.split,
  integrity: sri[FILES.split],
});
const bundleScript = scriptTag({
  base: SELF_HOSTED_BASE,
  file: FILES.bundle,
  integrity: sri[FILES.bundle],
});

function example({ tag, title, attributes }) {
  const code = elementSnippet({ tag, attributes });
  // An inline word belongs in a sentence: the page shows it in one.
  const live =
    tag === 'nb-drug-term'
      ? `<p>Some children have ${code.split('\n').at(-1)} with other drugs.</p>`
      : code;
  return `<section class="case" data-tag="${tag}" aria-labelledby="h-${tag}">
<h2 id="h-${tag}">${escapeHtml(title)} <code>&lt;${tag}&gt;</code></h2>
${live}
<details>
<summary>The HTML to paste</summary>
<pre><code>${escapeHtml(code)}</code></pre>
</details>
</section>`;
}

const indexHtml = `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>nb-widgets ${escapeHtml(version)}: example page</title>
<!-- The script, once per page. "integrity" is nb-widgets.js's value from nb-widgets/sri.json. -->
${pageScript}
<style>
  body { font-family: system-ui, sans-serif; line-height: 1.5; max-width: 48rem; margin: 0 auto; padding: 1rem; }
  section { margin-block: 2.5rem; }
  pre { overflow-x: auto; background: #f4f4f6; padding: 0.75rem; }
</style>
</head>
<body>
<main>
<h1>nb-widgets ${escapeHtml(version)}</h1>
<p>Every widget in this release, each with the HTML that makes it. This page loads
<code>nb-widgets/nb-widgets.js</code> with its <code>integrity</code> value. If a widget shows only
a short plain paragraph, the script did not run: see README.txt.</p>
<p>On your own site the script tag points at the folder you uploaded:</p>
<pre><code>${escapeHtml(siteScript)}</code></pre>
${shown.map(example).join('\n')}
</main>
</body>
</html>
`;

const readme = `nb-widgets ${version}
${'='.repeat(`nb-widgets ${version}`.length)}

Widgets that put plain, sourced information about neuroblastoma that has come back
(relapsed) or not gone away (refractory) on your charity's own web pages.

What is in this folder
----------------------
  nb-widgets/   The files your website needs. Upload this whole folder.
  index.html    An example page with every widget and the HTML for each.
  LICENSE       The licence (MIT).
  README.txt    This file.

1. Try it on your computer first (optional)
-------------------------------------------
Browsers do not run these files from a page you double-click (an address that starts
with file://). Start a small web server in this folder instead, for example:

  python3 -m http.server 8000      then open http://localhost:8000/
  npx serve .                      (if you have Node.js)

index.html should show a helpline banner, a treatment card, a list of trials and more.

2. Upload the folder
--------------------
Upload the folder "nb-widgets" (with the "chunks", "locales" and "shared" folders inside it) to the
top of your website, so that this address opens a page of code:

  https://www.your-charity.org/nb-widgets/nb-widgets.js

If you put it somewhere else, change "/nb-widgets/" in the snippet below to match.

3. Paste the script once per page
---------------------------------
Add this once per page: in your site's template or "header scripts" setting, or at the top
of an HTML block. Copy it exactly: the "integrity" value belongs to this release.

${siteScript}

4. Paste a widget where it should appear
----------------------------------------
For example the helpline banner:

${elementSnippet({ tag: 'nb-helpline-banner' })}

Use an "HTML", "code" or "embed" block, not a rich-text block. Keep the short paragraph
inside each widget: people see it while the script loads, and whenever scripts are blocked.
The HTML for every widget is on index.html (open the "The HTML to paste" parts).

What "integrity" does (Subresource Integrity, SRI)
--------------------------------------------------
The browser checks that nb-widgets.js is exactly the file of this release before it runs
it. If the file was changed in any way, by mistake or by an attacker, the browser refuses
to run it, and readers see the short paragraphs inside the widgets instead.

It checks only the file named in the tag. nb-widgets.js loads other languages and some
code later from the "locales" and "chunks" folders, and those files are not checked. To
have everything checked, use the one larger file nb-widgets.bundle.js instead:

${bundleScript}

All the values are in nb-widgets/sri.json. When you update to a new release, replace the
whole folder and the integrity value together. If a "speed up" or caching plugin changes or
combines the files, the check fails and the widgets do not appear: exclude the folder from it.

A page with only one or two widgets
-----------------------------------
Such a page can load less: instead of nb-widgets.js, use the file of that widget (for
example nb-helpline-banner.js, with its own integrity value from sri.json), or
autoloader.js, which loads only the widgets the page has. Both need the "shared" folder
inside "nb-widgets". Use one of these ways per page, not two.

From an npm CDN instead of your own site
----------------------------------------
Once nb-widgets is published on npm (it is not yet), the same files are also at
${cdnBase(version)}
and the same integrity values work there. Until then, upload the folder as above.
`;

const entries = [
  ...cdnFiles.map((f) => ({ name: `${FOLDER}/${f}`, data: readFileSync(join(cdn, f)) })),
  { name: 'index.html', data: Buffer.from(indexHtml) },
  { name: 'README.txt', data: Buffer.from(readme) },
  { name: 'LICENSE', data: readFileSync(join(repo, 'LICENSE')) },
].map((e) => ({ ...e, name: `nb-widgets-${version}/${e.name}` }));

mkdirSync(outDir, { recursive: true });
const file = join(outDir, `nb-widgets-${version}.zip`);
const archive = zip(entries);
writeFileSync(file, archive);
console.log(
  `release: ${relative(process.cwd(), file) || file} (${entries.length} files, ${(archive.length / 1024).toFixed(0)} KB)`,
);
