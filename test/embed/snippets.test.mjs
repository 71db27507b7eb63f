// Snippets: each element's snippet from scripts/build/lib/snippets.mjs (what the Storybook snippet
// builder and "Show code" give), self-hosted (both builds, the element's own file, the
// autoloader) and from the npm CDN URL (answered from dist/cdn), pasted into a blank page with its integrity value; and a banner for another
// organisation, in Spanish, dark, that falls back to its own number. (Overview: coverage.test.mjs.)
import { test } from 'node:test';
import { elementFile, FILES } from '../../scripts/build/lib/snippets.mjs';
import { builtTags } from './helpers/build.mjs';
import { assertNoProblems, runCase, startHarness } from './helpers/harness.mjs';
import { snippetCase } from './helpers/pages.mjs';

/** The banner's fallback and rendering name the other organisation's line, in Spanish. */
async function checkOtherOrganisation(page) {
  const problems = [];
  const fallback = await page.evaluate(() => {
    const p = document.querySelector('nb-helpline-banner > p');
    return {
      text: p?.textContent ?? '',
      href: p?.querySelector('a')?.getAttribute('href'),
    };
  });
  if (!fallback.text.includes('Family support line: 020 7946 0000'))
    problems.push(`the fallback does not name the organisation and its number: ${fallback.text}`);
  if (/0808|Cancer Research UK/.test(fallback.text) || fallback.href !== 'tel:+442079460000')
    problems.push(`the fallback points at another line: ${fallback.text} (${fallback.href})`);
  try {
    await page.waitForFunction(
      () =>
        document
          .querySelector('nb-helpline-banner')
          ?.shadowRoot?.querySelector('.nb-root')
          ?.getAttribute('lang') === 'es',
      undefined,
      { timeout: 10_000 },
    );
  } catch {
    problems.push('the banner never rendered in Spanish (its .nb-root lang)');
  }
  return problems;
}

const cases = [
  ...builtTags.flatMap((tag) => [
    snippetCase({ tag, file: FILES.split }),
    snippetCase({ tag, file: FILES.bundle }),
    snippetCase({ tag, file: FILES.split, cdn: true }),
    // Issue #18: the element's own file, and the autoloader, each with its integrity value.
    snippetCase({ tag, file: elementFile(tag) }),
    snippetCase({ tag, file: FILES.autoloader }),
  ]),
  ...(builtTags.includes('nb-helpline-banner')
    ? [
        snippetCase({
          tag: 'nb-helpline-banner',
          file: FILES.split,
          attributes: { org: 'Family support line', number: '020 7946 0000', dismissible: '' },
          lang: 'es',
          theme: 'dark',
          name: 'snippet: a banner for another organisation, in Spanish, dark: the fallback and the banner give its own number',
          check: checkOtherOrganisation,
        }),
      ]
    : []),
];

const harness = await startHarness({ cases });

for (const c of cases) test(c.name, async () => assertNoProblems(await runCase(harness, c)));
