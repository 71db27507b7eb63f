// web-test-runner plugin: serves /__ssr/page.html?lang=<tag>, a page whose nb- elements were
// server-rendered by src/ssr (bundled once with esbuild for Node, so the browser tests check the
// same source they load, with no build needed). Used by test/ssr-*.test.ts.
import { mkdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const outfile = `${repo}node_modules/.cache/nb-ssr/ssr.mjs`;
let renderer;

function loadRenderer() {
  renderer ??= (async () => {
    mkdirSync(`${repo}node_modules/.cache/nb-ssr`, { recursive: true });
    await build({
      entryPoints: [`${repo}src/ssr/index.ts`],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      tsconfig: `${repo}tsconfig.json`,
      logLevel: 'silent',
    });
    return import(`${pathToFileURL(outfile).href}?${Date.now()}`);
  })();
  return renderer;
}

/** The partner page: every element, with fallback content, in the page's language. */
export function ssrPage(lang) {
  return `<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><title>Prerendered widgets</title>
<script>document.documentElement.dataset.scripts = 'ran';</script></head>
<body>
<main>
<h1>Prerendered widgets</h1>
<nb-helpline-banner dismissible><a href="tel:08088004040">0808 800 4040</a></nb-helpline-banner>
<nb-treatment-card collapsed><p>Fallback: our treatment page.</p></nb-treatment-card>
<nb-trial-list></nb-trial-list>
<nb-glossary></nb-glossary>
<p id="words">Word: <nb-drug-term term="topotecan">topotecan</nb-drug-term>.</p>
</main>
</body>
</html>
`;
}

export function ssrPlugin() {
  return {
    name: 'nb-ssr-pages',
    async serve(context) {
      if (context.path !== '/__ssr/page.html') return undefined;
      const lang = new URLSearchParams(context.querystring).get('lang') ?? 'en';
      if (!/^[a-z]{2}(-[A-Za-z]{2})?$/.test(lang)) return { body: 'bad lang', status: 400 };
      const { prerenderHtml } = await loadRenderer();
      return { body: await prerenderHtml(ssrPage(lang)), type: 'text/html' };
    },
  };
}
