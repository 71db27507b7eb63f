import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import { captureWarnings, renderedText, shadow } from './helpers.js';

/** A same-origin iframe, loaded and empty. */
async function frame(): Promise<HTMLIFrameElement> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  const iframe = document.createElement('iframe');
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  iframe.srcdoc = '<!doctype html><html><body></body></html>';
  wrapper.append(iframe);
  await loaded;
  return iframe;
}

/** The banner's 6 px start border comes only from its own stylesheet. */
function startBorder(el: Element): string {
  const view = el.ownerDocument.defaultView!;
  return view.getComputedStyle(shadow(el).querySelector('.banner')!).borderLeftWidth;
}

describe('styles in a same-origin iframe (issue 20, D8)', () => {
  it('a new element in the page adopts its style sheets once', async () => {
    // Each assignment makes the browser recompute the root's styles: a language switch
    // creates dozens of words at once.
    const real = Object.getOwnPropertyDescriptor(ShadowRoot.prototype, 'adoptedStyleSheets')!;
    const adopted: ShadowRoot[] = [];
    Object.defineProperty(ShadowRoot.prototype, 'adoptedStyleSheets', {
      ...real,
      set(this: ShadowRoot, sheets: CSSStyleSheet[]) {
        adopted.push(this);
        real.set!.call(this, sheets);
      },
    });
    try {
      const home = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement('nb-helpline-banner');
      home.append(el);
      await el.updateComplete;
      expect(adopted.filter((root) => root === el.shadowRoot)).to.have.length(1);
      expect(startBorder(el)).to.equal('6px');
    } finally {
      Object.defineProperty(ShadowRoot.prototype, 'adoptedStyleSheets', real);
    }
  });

  it('an element first connected inside an iframe renders with its styles', async () => {
    const iframe = await frame();
    const errors: string[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.message);
    window.addEventListener('error', onError);
    const warnings = captureWarnings();
    try {
      const el = document.createElement('nb-helpline-banner');
      iframe.contentDocument!.body.append(el);
      await el.updateComplete;
      expect(errors).to.deep.equal([]);
      expect(renderedText(el)).to.contain('Cancer Research UK nurses');
      expect(startBorder(el)).to.equal('6px');
    } finally {
      window.removeEventListener('error', onError);
      warnings.restore();
    }
  });

  it('an element moved into an iframe and back keeps its styles', async () => {
    const iframe = await frame();
    const home = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('nb-helpline-banner');
    home.append(el);
    await el.updateComplete;
    expect(startBorder(el)).to.equal('6px');
    iframe.contentDocument!.body.append(el);
    await el.updateComplete;
    expect(startBorder(el)).to.equal('6px');
    home.append(document.adoptNode(el));
    await el.updateComplete;
    expect(startBorder(el)).to.equal('6px');
    expect(renderedText(el)).to.contain('Cancer Research UK nurses');
  });
});
