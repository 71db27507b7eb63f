import { expect, fixture, html } from '@open-wc/testing';
import { configureLocalization } from '@lit/localize';
import { captureWarnings, shadow, textOf } from './helpers.js';

// A host application on the same page configures the shared @lit/localize first. Our elements
// must still render (English), with one warning and no uncaught exception.
describe('when the host page already configured @lit/localize', () => {
  it('elements render English with one warning', async () => {
    configureLocalization({
      sourceLocale: 'en',
      targetLocales: ['fr'],
      loadLocale: () => Promise.resolve({ templates: {} }),
    });
    const warnings = captureWarnings();
    try {
      await import('../src/elements/nb-helpline-banner/define.js');
      const el = await fixture(
        html`<div lang="es"><nb-helpline-banner></nb-helpline-banner></div>`,
      );
      const banner = el.querySelector('nb-helpline-banner')!;
      await (banner as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      const second = document.createElement('nb-helpline-banner');
      el.append(second);
      await (second as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect(textOf(banner, '.org')).to.equal('Cancer Research UK nurses');
      expect(shadow(banner).querySelector('.nb-root')!.getAttribute('lang')).to.equal('en-GB');
      const mine = warnings.messages.filter((m) => m.includes('already configured'));
      expect(mine).to.have.length(1);
    } finally {
      warnings.restore();
    }
  });
});
