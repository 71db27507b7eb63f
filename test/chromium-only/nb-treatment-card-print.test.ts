// The card's print stylesheet under real print media (emulated over CDP: Chromium only).
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/elements/nb-treatment-card/define.js';
import type { NbTreatmentCard } from '../../src/elements/nb-treatment-card/nb-treatment-card.js';

describe('<nb-treatment-card> print stylesheet', () => {
  afterEach(() => emulateMedia({ media: 'screen' }));

  it('prints each link followed by its address, and hides disclosure markers', async () => {
    const el = await fixture<NbTreatmentCard>(
      html`<nb-treatment-card
        collapsed
        feedback-href="https://example.org/feedback"
      ></nb-treatment-card>`,
    );
    const link = el.shadowRoot!.querySelector('[part="feedback"]')!;
    const summary = el.shadowRoot!.querySelector('summary')!;
    expect(getComputedStyle(link, '::after').content).to.equal('none');
    expect(getComputedStyle(summary, '::before').display).to.not.equal('none');
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle(link, '::after').content).to.contain('https://example.org/feedback');
    expect(getComputedStyle(summary, '::before').display).to.equal('none');
  });
});
