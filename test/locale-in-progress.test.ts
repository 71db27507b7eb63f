import { expect, waitUntil } from '@open-wc/testing';
import type { LocalesConfig } from '../scripts/locale/lib/locale-status.mjs';
import { renderRegistries } from '../scripts/locale/lib/render-registries.mjs';
import { registerLocales, type LocaleInfo } from '../src/locale/registry.js';
import { allText, renderIn, untilRenderedIn } from './locale-support.js';

// A translation "in progress" is not served: an element under lang="pl" renders English until
// locales.json lists pl complete or opts it in with "serve": true. The registry is generated
// (by the generator's own code) for a copy of the project's locales.json with Polish added the
// way npm run locale:add adds it; the repository never gets a pl. Polish "translations" here are
// the Spanish module, so a served pl is easy to tell from English.
const config = (await (await fetch('/locales/locales.json')).json()) as LocalesConfig;
const withPolish = (extra: Record<string, unknown> = {}): LocalesConfig => ({
  ...config,
  locales: {
    ...config.locales,
    pl: { name: 'Polski', dir: 'ltr', status: 'in progress', reviewed: false, ...extra },
  },
});

const INFO_LINE =
  /^ {2}"([^"]+)": \{ dir: "(ltr|rtl)", complete: (true|false), reviewed: (true|false), pseudo: false \},$/gm;

/** Registers pl as the generated registry for `cfg` does: only if it lists pl as served. */
function registerAsGenerated(cfg: LocalesConfig): boolean {
  const { main } = renderRegistries(cfg);
  const line = [...main.matchAll(INFO_LINE)].find((m) => m[1] === 'pl');
  const loads = main.includes(`"pl": () => import('./locales/pl.js')`);
  expect(!!line, 'pl has an info line exactly when it has a loader').to.equal(loads);
  if (!line) return false;
  const info: LocaleInfo = {
    dir: line[2] as 'ltr' | 'rtl',
    complete: line[3] === 'true',
    reviewed: line[4] === 'true',
    pseudo: false,
  };
  registerLocales({ pl: info }, { pl: () => import('../src/generated/locales/es.js') });
  return true;
}

const rootLang = (el: HTMLElement) =>
  el.shadowRoot!.querySelector('.nb-root')!.getAttribute('lang');

describe('a translation in progress is not served', () => {
  let english = '';

  before(async () => {
    const { el } = await renderIn('nb-helpline-banner', { lang: 'en-GB' });
    await untilRenderedIn(el, 'en-GB');
    english = allText(el);
    expect(english.length).to.be.greaterThan(20);
  });

  it('renders English for lang="pl" while pl is in progress', async () => {
    expect(registerAsGenerated(withPolish())).to.equal(false);
    const { el } = await renderIn('nb-helpline-banner', { lang: 'pl' });
    await untilRenderedIn(el, 'en-GB');
    expect(rootLang(el)).to.equal('en-GB');
    expect(allText(el)).to.equal(english);
  });

  it('renders the translation once locales.json opts pl in with "serve": true', async () => {
    const { el } = await renderIn('nb-helpline-banner', { lang: 'pl' });
    expect(registerAsGenerated(withPolish({ serve: true }))).to.equal(true);
    await waitUntil(() => rootLang(el) === 'pl', 'pl was not served', { timeout: 4000 });
    await untilRenderedIn(el, 'pl');
    expect(allText(el)).to.not.equal(english);
  });

  it('a complete pl is served without the opt-in', () => {
    const { shipped, inProgress } = renderRegistries(withPolish({ status: 'complete' }));
    expect(shipped).to.include('pl');
    expect(inProgress).to.deep.equal([]);
  });
});
