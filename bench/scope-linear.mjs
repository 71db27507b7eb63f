#!/usr/bin/env node
// <nb-glossary-scope all-occurrences> on one text node of 10k–160k words, in Chromium: prints the
// time to link every term, so a return to super-linear work (issue 20, D4: 80k words took 6.9 s
// and 90k crashed the renderer) shows at once. Run with `node bench/scope-linear.mjs`.
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, requireChrome } from '../scripts/test/find-browser.mjs';

const SIZES = [10_000, 20_000, 40_000, 80_000, 160_000];
const SENTENCE = 'Topotecan may be given with other medicines in the same week of care. ';
const WORDS_PER_SENTENCE = 14;

const { outputFiles } = await build({
  entryPoints: ['src/elements/nb-glossary-scope/define.ts'],
  bundle: true,
  format: 'esm',
  minify: true,
  write: false,
  target: 'es2022',
  logLevel: 'silent',
});
const browser = await chromium.launch({ executablePath: requireChrome(), args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage();
  await page.setContent('<!doctype html><body></body>');
  await page.addScriptTag({ type: 'module', content: outputFiles[0].text });
  await page.waitForFunction(() => customElements.get('nb-glossary-scope'));
  console.log('words    terms   ms to link');
  for (const words of SIZES) {
    const sentences = Math.ceil(words / WORDS_PER_SENTENCE);
    const { ms, linked } = await page.evaluate(
      async ([text]) => {
        document.body.replaceChildren();
        const scope = document.createElement('nb-glossary-scope');
        scope.setAttribute('all-occurrences', '');
        const p = document.createElement('p');
        scope.append(p);
        document.body.append(scope);
        await scope.updateComplete;
        const start = performance.now();
        p.append(text);
        scope.scan();
        const ms = performance.now() - start;
        return { ms, linked: scope.querySelectorAll('nb-drug-term').length };
      },
      [SENTENCE.repeat(sentences)],
    );
    console.log(`${String(words).padEnd(8)} ${String(linked).padEnd(7)} ${ms.toFixed(0)}`);
  }
} finally {
  await browser.close();
}
