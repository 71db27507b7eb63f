import { expect, fixture, html } from '@open-wc/testing';
import '../src/elements/nb-helpline-banner/define.js';
import type { NbHelplineBanner } from '../src/elements/nb-helpline-banner/nb-helpline-banner.js';
import { untilRenderedIn } from './locale-support.js';

/** Locale modules the page has requested so far (the dev server serves them as .ts). */
const localeRequests = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => /\/generated\/(locales|pseudo)\//.test(path));

describe('lazy locale chunks', () => {
  it('an element inside <section lang="cy"> on an English page renders Welsh and fetches only cy', async () => {
    document.documentElement.setAttribute('lang', 'en-GB');
    expect(localeRequests()).to.deep.equal([]);
    const page = await fixture<HTMLElement>(
      html`<main>
        <nb-helpline-banner id="english"></nb-helpline-banner>
        <section lang="cy"><nb-helpline-banner id="welsh"></nb-helpline-banner></section>
      </main>`,
    );
    const welsh = page.querySelector<NbHelplineBanner>('#welsh')!;
    const english = page.querySelector<NbHelplineBanner>('#english')!;
    await untilRenderedIn(welsh, 'cy');
    const org = (el: Element) => el.shadowRoot!.querySelector('.org')!.textContent!.trim();
    expect(org(english)).to.equal('Cancer Research UK nurses');
    expect(org(welsh)).to.not.equal(org(english));
    expect(english.shadowRoot!.querySelector('.nb-root')!.getAttribute('lang')).to.equal('en-GB');
    expect(localeRequests().map((path) => path.replace(/^.*\//, ''))).to.deep.equal(['cy.ts']);
  });
});
