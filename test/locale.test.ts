import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import { baseAttributes } from '../src/common/nb-element.js';
import { NbHelplineBanner } from '../src/elements/nb-helpline-banner/nb-helpline-banner.js';
import { defineElement } from '../src/internal/define.js';
import { VERSION } from '../src/internal/version.js';
import { matchLocale } from '../src/locale/match.js';
import { enablePseudoLocales } from '../src/locale/pseudo.js';
import { requestedDirection, requestedLanguage } from '../src/locale/resolve.js';
import type { AttributeTable } from '../src/internal/attributes.js';
import { captureWarnings, shadow, untilLocale } from './helpers.js';
import { registeredTags } from './locale-support.js';

const rootLang = (el: Element) => shadow(el).querySelector('.nb-root')!.getAttribute('lang');

describe('locale runtime', () => {
  describe('matchLocale (BCP 47 best match)', () => {
    const supported = ['en-GB', 'es', 'cy', 'ar'];
    const cases: [string | null, string | undefined][] = [
      ['es', 'es'],
      ['es-MX', 'es'],
      ['ES-mx', 'es'],
      ['cy-GB', 'cy'],
      ['en', 'en-GB'],
      ['en-US', 'en-GB'],
      ['ar-EG', 'ar'],
      ['fr', undefined],
      ['', undefined],
      [null, undefined],
      ['not a tag!', undefined],
    ];
    for (const [tag, expected] of cases) {
      it(`${JSON.stringify(tag)} → ${String(expected)}`, () => {
        expect(matchLocale(tag, supported)).to.equal(expected);
      });
    }

    it('asks Intl once per tag, however many elements ask on a language switch', () => {
      const real = Intl.getCanonicalLocales;
      let calls = 0;
      Intl.getCanonicalLocales = (tags) => {
        calls++;
        return real(tags);
      };
      try {
        for (let i = 0; i < 3; i++) expect(matchLocale('es-419')).to.equal('es');
      } finally {
        Intl.getCanonicalLocales = real;
      }
      expect(calls).to.equal(1);
    });

    it('answers again once locales are registered later (the pseudo-locales)', () => {
      expect(matchLocale('en-XA')).to.equal('en-GB');
      enablePseudoLocales();
      expect(matchLocale('en-XA')).to.equal('en-XA');
      expect(matchLocale('ar-XB')).to.equal('ar-XB');
    });
  });

  describe('requestedLanguage', () => {
    it('prefers the element, then the nearest ancestor, then <html lang>', async () => {
      const outer = await fixture<HTMLDivElement>(
        html`<div lang="cy">
          <p><span id="t"></span></p>
        </div>`,
      );
      const target = outer.querySelector('#t')!;
      expect(requestedLanguage(target)).to.equal('cy');
      target.setAttribute('lang', 'es-MX');
      expect(requestedLanguage(target)).to.equal('es-MX');
      const loose = document.createElement('span');
      document.body.append(loose);
      expect(requestedLanguage(loose)).to.equal(document.documentElement.lang || undefined);
      loose.remove();
    });

    it('walks out through shadow roots', async () => {
      const host = await fixture<HTMLDivElement>(html`<div lang="es"></div>`);
      const root = host.attachShadow({ mode: 'open' });
      const inner = document.createElement('span');
      root.append(inner);
      expect(requestedLanguage(inner)).to.equal('es');
    });

    it('passes over a blank lang, and finds dir (ltr/rtl only) through nested shadow roots', async () => {
      const host = await fixture<HTMLDivElement>(html`<div lang="cy" dir="RTL "></div>`);
      const root = host.attachShadow({ mode: 'open' });
      root.innerHTML = '<section lang=" " dir="auto"><div id="inner"></div></section>';
      const innerHost = root.querySelector('#inner')!;
      const inner = innerHost.attachShadow({ mode: 'open' });
      inner.innerHTML = '<p lang=""><span></span></p>';
      const span = inner.querySelector('span')!;
      expect(requestedLanguage(span)).to.equal('cy');
      expect(requestedDirection(span)).to.equal('rtl');
      root.querySelector('section')!.setAttribute('dir', 'ltr');
      expect(requestedDirection(span)).to.equal('ltr');
    });
  });

  describe('elements', () => {
    afterEach(() => document.documentElement.setAttribute('lang', 'en'));

    it('parse only reactive properties, so a language switch need not parse them again', async () => {
      // NbElement resolves its attribute tables again only after a property change (Lit's
      // requestUpdate with a name): a table reading a plain field would go stale.
      for (const tag of await registeredTags()) {
        const ctor = customElements.get(tag) as unknown as {
          attributeTable: AttributeTable<never>;
          elementProperties: ReadonlyMap<PropertyKey, unknown>;
        };
        const read = [baseAttributes, ctor.attributeTable].flatMap((table) =>
          Object.values(table as AttributeTable<never>).flatMap((rule) => [
            rule.property,
            ...(rule.also ?? []),
          ]),
        );
        expect(read.length, tag).to.be.greaterThan(2);
        expect(
          read.filter((p) => !ctor.elementProperties.has(p)),
          `<${tag}>`,
        ).to.deep.equal([]);
      }
    });

    it('render English until told otherwise', async () => {
      const el = await fixture<NbHelplineBanner>(html`<nb-helpline-banner></nb-helpline-banner>`);
      expect(rootLang(el)).to.equal('en-GB');
      expect(shadow(el).querySelector('.nb-root')!.getAttribute('dir')).to.equal('ltr');
    });

    it('re-render when <html lang> changes at runtime, and fall back for unknown languages', async () => {
      const el = await fixture<NbHelplineBanner>(html`<nb-helpline-banner></nb-helpline-banner>`);
      document.documentElement.setAttribute('lang', 'es-ES');
      await untilLocale(el, 'es');
      document.documentElement.setAttribute('lang', 'zz');
      await waitUntil(() => rootLang(el) === 'en-GB', 'did not fall back to en-GB');
    });

    it('follow their own lang attribute over the page', async () => {
      const el = await fixture<NbHelplineBanner>(html`<nb-helpline-banner></nb-helpline-banner>`);
      el.setAttribute('lang', 'es');
      await untilLocale(el, 'es');
      el.removeAttribute('lang');
      await waitUntil(() => rootLang(el) === 'en-GB', 'did not return to English');
    });

    it('follow a lang attribute on an ancestor that changes later', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<section><nb-helpline-banner></nb-helpline-banner></section>`,
      );
      const el = wrapper.querySelector('nb-helpline-banner')!;
      wrapper.setAttribute('lang', 'es');
      await untilLocale(el, 'es');
    });
  });

  describe('safe define', () => {
    it('defining the same tag again (same class) is silent and does not throw', () => {
      const warnings = captureWarnings();
      try {
        expect(() => defineElement('nb-helpline-banner', NbHelplineBanner)).to.not.throw();
        expect(warnings.messages).to.have.length(0);
      } finally {
        warnings.restore();
      }
    });

    it('the same version loaded twice keeps the first and says so, once', () => {
      // Another class under the same tag, from a copy of the same version (VERSION here).
      class SecondCopy extends HTMLElement {}
      class ThirdTag extends HTMLElement {}
      const warnings = captureWarnings();
      try {
        expect(() => defineElement('nb-helpline-banner', SecondCopy)).to.not.throw();
        expect(() => defineElement('nb-helpline-banner', ThirdTag)).to.not.throw();
        expect(customElements.get('nb-helpline-banner')).to.equal(NbHelplineBanner);
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.contain(`version ${VERSION} is loaded twice`);
        expect(warnings.messages[0]).to.contain('<nb-helpline-banner>');
        expect(warnings.messages[0]).to.not.contain('is ignored');
      } finally {
        warnings.restore();
      }
    });

    it('two different versions: keeps the first, names both versions, once', () => {
      class FirstCopy extends HTMLElement {
        static nbVersion = '9.9.9';
      }
      class LaterCopy extends HTMLElement {}
      customElements.define('nb-clash-probe', FirstCopy);
      const warnings = captureWarnings();
      try {
        expect(() => defineElement('nb-clash-probe', LaterCopy)).to.not.throw();
        expect(() => defineElement('nb-clash-probe', LaterCopy)).to.not.throw();
        expect(customElements.get('nb-clash-probe')).to.equal(FirstCopy);
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.contain('two copies');
        expect(warnings.messages[0]).to.contain('already defined by version 9.9.9');
        expect(warnings.messages[0]).to.contain(`version ${VERSION} is ignored`);
        expect(warnings.messages[0]).to.not.contain('loaded twice');
      } finally {
        warnings.restore();
      }
    });

    it('a tag taken by other code warns naming that tag, each tag once', () => {
      const warnings = captureWarnings();
      try {
        for (const tag of ['nb-taken-one', 'nb-taken-two']) {
          customElements.define(tag, class extends HTMLElement {});
          class Ours extends HTMLElement {
            static nbVersion = '1.0.0';
          }
          defineElement(tag, Ours);
          defineElement(tag, Ours);
        }
        expect(warnings.messages).to.have.length(2);
        expect(warnings.messages[0]).to.contain('<nb-taken-one>').and.contain('other code');
        expect(warnings.messages[1]).to.contain('<nb-taken-two>').and.not.contain('nb-taken-one');
      } finally {
        warnings.restore();
      }
    });

    it('running the define entry a second time does not throw', async () => {
      // A cache-busting query makes the browser evaluate the module again, like a second copy.
      const copy = '/src/elements/nb-helpline-banner/define.ts?copy=2';
      await import(/* @vite-ignore */ copy);
      expect(customElements.get('nb-helpline-banner')).to.equal(NbHelplineBanner);
    });
  });
});
