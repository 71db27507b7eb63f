import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../src/elements/nb-drug-term/define.js';
import {
  ANNOUNCED_MS,
  CLOSE_DELAY_MS,
  type TermOpenDetail,
} from '../src/elements/nb-drug-term/nb-drug-term.js';
import { focusIndicatorProblems } from './a11y/checks.js';
import { captureWarnings, shadow, untilLocale } from './helpers.js';
import {
  center,
  one,
  page,
  popup,
  status,
  trigger,
  untilClosed,
  untilShown,
} from './drug-term-helpers.js';

describe('<nb-drug-term>', () => {
  afterEach(async () => {
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  describe('closed', () => {
    it('is a real button named by the word in the text, collapsed', async () => {
      const el = await one();
      const button = trigger(el);
      expect(button.localName).to.equal('button');
      expect(button.getAttribute('type')).to.equal('button');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      const slot = button.querySelector('slot')!;
      expect(slot.assignedNodes().map((n) => n.textContent)).to.deep.equal(['topotecan']);
    });

    it('builds no popup until it is first opened (500 terms cost little)', async () => {
      const root = await fixture<HTMLElement>(html`<div></div>`);
      for (let i = 0; i < 100; i++) {
        const t = document.createElement('nb-drug-term');
        t.setAttribute('term', i % 2 ? 'topotecan' : 'irinotecan');
        t.textContent = 'word';
        root.append(t);
      }
      const terms = [...root.querySelectorAll('nb-drug-term')];
      await Promise.all(terms.map((t) => t.updateComplete));
      expect(terms.filter((t) => popup(t) !== null)).to.have.length(0);
      expect(trigger(terms[0]).hasAttribute('aria-controls')).to.equal(false);
      trigger(terms[0]).click();
      await untilShown(terms[0]);
      expect(terms.filter((t) => popup(t) !== null)).to.have.length(1);
    });

    it('adds no space around the word (punctuation stays attached)', async () => {
      const { root, terms } = await page(
        html`<p style="font: 16px monospace; white-space: nowrap">
          <span>x</span><nb-drug-term term="thiotepa">thiotepa</nb-drug-term><span>,</span>
        </p>`,
      );
      const [x, comma] = [...root.querySelectorAll('span')].map((s) => s.getBoundingClientRect());
      const word = trigger(terms[0]).getBoundingClientRect();
      expect(Math.abs(word.left - x.right)).to.be.below(1);
      expect(Math.abs(comma.left - word.right)).to.be.below(1);
    });

    it('shows the glossary name when it has no text, and accepts an alias as term', async () => {
      const { terms } = await page(
        html`<p>
          <nb-drug-term term="dinutuximab-beta"></nb-drug-term>
          <nb-drug-term term="Topotecán">topotecán</nb-drug-term>
        </p>`,
      );
      expect(terms[0].textContent).to.equal('');
      expect(trigger(terms[0]).innerText.trim()).to.equal('dinutuximab beta');
      trigger(terms[1]).click();
      await untilShown(terms[1]);
      expect(shadow(terms[1]).querySelector('[part="name"]')!.textContent).to.equal('topotecan');
    });

    it('marks the glossary name it shows with the language it is shown in', async () => {
      const { terms } = await page(
        html`<p lang="ar">
          <nb-drug-term term="topotecan"></nb-drug-term>
          <nb-drug-term term="topotecan">topotecan</nb-drug-term>
        </p>`,
      );
      await untilLocale(terms[0], 'ar');
      const fallback = trigger(terms[0]).querySelector('slot > span')!;
      expect([fallback.getAttribute('lang'), fallback.getAttribute('dir')]).to.deep.equal([
        'ar',
        'rtl',
      ]);
      // The partner's own word is slotted in: its language is the page's, not ours.
      expect(trigger(terms[1]).querySelector('slot')!.assignedNodes()).to.have.length(1);
    });

    it('is accessible closed (axe)', async () => {
      await expect(await one()).to.be.accessible();
    });
  });

  describe('click and keyboard', () => {
    it('a click opens the definition, its class and a glossary link, and fires nb-term-open', async () => {
      const el = await one();
      const opened = oneEvent(el, 'nb-term-open');
      await sendMouse({ type: 'click', position: center(trigger(el)) });
      const event = (await opened) as CustomEvent<TermOpenDetail>;
      expect(event.detail).to.deep.equal({ term: 'topotecan', via: 'click' });
      expect(event.bubbles && event.composed).to.equal(true);
      await untilShown(el);
      expect(trigger(el).getAttribute('aria-expanded')).to.equal('true');
      expect(trigger(el).getAttribute('aria-controls')).to.equal('popup');
      const status = shadow(el).querySelector('[role="status"]')!;
      expect(status.textContent).to.contain('topotecan');
      expect(status.textContent).to.contain('cells need to copy their DNA');
      expect(shadow(el).querySelector('[part="class"]')!.textContent).to.equal('Chemotherapy');
      const more = shadow(el).querySelector<HTMLAnchorElement>('[part="more"]')!;
      expect(more.textContent!.trim()).to.equal('More in the glossary');
      expect(more.getAttribute('href')).to.equal('#nb-term-topotecan');
      // A click while open closes it again.
      await sendMouse({ type: 'click', position: center(trigger(el)) });
      await untilClosed(el);
      expect(shadow(el).querySelector('[role="status"]')!.textContent!.trim()).to.equal('');
    });

    it('shows its text, next to the word, in the update that opens it; then announces it', async () => {
      const el = await one();
      el.show();
      await el.updateComplete;
      // No frame has passed and nothing was awaited (not the positioning code, not a timer).
      const box = popup(el)!;
      expect(box.matches(':popover-open')).to.equal(true);
      expect(getComputedStyle(box).opacity).to.equal('1');
      expect(shadow(el).querySelector('[part="name"]')!.textContent).to.equal('topotecan');
      expect(shadow(el).querySelector('[part="definition"]')!.textContent).to.contain(
        'cells need to copy their DNA',
      );
      const word = trigger(el).getBoundingClientRect();
      const r = box.getBoundingClientRect();
      expect(r.top - word.bottom).to.be.within(0, 12);
      expect(Math.abs(r.left - word.left)).to.be.below(1.5);
      // The live region is on screen empty first, so the text put in it next is announced.
      expect(status(el)!.textContent!.trim()).to.equal('');
      await waitUntil(() => status(el)!.textContent!.includes('cells need to copy their DNA'));
      expect(status(el)!.textContent).to.contain('topotecan').and.contain('Chemotherapy');
      el.hide();
      await el.updateComplete;
      expect(status(el)!.textContent!.trim()).to.equal('');
    });

    it('empties its live region once announced, so the open popup reads its text once', async () => {
      const el = await one();
      // The element's announcement timer, caught so the test runs it when it chooses.
      const realSetTimeout = window.setTimeout;
      let expire: (() => void) | undefined;
      window.setTimeout = ((fn: () => void, ms?: number, ...rest: unknown[]) => {
        if (ms !== ANNOUNCED_MS) return realSetTimeout(fn, ms, ...rest);
        expire = fn;
        return 0;
      }) as typeof window.setTimeout;
      try {
        el.show();
        await waitUntil(() => !!status(el)?.textContent?.includes('cells need to copy their DNA'));
      } finally {
        window.setTimeout = realSetTimeout;
      }
      expect(expire, 'the copy is timed to go').to.be.a('function');
      expire!();
      await el.updateComplete;
      expect(status(el)!.textContent!.trim()).to.equal('');
      expect(el.open).to.equal(true);
      expect(shadow(el).querySelector('[part="definition"]')!.textContent).to.contain(
        'cells need to copy their DNA',
      );
    });

    it('credits its own origin in one short line, with no review notice, before and after the review date', async () => {
      const el = await one();
      el.now = () => new Date('2024-06-03T10:00:00Z');
      await sendMouse({ type: 'click', position: center(trigger(el)) });
      await untilShown(el);
      for (const now of ['2024-06-03T10:00:00Z', '2026-01-05T10:00:00Z']) {
        el.now = () => new Date(now);
        el.requestUpdate();
        await el.updateComplete;
        const credits = [...shadow(el).querySelectorAll<HTMLElement>('[part="credit"]')];
        expect(credits.map((c) => c.dataset.origin)).to.deep.equal(['reference']);
        expect(credits[0]!.textContent).to.not.contain('Cancer Research UK');
        expect(shadow(el).querySelector('[part="review-notice"]')).to.equal(null);
        expect(shadow(el).querySelector('[part="care-team"]')?.textContent?.trim()).to.equal(
          'It does not replace your child’s care team.',
        );
      }
    });

    it('Tab, Enter opens; Tab reaches the link; Escape closes and focus returns', async () => {
      const { root, terms } = await page(
        html`<div>
          <button id="before">before</button>
          <p>Treatment may include <nb-drug-term term="irinotecan">irinotecan</nb-drug-term>.</p>
        </div>`,
      );
      const el = terms[0];
      root.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement).to.equal(trigger(el));
      await sendKeys({ press: 'Enter' });
      await untilShown(el);
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement).to.equal(shadow(el).querySelector('[part="more"]'));
      expect(el.open).to.equal(true);
      await sendKeys({ press: 'Escape' });
      await untilClosed(el);
      expect(shadow(el).activeElement).to.equal(trigger(el));
    });

    it('Space opens too, reported as keyboard', async () => {
      const el = await one();
      trigger(el).focus();
      const opened = oneEvent(el, 'nb-term-open');
      await sendKeys({ press: ' ' });
      expect(((await opened) as CustomEvent<TermOpenDetail>).detail.via).to.equal('keyboard');
      await untilShown(el);
    });

    it('keyboard focus resting on the word opens it; tabbing away closes it', async () => {
      const { root, terms } = await page(
        html`<div>
          <button id="before">before</button>
          <nb-drug-term term="venetoclax">venetoclax</nb-drug-term>
          <button id="after">after</button>
        </div>`,
      );
      const el = terms[0];
      root.querySelector<HTMLButtonElement>('#before')!.focus();
      const opened = oneEvent(el, 'nb-term-open');
      await sendKeys({ press: 'Tab' });
      expect(((await opened) as CustomEvent<TermOpenDetail>).detail.via).to.equal('focus');
      await untilShown(el);
      await sendKeys({ press: 'Tab' }); // the popup's link
      await sendKeys({ press: 'Tab' }); // #after
      expect(document.activeElement).to.equal(root.querySelector('#after'));
      await untilClosed(el);
    });

    it('Escape closes a popup opened by hover without moving focus', async () => {
      const { root, terms } = await page(
        html`<div>
          <input aria-label="search" />
          <p style="padding: 2rem"><nb-drug-term term="lorlatinib">lorlatinib</nb-drug-term></p>
        </div>`,
      );
      const input = root.querySelector('input')!;
      input.focus();
      await sendMouse({ type: 'move', position: center(trigger(terms[0])) });
      await untilShown(terms[0]);
      await sendKeys({ press: 'Escape' });
      await untilClosed(terms[0]);
      expect(document.activeElement).to.equal(input);
    });
  });

  describe('mouse hover (WCAG 1.4.13)', () => {
    it('opens after resting on the word and stays while the pointer moves onto the popup', async () => {
      const el = await one();
      const opened = oneEvent(el, 'nb-term-open');
      await sendMouse({ type: 'move', position: center(trigger(el)) });
      expect(((await opened) as CustomEvent<TermOpenDetail>).detail.via).to.equal('hover');
      await untilShown(el);
      const box = popup(el)!.getBoundingClientRect();
      // Down from the word, across the gap, into the popup.
      await sendMouse({
        type: 'move',
        position: [Math.round(box.left + 10), Math.round(box.top + 2)],
      });
      await sendMouse({ type: 'move', position: center(popup(el)!) });
      await aTimeout(CLOSE_DELAY_MS * 3);
      expect(el.open).to.equal(true);
      // Leaving both closes it.
      await sendMouse({ type: 'move', position: [790, 590] });
      await untilClosed(el);
    });

    it('passing over the word quickly does not open it', async () => {
      const el = await one();
      let opened = false;
      el.addEventListener('nb-term-open', () => (opened = true));
      const [x, y] = center(trigger(el));
      await sendMouse({ type: 'move', position: [x, y] });
      await sendMouse({ type: 'move', position: [x, y + 200] });
      await aTimeout(600);
      expect(opened).to.equal(false);
    });

    it('a popup pinned by a click stays after the pointer leaves', async () => {
      const el = await one();
      await sendMouse({ type: 'click', position: center(trigger(el)) });
      await untilShown(el);
      await sendMouse({ type: 'move', position: [790, 20] });
      await aTimeout(CLOSE_DELAY_MS * 3);
      expect(el.open).to.equal(true);
    });

    it('a click outside closes it', async () => {
      const el = await one();
      await sendMouse({ type: 'click', position: center(trigger(el)) });
      await untilShown(el);
      await sendMouse({ type: 'click', position: [790, 590] });
      await untilClosed(el);
    });
  });

  describe('one at a time', () => {
    it('opening a second term closes the first', async () => {
      const { terms } = await page(
        html`<p style="padding: 2rem">
          <nb-drug-term term="thiotepa">thiotepa</nb-drug-term> and
          <nb-drug-term term="bevacizumab">bevacizumab</nb-drug-term> and
          <nb-drug-term term="mibg">mIBG</nb-drug-term>
        </p>`,
      );
      const [a, b, c] = terms;
      trigger(a).click();
      await untilShown(a);
      trigger(b).click();
      await untilShown(b);
      await untilClosed(a);
      c.show();
      await untilShown(c);
      await untilClosed(b);
      expect(terms.filter((t) => popup(t)?.matches(':popover-open'))).to.deep.equal([c]);
    });
  });

  describe('placement', () => {
    it('lines up with the start of the word, left to right and right to left', async () => {
      const { terms } = await page(
        html`<div>
          <p dir="ltr" style="padding: 2rem 10rem">
            Text <nb-drug-term term="entrectinib">entrectinib</nb-drug-term> text.
          </p>
          <p dir="rtl" style="padding: 2rem 10rem">
            نص <nb-drug-term term="entrectinib" dir="rtl">entrectinib</nb-drug-term> نص
          </p>
        </div>`,
      );
      const [ltr, rtl] = terms;
      ltr.show();
      await untilShown(ltr);
      let word = trigger(ltr).getBoundingClientRect();
      let box = popup(ltr)!.getBoundingClientRect();
      expect(popup(ltr)!.getAttribute('dir')).to.equal('ltr');
      expect(Math.abs(box.left - word.left)).to.be.below(1.5);
      expect(box.top).to.be.greaterThan(word.bottom);
      rtl.show();
      await untilShown(rtl);
      word = trigger(rtl).getBoundingClientRect();
      box = popup(rtl)!.getBoundingClientRect();
      expect(popup(rtl)!.getAttribute('dir')).to.equal('rtl');
      expect(getComputedStyle(popup(rtl)!).direction).to.equal('rtl');
      expect(Math.abs(box.right - word.right)).to.be.below(1.5);
      await expect(rtl).to.be.accessible();
    });

    it('becomes visible only once it is next to the word (positioning code loads on first open)', async () => {
      const el = await one();
      const seen: { opacity: string; gap: number; offset: number }[] = [];
      const record = () => {
        const box = popup(el);
        if (!box?.classList.contains('is-ready')) return;
        const word = trigger(el).getBoundingClientRect();
        const r = box.getBoundingClientRect();
        seen.push({
          opacity: getComputedStyle(box).opacity,
          gap: r.top - word.bottom,
          offset: Math.abs(r.left - word.left),
        });
      };
      const watch = new MutationObserver(record);
      watch.observe(el.shadowRoot!, {
        subtree: true,
        attributes: true,
        attributeFilter: ['class'],
      });
      el.show();
      await untilShown(el);
      watch.disconnect();
      expect(seen.length).to.be.greaterThan(0);
      // The first moment it can be seen, it is already just below the word's start.
      expect(seen[0].opacity).to.equal('1');
      expect(seen[0].gap).to.be.within(0, 12);
      expect(seen[0].offset).to.be.below(1.5);
    });

    it('flips above the word near the bottom of the viewport', async () => {
      const { terms } = await page(
        html`<div style="position: fixed; bottom: 4px; left: 20px">
          <nb-drug-term term="mibg">mIBG</nb-drug-term>
        </div>`,
      );
      // No room below: it stays invisible until the positioning code has flipped it.
      const first: { opacity: string; above: boolean }[] = [];
      const watch = new MutationObserver(() => {
        const box = popup(terms[0]);
        if (first.length || !box?.classList.contains('is-ready')) return;
        const r = box.getBoundingClientRect();
        const above = r.bottom <= trigger(terms[0]).getBoundingClientRect().top;
        first.push({ opacity: getComputedStyle(box).opacity, above });
      });
      watch.observe(terms[0].shadowRoot!, { subtree: true, attributes: true });
      terms[0].show();
      await terms[0].updateComplete;
      expect(getComputedStyle(popup(terms[0])!).opacity).to.equal('0');
      await untilShown(terms[0]);
      watch.disconnect();
      expect(first).to.deep.equal([{ opacity: '1', above: true }]);
      const word = trigger(terms[0]).getBoundingClientRect();
      const box = popup(terms[0])!.getBoundingClientRect();
      expect(box.bottom).to.be.at.most(word.top);
      expect(box.top).to.be.at.least(0);
    });

    it('is not clipped by overflow: hidden nor covered by a higher z-index', async () => {
      const { root, terms } = await page(
        html`<div>
          <div style="overflow: hidden; height: 2.5em; position: relative; z-index: 1">
            <nb-drug-term term="isotretinoin">isotretinoin</nb-drug-term>
          </div>
          <div
            id="cover"
            style="position: relative; z-index: 999999; height: 300px; background: #eee"
          ></div>
        </div>`,
      );
      const el = terms[0];
      el.show();
      await untilShown(el);
      const box = popup(el)!.getBoundingClientRect();
      const clip = root.firstElementChild!.getBoundingClientRect();
      expect(box.bottom).to.be.greaterThan(clip.bottom);
      for (const [x, y] of [
        [box.left + 4, box.top + 4],
        [box.right - 4, box.bottom - 4],
        [box.left + box.width / 2, box.top + box.height / 2],
      ]) {
        expect(document.elementFromPoint(x, y)).to.equal(el);
      }
    });
  });

  describe('accessibility', () => {
    it('is accessible open (axe), in light and dark themes', async () => {
      const el = await one();
      el.show();
      await untilShown(el);
      await expect(el).to.be.accessible();
      el.setAttribute('theme', 'dark');
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('shows a focus ring with 3:1 contrast on the page it sits on, whatever its theme', async () => {
      // The word has no background of its own: the page's (light or dark) is behind the ring.
      const pages = [
        ['#ffffff', '#1d1d1f'],
        ['#121212', '#f0f0f0'],
      ];
      for (const [background, color] of pages) {
        for (const theme of ['light', 'dark', 'auto']) {
          const p = await fixture<HTMLElement>(
            html`<p>
              <button type="button">before</button> Some
              <nb-drug-term term="topotecan" theme=${theme}>topotecan</nb-drug-term>
            </p>`,
          );
          Object.assign(p.style, { background, color });
          const el = p.querySelector('nb-drug-term')!;
          await el.updateComplete;
          p.querySelector('button')!.focus();
          await sendKeys({ press: 'Tab' });
          const button = trigger(el);
          expect(shadow(el).activeElement === button, 'Tab reaches the word').to.equal(true);
          const found = focusIndicatorProblems(button).map((f) => f.detail);
          expect(found, `theme ${theme} on ${background}`).to.deep.equal([]);
          p.remove();
        }
      }
    });
  });

  describe('attributes and bad input', () => {
    it('an unknown term renders plain text and warns once', async () => {
      const warnings = captureWarnings();
      try {
        const { terms } = await page(
          html`<p>
            <nb-drug-term term="aspirinix">aspirinix</nb-drug-term> and
            <nb-drug-term term="aspirinix">aspirinix</nb-drug-term>
          </p>`,
        );
        for (const t of terms) {
          expect(shadow(t).querySelector('button')).to.equal(null);
          expect(t.textContent).to.equal('aspirinix');
          expect(t.innerText).to.equal('aspirinix');
          t.show();
          await t.updateComplete;
          expect(t.open).to.equal(false);
        }
        const mine = warnings.messages.filter((m) => m.includes('term="aspirinix"'));
        expect(mine).to.have.length(1);
        expect(mine[0]).to.contain('<nb-drug-term>');
      } finally {
        warnings.restore();
      }
    });

    it('never matches a bare "erbumine" (a salt form, not a drug)', async () => {
      const warnings = captureWarnings();
      try {
        const { terms } = await page(
          html`<p><nb-drug-term term="erbumine">erbumine</nb-drug-term></p>`,
        );
        expect(shadow(terms[0]).querySelector('button')).to.equal(null);
      } finally {
        warnings.restore();
      }
    });

    it('without term, looks up its own text', async () => {
      const { terms } = await page(html`<p><nb-drug-term>Dinutuximab beta</nb-drug-term></p>`);
      expect(terms[0].entry?.key).to.equal('dinutuximab-beta');
      expect(trigger(terms[0])).to.not.equal(null);
    });

    it('glossary-href points the link at another page; unsafe values fall back', async () => {
      const warnings = captureWarnings();
      try {
        const { terms } = await page(
          html`<p>
            <nb-drug-term term="venetoclax" glossary-href="/glossary.html">a</nb-drug-term>
            <nb-drug-term term="venetoclax" glossary-href="/words#top">b</nb-drug-term>
            <nb-drug-term term="venetoclax" glossary-href="javascript:alert(1)">c</nb-drug-term>
          </p>`,
        );
        const hrefs: string[] = [];
        for (const t of terms) {
          t.show();
          await untilShown(t);
          hrefs.push(shadow(t).querySelector('[part="more"]')!.getAttribute('href')!);
        }
        expect(hrefs).to.deep.equal([
          new URL('/glossary.html#nb-term-venetoclax', document.baseURI).href,
          new URL('/words#top', document.baseURI).href,
          '#nb-term-venetoclax',
        ]);
        expect(warnings.messages.filter((m) => m.includes('glossary-href'))).to.have.length(1);
      } finally {
        warnings.restore();
      }
    });

    // The one URL policy (src/internal/urls.ts), as for the card's links and the trial list.
    for (const value of [
      'http://evil.test/glossary',
      '/\\evil.test/phish',
      '//evil.test/glossary',
      'https://user:pw@charity.example/glossary',
      ' JaVaScRiPt:alert(1)',
      'data:text/html,<p>x</p>',
    ]) {
      it(`glossary-href="${value}" is refused with one warning; the link stays on this page`, async () => {
        const warnings = captureWarnings();
        try {
          const { terms } = await page(
            html`<p>
              <nb-drug-term term="topotecan" glossary-href=${value}>a</nb-drug-term>
              <nb-drug-term term="topotecan" glossary-href=${value}>b</nb-drug-term>
            </p>`,
          );
          for (const t of terms) {
            t.show();
            await untilShown(t);
            const more = shadow(t).querySelector<HTMLAnchorElement>('[part="more"]')!;
            expect(more.getAttribute('href')).to.equal('#nb-term-topotecan');
            expect(new URL(more.href).origin).to.equal(location.origin);
            t.hide();
          }
          const about = warnings.messages.filter((m) => m.includes('glossary-href'));
          expect(about).to.have.length(1);
          expect(about[0]).to.include('<nb-drug-term>').and.include(value.trim());
        } finally {
          warnings.restore();
        }
      });
    }

    it('glossary-href on another https: site is followed as written, resolved', async () => {
      const { terms } = await page(
        html`<p>
          <nb-drug-term term="topotecan" glossary-href="https://charity.example/words"
            >a</nb-drug-term
          >
        </p>`,
      );
      terms[0].show();
      await untilShown(terms[0]);
      expect(shadow(terms[0]).querySelector('[part="more"]')!.getAttribute('href')).to.equal(
        'https://charity.example/words#nb-term-topotecan',
      );
    });

    it('works on a page that stops click propagation', async () => {
      const { root, terms } = await page(
        html`<div>
          <p><nb-drug-term term="mibg">mIBG</nb-drug-term></p>
        </div>`,
      );
      root.addEventListener('click', (e) => e.stopPropagation());
      root.addEventListener('pointerdown', (e) => e.stopPropagation());
      await sendMouse({ type: 'click', position: center(trigger(terms[0])) });
      await untilShown(terms[0]);
    });

    it('removing an open term closes it and lets another open', async () => {
      const { terms } = await page(
        html`<p>
          <nb-drug-term term="thiotepa">thiotepa</nb-drug-term>
          <nb-drug-term term="topotecan">topotecan</nb-drug-term>
        </p>`,
      );
      terms[0].show();
      await untilShown(terms[0]);
      terms[0].remove();
      expect(terms[0].open).to.equal(false);
      terms[1].show();
      await untilShown(terms[1]);
    });
  });
});
