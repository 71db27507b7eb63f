import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
// Only the scope is registered: it must register <nb-drug-term> itself.
import '../src/elements/nb-glossary-scope/define.js';
import {
  RESCAN_DELAY_MS,
  type GlossaryScanDetail,
  type NbGlossaryScope,
} from '../src/elements/nb-glossary-scope/nb-glossary-scope.js';
import { buildMatcher, findTerms } from '../src/elements/nb-glossary-scope/term-matcher.js';
import type { NbDrugTerm } from '../src/elements/nb-drug-term/nb-drug-term.js';
import { shadow } from './helpers.js';
import type { createElement, useState } from 'react';
import type { flushSync } from 'react-dom';
import type { createRoot } from 'react-dom/client';

/** React 19 as one ES module, bundled by web-test-runner.config.mjs (react-dom is CommonJS). */
interface ReactForTests {
  createElement: typeof createElement;
  useState: typeof useState;
  flushSync: typeof flushSync;
  createRoot: typeof createRoot;
}
const REACT_URL = '/__vendor/react.js';

/** The wrapped terms as `key:visible text`, in document order. */
const wrapped = (root: Element) =>
  [...root.querySelectorAll('nb-drug-term')].map(
    (t) => `${t.getAttribute('term')}:${t.textContent}`,
  );

async function scope(template: ReturnType<typeof html>): Promise<NbGlossaryScope> {
  const wrapper = await fixture<HTMLElement>(template);
  const el =
    wrapper.localName === 'nb-glossary-scope'
      ? (wrapper as NbGlossaryScope)
      : wrapper.querySelector<NbGlossaryScope>('nb-glossary-scope')!;
  await el.updateComplete;
  return el;
}

describe('<nb-glossary-scope>', () => {
  it('registers <nb-drug-term> too', () => {
    expect(customElements.get('nb-drug-term')).to.not.equal(undefined);
    expect(customElements.get('nb-glossary-scope')).to.not.equal(undefined);
  });

  it('gives the words it wraps its theme, and only those', async () => {
    const el = await scope(
      html`<nb-glossary-scope theme="dark">
        <p>Topotecan and <nb-drug-term term="thiotepa" theme="light">thiotepa</nb-drug-term>.</p>
      </nb-glossary-scope>`,
    );
    const themes = () =>
      [...el.querySelectorAll('nb-drug-term')].map(
        (t) => `${t.getAttribute('term')}:${t.getAttribute('theme')}`,
      );
    expect(themes()).to.deep.equal(['topotecan:dark', 'thiotepa:light']);
    el.theme = 'auto';
    await el.updateComplete;
    expect(themes()).to.deep.equal(['topotecan:auto', 'thiotepa:light']);
  });

  it('wraps the first use of each known term, case-insensitively, and leaves the rest', async () => {
    const el = await scope(
      html`<nb-glossary-scope>
        <p>Topotecan is given with cyclophosphamide. Later, topotecan may be given again.</p>
        <p>Some children have TOPOTECAN and <em>Cyclophosphamide</em> once more.</p>
      </nb-glossary-scope>`,
    );
    expect(wrapped(el)).to.deep.equal(['topotecan:Topotecan', 'cyclophosphamide:cyclophosphamide']);
    expect(el.textContent!.replace(/\s+/g, ' ')).to.contain(
      'Topotecan is given with cyclophosphamide. Later, topotecan may be given again.',
    );
  });

  it('all-occurrences wraps every use', async () => {
    const el = await scope(
      html`<nb-glossary-scope all-occurrences>
        <p>Topotecan is given with cyclophosphamide. Later, topotecan may be given again.</p>
      </nb-glossary-scope>`,
    );
    expect(wrapped(el)).to.deep.equal([
      'topotecan:Topotecan',
      'cyclophosphamide:cyclophosphamide',
      'topotecan:topotecan',
    ]);
  });

  it('never wraps inside links, buttons, headings, code, pre or existing terms', async () => {
    const el = await scope(
      html`<nb-glossary-scope>
        <h2>About topotecan</h2>
        <div role="heading" aria-level="3">Irinotecan</div>
        <p><a href="#x">Read about topotecan</a> and <button>irinotecan</button></p>
        <p><code>venetoclax</code></p>
        <pre>lorlatinib</pre>
        <p data-nb-skip>entrectinib</p>
        <p><nb-drug-term term="thiotepa">thiotepa</nb-drug-term>, thiotepa</p>
        <p>Then topotecan and irinotecan.</p>
      </nb-glossary-scope>`,
    );
    // The first use outside a link or heading is the one wrapped; the partner's own term counts.
    expect(wrapped(el)).to.deep.equal([
      'thiotepa:thiotepa',
      'topotecan:topotecan',
      'irinotecan:irinotecan',
    ]);
    expect(el.querySelector('a nb-drug-term, h2 nb-drug-term, code nb-drug-term')).to.equal(null);
    expect(el.querySelector('nb-drug-term nb-drug-term')).to.equal(null);
  });

  it('matches whole words only, the longest spelling first', async () => {
    const el = await scope(
      html`<nb-glossary-scope>
        <p>Radioimmunotherapy is not immunotherapy's namesake.</p>
        <p>Dinutuximab beta, 131I-mIBG and 13-cis-retinoic acid (LY3295668 erbumine).</p>
        <p>Erbumine alone is a salt form, not a drug.</p>
      </nb-glossary-scope>`,
    );
    expect(wrapped(el)).to.deep.equal([
      'immunotherapy:immunotherapy',
      'dinutuximab-beta:Dinutuximab beta',
      'mibg:131I-mIBG',
      'isotretinoin:13-cis-retinoic acid',
      'ly3295668-erbumine:LY3295668 erbumine',
    ]);
  });

  it('wraps the page’s key words too, multi-word ones whole, each key once', async () => {
    const el = await scope(
      html`<nb-glossary-scope>
        <p>If the cancer has relapsed, the risk group matters. Surgery may help.</p>
        <p>mIBG therapy uses mIBG. An mIBG scan came first. Ask your specialist.</p>
        <p>
          Arginine, refractory disease, recurrent disease, high risk group, targeted radiotherapy.
        </p>
      </nb-glossary-scope>`,
    );
    // "recurrent" is relapsed again and "targeted radiotherapy" is mIBG therapy again: not wrapped.
    expect(wrapped(el)).to.deep.equal([
      'relapsed:relapsed',
      'risk-group:risk group',
      'surgery:Surgery',
      'targeted-radiotherapy:mIBG therapy',
      'mibg:mIBG',
      'mibg-scan:mIBG scan',
      'specialist:specialist',
      'arginine:Arginine',
      'refractory:refractory',
    ]);
  });

  it('all-occurrences wraps "recurrent" and a risk group split over two lines', async () => {
    const el = await scope(
      html`<nb-glossary-scope all-occurrences>
        <p>Relapsed (recurrent) disease; the high risk group.</p>
      </nb-glossary-scope>`,
    );
    expect(wrapped(el).map((w) => w.replace(/\s+/g, ' '))).to.deep.equal([
      'relapsed:Relapsed',
      'relapsed:recurrent',
      'risk-group:risk group',
    ]);
  });

  it('matches across line breaks and non-breaking spaces', async () => {
    const el = await scope(
      html`<nb-glossary-scope
        ><p>A clinical trial or targeted&nbsp;cancer drug.</p></nb-glossary-scope
      >`,
    );
    expect(wrapped(el).map((w) => w.split(':')[0])).to.deep.equal([
      'clinical-trial',
      'targeted-cancer-drug',
    ]);
  });

  it('uses the Spanish spellings under lang="es", not under English', async () => {
    const es = await scope(
      html`<div lang="es">
        <nb-glossary-scope>
          <p>El topotecán y la ciclofosfamida son quimioterapia; también el irinotecan.</p>
        </nb-glossary-scope>
      </div>`,
    );
    expect(wrapped(es)).to.deep.equal([
      'topotecan:topotecán',
      'cyclophosphamide:ciclofosfamida',
      'chemotherapy:quimioterapia',
      'irinotecan:irinotecan',
    ]);
    const en = await scope(
      html`<nb-glossary-scope lang="en-GB">
        <p>El topotecán y la ciclofosfamida, with irinotecan.</p>
      </nb-glossary-scope>`,
    );
    expect(wrapped(en)).to.deep.equal(['irinotecan:irinotecan']);
  });

  it('leaves the partner’s nodes in place and never parses text as HTML', async () => {
    const el = await scope(html`<nb-glossary-scope><p id="p"></p></nb-glossary-scope>`);
    const p = el.querySelector('#p')!;
    const text = document.createTextNode('Before <img src=x onerror=alert(1)> bevacizumab after');
    const scanned = oneEvent(el, 'nb-glossary-scan');
    p.append(text);
    await scanned;
    expect(el.querySelector('#p')).to.equal(p);
    expect(p.firstChild).to.equal(text);
    expect(text.data).to.equal('Before <img src=x onerror=alert(1)> ');
    expect(p.querySelector('img')).to.equal(null);
    expect(wrapped(el)).to.deep.equal(['bevacizumab:bevacizumab']);
  });

  it('scans again after content changes, once per burst, ignoring its own changes', async () => {
    const el = await scope(html`<nb-glossary-scope><p>Venetoclax first.</p></nb-glossary-scope>`);
    expect(wrapped(el)).to.deep.equal(['venetoclax:Venetoclax']);
    const scans: string[][] = [];
    el.addEventListener('nb-glossary-scan', (e) =>
      scans.push((e as CustomEvent<GlossaryScanDetail>).detail.wrapped),
    );
    for (const word of ['lorlatinib', 'idasanutlin', 'venetoclax again']) {
      const p = document.createElement('p');
      p.textContent = `Later: ${word}.`;
      el.append(p);
    }
    await waitUntil(() => scans.length > 0, 'no re-scan after new content');
    await aTimeout(RESCAN_DELAY_MS * 4);
    expect(scans).to.deep.equal([['lorlatinib', 'idasanutlin']]);
    expect(wrapped(el)).to.deep.equal([
      'venetoclax:Venetoclax',
      'lorlatinib:lorlatinib',
      'idasanutlin:idasanutlin',
    ]);
    // Editing text in place is a change too.
    const last = el.querySelector('p:last-of-type')!.firstChild as Text;
    last.data = 'Now entrectinib.';
    await waitUntil(() => wrapped(el).includes('entrectinib:entrectinib'), 'edit not scanned');
  });

  it('gives the terms it creates its glossary-href, and they open', async () => {
    const el = await scope(
      html`<nb-glossary-scope glossary-href="/glossary">
        <p>Families may hear about a clinical trial.</p>
      </nb-glossary-scope>`,
    );
    const term = el.querySelector<NbDrugTerm>('nb-drug-term')!;
    expect(term.getAttribute('glossary-href')).to.equal('/glossary');
    await term.updateComplete;
    term.show();
    await waitUntil(() => shadow(term).querySelector('[part="more"]'), 'did not open');
    expect(shadow(term).querySelector('[part="more"]')!.getAttribute('href')).to.equal(
      new URL('/glossary#nb-term-clinical-trial', document.baseURI).href,
    );
  });

  it('is accessible (axe) with its terms', async () => {
    const el = await scope(
      html`<nb-glossary-scope>
        <h2>Treatment</h2>
        <p>Your child may have induction treatment, then immunotherapy.</p>
      </nb-glossary-scope>`,
    );
    await Promise.all(
      [...el.querySelectorAll<NbDrugTerm>('nb-drug-term')].map((t) => t.updateComplete),
    );
    await expect(el).to.be.accessible();
  });
});

describe('term matcher', () => {
  const matcher = buildMatcher([
    ['dinutuximab', 'a'],
    ['dinutuximab beta', 'b'],
    ['BCT-100', 'c'],
  ])!;

  it('prefers the longest spelling and keeps offsets into the original text', () => {
    const text = 'x Dinutuximab  Beta y dinutuximab z bct-100.';
    expect(findTerms(text, matcher).map((m) => [m.key, text.slice(m.start, m.end)])).to.deep.equal([
      ['b', 'Dinutuximab  Beta'],
      ['a', 'dinutuximab'],
      ['c', 'bct-100'],
    ]);
  });

  it('needs a word boundary in any script', () => {
    expect(findTerms('xdinutuximab BCT-1000 dinutuximabé', matcher)).to.deep.equal([]);
  });
});

describe('<nb-glossary-scope> in hostile places (issue 20)', () => {
  it('never links when the scope itself sits in a link, control, heading, code or editable region', async () => {
    const host = document.createElement('div');
    host.attachShadow({ mode: 'open' }).innerHTML = '<a href="#s"><slot></slot></a>';
    host.innerHTML = '<nb-glossary-scope><p>Topotecan in a shadow link.</p></nb-glossary-scope>';
    const shadowHost = document.createElement('a');
    shadowHost.href = '#t';
    const inner = document.createElement('span');
    shadowHost.append(inner);
    inner.attachShadow({ mode: 'open' }).innerHTML =
      '<nb-glossary-scope><p>Topotecan inside a shadow root in a link.</p></nb-glossary-scope>';
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <a href="#a"
          ><nb-glossary-scope><span>Topotecan link</span></nb-glossary-scope></a
        >
        <button>
          <nb-glossary-scope><span>Topotecan button</span></nb-glossary-scope>
        </button>
        <h2>
          <nb-glossary-scope><span>Topotecan heading</span></nb-glossary-scope>
        </h2>
        <code><nb-glossary-scope>Topotecan code</nb-glossary-scope></code>
        <pre><nb-glossary-scope>Topotecan pre</nb-glossary-scope></pre>
        <label><nb-glossary-scope>Topotecan label</nb-glossary-scope><input /></label>
        <div contenteditable="true">
          <nb-glossary-scope><p>Topotecan editable</p></nb-glossary-scope>
        </div>
        <nb-glossary-scope contenteditable="true"><p>Topotecan on itself</p></nb-glossary-scope>
        <nb-glossary-scope contenteditable="plaintext-only"
          ><p>Topotecan plain</p></nb-glossary-scope
        >
        <nb-glossary-scope id="control"><p>Topotecan allowed here.</p></nb-glossary-scope>
      </div>`,
    );
    wrapper.append(host, shadowHost);
    const scopes = [
      ...wrapper.querySelectorAll<NbGlossaryScope>('nb-glossary-scope'),
      inner.shadowRoot!.querySelector<NbGlossaryScope>('nb-glossary-scope')!,
    ];
    await Promise.all(scopes.map((s) => s.updateComplete));
    for (const s of scopes) s.scan();
    const control = wrapper.querySelector<NbGlossaryScope>('#control')!;
    expect(wrapped(control)).to.deep.equal(['topotecan:Topotecan']);
    const linked = scopes.filter((s) => s !== control && s.querySelector('nb-drug-term'));
    expect(linked.map((s) => s.textContent!.trim())).to.deep.equal([]);
  });

  it('keeps text a framework sets with nodeValue exactly as set (React’s text update)', async () => {
    const el = await scope(html`<nb-glossary-scope><p></p></nb-glossary-scope>`);
    const p = el.querySelector('p')!;
    const text = document.createTextNode('topotecan is given');
    const first = oneEvent(el, 'nb-glossary-scan');
    p.append(text);
    await first;
    expect(wrapped(el)).to.deep.equal(['topotecan:topotecan']);
    // What react-dom's commitTextUpdate does: the whole new text on the node it created.
    text.nodeValue = 'irinotecan is given';
    await Promise.resolve();
    expect(p.textContent).to.equal('irinotecan is given');
    await waitUntil(() => wrapped(el).join() === 'irinotecan:irinotecan', 'new text not scanned');
    expect(p.textContent).to.equal('irinotecan is given');
    expect(p.firstChild).to.equal(text);
    text.nodeValue = 'Nothing to link';
    await Promise.resolve();
    expect(p.textContent).to.equal('Nothing to link');
    // A framework removing its node takes the words moved out of it too.
    text.nodeValue = 'topotecan, then irinotecan';
    await waitUntil(() => wrapped(el).length === 2, 'not scanned');
    text.remove();
    await Promise.resolve();
    expect(p.textContent).to.equal('');
  });

  it('shows Vue 3’s new text exactly after state updates inside a scope', async () => {
    const { createApp, h, ref, nextTick } = await import('vue/dist/vue.esm-browser.prod.js');
    const el = await scope(
      html`<nb-glossary-scope all-occurrences><div></div></nb-glossary-scope>`,
    );
    const words = ref('topotecan is given');
    const app = createApp({ render: () => h('p', [words.value, h('b', 'and'), ' then more']) });
    app.mount(el.querySelector('div')!);
    const p = () => el.querySelector('p')!;
    await waitUntil(() => wrapped(el).join() === 'topotecan:topotecan', 'not scanned');
    for (const next of ['irinotecan is given', 'thiotepa and topotecan', 'plain words']) {
      words.value = next;
      await nextTick();
      expect(p().textContent).to.equal(`${next}and then more`);
    }
    words.value = 'temozolomide and irinotecan';
    await nextTick();
    await waitUntil(() => wrapped(el).length === 2, 'new text not scanned');
    expect(p().textContent).to.equal('temozolomide and irinotecanand then more');
    words.value = 'topotecan again';
    await nextTick();
    expect(p().textContent).to.equal('topotecan againand then more');
    app.unmount();
  });

  it('shows React 19’s new text exactly after state updates inside a scope', async () => {
    const React = (await import(/* @vite-ignore */ REACT_URL)) as ReactForTests;
    const { createElement: h, useState: use, flushSync: sync, createRoot: root } = React;
    const el = await scope(
      html`<nb-glossary-scope all-occurrences><div></div></nb-glossary-scope>`,
    );
    let setWords: (next: string) => void = () => {};
    let setLabel: (next: string) => void = () => {};
    function Article() {
      const [words, set] = use('topotecan is given');
      const [label, set2] = use('thiotepa alone');
      setWords = set;
      setLabel = set2;
      // A text node among other children (nodeValue updates) and an only child (textContent).
      return h(
        'div',
        null,
        h('p', null, words, h('b', null, 'and'), ' then more'),
        h('span', null, label),
      );
    }
    const app = root(el.querySelector('div')!);
    sync(() => app.render(h(Article)));
    const p = () => el.querySelector('p')!;
    const span = () => el.querySelector('span')!;
    await waitUntil(() => wrapped(el).length === 2, 'not scanned');
    expect(wrapped(el)).to.deep.equal(['topotecan:topotecan', 'thiotepa:thiotepa']);
    for (const next of ['irinotecan is given', 'thiotepa and topotecan', 'plain words']) {
      sync(() => {
        setWords(next);
        setLabel(`${next} alone`);
      });
      await aTimeout(0);
      expect(p().textContent).to.equal(`${next}and then more`);
      expect(span().textContent).to.equal(`${next} alone`);
      // Let the scope link the new words before React changes them again.
      await waitUntil(() => el.querySelectorAll('nb-drug-term').length >= 0, '');
      await aTimeout(RESCAN_DELAY_MS * 2);
    }
    sync(() => setWords('temozolomide and irinotecan'));
    await waitUntil(
      () => p().querySelectorAll('nb-drug-term').length === 2,
      'new text not scanned',
    );
    expect(p().textContent).to.equal('temozolomide and irinotecanand then more');
    sync(() => setWords('topotecan again'));
    await aTimeout(0);
    expect(p().textContent).to.equal('topotecan againand then more');
    sync(() => app.unmount());
    await aTimeout(0);
    expect(el.querySelector('div')!.textContent).to.equal('');
  });

  it('links every use in one text node of 120,000 words (all-occurrences)', async () => {
    const sentence = 'Topotecan may be given with other medicines in the same week of care. ';
    // 14 words a sentence; one term in each.
    const count = Math.ceil(120_000 / 14);
    const el = await scope(html`<nb-glossary-scope all-occurrences><p></p></nb-glossary-scope>`);
    const scanned = oneEvent(el, 'nb-glossary-scan');
    el.querySelector('p')!.append(sentence.repeat(count));
    const { detail } = (await scanned) as CustomEvent<GlossaryScanDetail>;
    expect(detail.wrapped.length).to.equal(count);
    expect(el.querySelectorAll('nb-drug-term').length).to.equal(count);
    expect(el.querySelector('p')!.textContent).to.equal(sentence.repeat(count));
  });

  it('still links new text when the content changes more often than the quiet time', async () => {
    const el = await scope(
      html`<nb-glossary-scope
        ><p>Nothing yet.</p>
        <p id="live"></p
      ></nb-glossary-scope>`,
    );
    const live = el.querySelector('#live')!;
    const clock = el.querySelector('p')!;
    let n = 0;
    // A live clock ticks every third of the quiet time; the new sentence must still be linked.
    const ticker = setInterval(() => {
      clock.textContent = `Tick ${n++}.`;
    }, RESCAN_DELAY_MS / 3);
    live.textContent = 'Now thiotepa.';
    try {
      await waitUntil(() => live.querySelector('nb-drug-term'), 'never scanned while busy', {
        timeout: 5000,
      });
    } finally {
      clearInterval(ticker);
    }
  });
});
