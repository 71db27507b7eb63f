// The no-JS fallback of the documented snippet. This file never imports the element, so on
// this page <nb-treatment-card> stays undefined, as on a page whose script is blocked; the
// iframe tests go further and block scripts outright with `sandbox`.
import { expect, fixture, waitUntil } from '@open-wc/testing';

const SOURCE =
  'https://www.cancerresearchuk.org/about-cancer/childrens-cancer/neuroblastoma/treatment-not-gone-away-come-back';

/** The snippet as README.md documents it. */
const SNIPPET = `<nb-treatment-card risk-group="high">
  <p>
    Read <a href="${SOURCE}">Cancer Research UK’s page on treatment for neuroblastoma that has
    not gone away or has come back</a>, or call the Cancer Research UK nurses free on
    <a href="tel:+448088004040">0808 800 4040</a>, Monday to Friday, 9am to 5pm UK time.
  </p>
</nb-treatment-card>`;

function isReadable(node: Element): boolean {
  const style = getComputedStyle(node);
  const rect = node.getBoundingClientRect();
  return (
    node.checkVisibility({ opacityProperty: true, visibilityProperty: true }) &&
    rect.width > 0 &&
    rect.height > 0 &&
    parseFloat(style.fontSize) >= 16
  );
}

/** An iframe holding the snippet and the script that would define the element. */
async function framed(sandbox: string): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', sandbox);
  frame.style.width = '360px';
  frame.style.height = '600px';
  frame.srcdoc = `<!doctype html><html lang="en-GB"><head><title>fallback</title>
    <script type="module" src="/src/elements/nb-treatment-card/define.ts"></script></head>
    <body>${SNIPPET}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame.contentDocument!;
}

describe('<nb-treatment-card> without JavaScript', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('shows the source link and helpline number while the element is undefined', async () => {
    const wrapper = await fixture<HTMLDivElement>(`<div>${SNIPPET}</div>`);
    expect(customElements.get('nb-treatment-card')).to.equal(undefined);
    const source = wrapper.querySelector<HTMLAnchorElement>(`a[href="${SOURCE}"]`)!;
    const phone = wrapper.querySelector<HTMLAnchorElement>('a[href="tel:+448088004040"]')!;
    expect(isReadable(source)).to.equal(true);
    expect(isReadable(phone)).to.equal(true);
    expect(phone.textContent).to.equal('0808 800 4040');
    await expect(wrapper).to.be.accessible();
  });

  it('shows the fallback when scripts are blocked (sandboxed frame)', async () => {
    const doc = await framed('allow-same-origin');
    // Give a script every chance to run, were it allowed to.
    await new Promise((r) => setTimeout(r, 300));
    const card = doc.querySelector('nb-treatment-card')!;
    expect(card.shadowRoot).to.equal(null);
    expect(isReadable(doc.querySelector(`a[href="${SOURCE}"]`)!)).to.equal(true);
    expect(isReadable(doc.querySelector('a[href="tel:+448088004040"]')!)).to.equal(true);
  });

  it('hides the fallback once scripts run and the card upgrades (control)', async () => {
    const doc = await framed('allow-same-origin allow-scripts');
    const card = doc.querySelector('nb-treatment-card')!;
    await waitUntil(() => card.shadowRoot?.querySelector('[part="card"]'), 'card did not upgrade', {
      timeout: 5000,
    });
    expect(doc.querySelector(`a[href="${SOURCE}"]`)!.getClientRects().length).to.equal(0);
  });
});
