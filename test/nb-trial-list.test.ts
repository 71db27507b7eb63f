import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/elements/nb-trial-list/define.js';
import type {
  NbTrialList,
  TrialFeedDetail,
  TrialFilterDetail,
} from '../src/elements/nb-trial-list/nb-trial-list.js';
import { resultCount } from '../src/content/trial-list.js';
import { safeRegistryLink } from '../src/elements/nb-trial-list/links.js';
import { studyUrl } from '../src/elements/nb-trial-list/live-status.js';
import { DEFAULT_LIVE_ENDPOINT, resolveLiveEndpoint } from '../src/elements/nb-trial-list/urls.js';
import { trials as bundled } from '../src/content/trials.js';
import { safeUrl } from '../src/internal/urls.js';
import { captureWarnings, renderedText, shadow, textOf, untilLocale } from './helpers.js';

const FIX = '/__fixtures/trials';
const NOW = '2026-11-29T12:00:00Z';
/** Upper bound for the local look-ups: three browsers share two cores in the full run. */
const LOOKUP_WAIT = { timeout: 8000 };

/** A list with a fixed clock, the given attributes, inside `wrapperAttrs` (e.g. lang, dir). */
async function list(
  attrs: Record<string, string> = {},
  wrapperAttrs: Record<string, string> = {},
): Promise<NbTrialList> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  for (const [name, value] of Object.entries(wrapperAttrs)) wrapper.setAttribute(name, value);
  const el = document.createElement('nb-trial-list');
  el.now = () => new Date(NOW);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  wrapper.append(el);
  await el.updateComplete;
  return el;
}

/** A bundled list whose clock reads `at`. */
async function listAt(at: string, attrs: Record<string, string> = {}): Promise<NbTrialList> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement('nb-trial-list');
  el.now = () => new Date(at);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  wrapper.append(el);
  await el.updateComplete;
  return el;
}

/** A list with a `src` feed, resolved once the feed has loaded or failed. */
async function listWithFeed(
  src: string,
  attrs: Record<string, string> = {},
): Promise<{ el: NbTrialList; detail: TrialFeedDetail }> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement('nb-trial-list');
  el.now = () => new Date(NOW);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  el.setAttribute('src', src);
  const event = oneEvent(el, 'nb-trial-feed');
  wrapper.append(el);
  const { detail } = (await event) as CustomEvent<TrialFeedDetail>;
  await el.updateComplete;
  return { el, detail };
}

const trialEl = (el: NbTrialList, id: string) =>
  shadow(el).querySelector<HTMLElement>(`[data-trial="${id}"]`);
const trialIds = (el: NbTrialList) =>
  [...shadow(el).querySelectorAll<HTMLElement>('[part="trial"]')].map((t) => t.dataset.trial);
const statusOf = (el: NbTrialList, id: string) =>
  (trialEl(el, id)!.querySelector('[part="status"] dd')!.textContent ?? '')
    .replace(/\s+/g, ' ')
    .trim();
const count = (el: NbTrialList) => textOf(el, '[part="count"]');
const links = (node: ParentNode) =>
  [...node.querySelectorAll<HTMLAnchorElement>('a[href]')].map((a) => a.getAttribute('href'));

/** Counts fetch() calls (and the most running at once) until `restore()`. */
function spyOnFetch() {
  const original = window.fetch;
  const calls: string[] = [];
  let running = 0;
  let maxRunning = 0;
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push(String(input instanceof Request ? input.url : input));
    running++;
    maxRunning = Math.max(maxRunning, running);
    try {
      return await original(input, init);
    } finally {
      running--;
    }
  };
  return {
    calls,
    get maxRunning() {
      return maxRunning;
    },
    get running() {
      return running;
    },
    restore: () => (window.fetch = original),
  };
}

describe('<nb-trial-list>', () => {
  describe('bundled trials (T01–T09)', () => {
    it('shows every bundled trial with its name, sponsor and registry IDs', async () => {
      const el = await list();
      expect(trialIds(el)).to.have.members(bundled.map((t) => t.id));
      for (const trial of bundled) {
        const node = trialEl(el, trial.id)!;
        const text = node.textContent!.replace(/\s+/g, ' ');
        expect(text).to.contain(trial.name);
        expect(text).to.contain(trial.sponsor);
        for (const r of trial.registryIds) expect(text).to.contain(r.id);
      }
      expect(count(el)).to.equal(`${bundled.length} trials shown`);
    });

    it('links ClinicalTrials.gov and ISRCTN records', async () => {
      const el = await list();
      const hrefs = links(shadow(el));
      expect(hrefs).to.include('https://clinicaltrials.gov/study/NCT03165292');
      expect(hrefs).to.include('https://www.isrctn.com/ISRCTN12532102');
      for (const href of hrefs) expect(href).to.match(/^https:\/\//);
    });

    it('shows each status with the date it was checked, and never calls a closed trial recruiting', async () => {
      const el = await list();
      for (const trial of bundled) {
        const status = statusOf(el, trial.id);
        expect(status, trial.id).to.match(/checked/i);
        expect(status, trial.id).to.match(/2025/);
        if (trial.status !== 'recruiting') expect(status, trial.id).not.to.match(/^Recruiting/);
      }
    });

    it('puts open trials above closed ones, under their own headings', async () => {
      const el = await list();
      const groups = [...shadow(el).querySelectorAll<HTMLElement>('.group')].map(
        (g) => g.dataset.group,
      );
      expect(groups[0]).to.equal('open');
      expect(groups).to.include('closed');
      const open = shadow(el).querySelector('[data-group="open"]')!;
      for (const trial of bundled.filter((t) => t.status === 'recruiting'))
        expect(open.querySelector(`[data-trial="${trial.id}"]`), trial.id).not.to.equal(null);
    });

    it('labels BEACON2 as newer than the source', async () => {
      const el = await list();
      for (const trial of bundled) {
        const newer = trialEl(el, trial.id)!.querySelector('[part="newer"]');
        if (trial.newerThanSource) expect(newer!.textContent).to.contain('Newer than');
        else expect(newer, trial.id).to.equal(null);
      }
    });

    it('shows treatments as nb-drug-term elements, readable as plain text when undefined', async () => {
      const el = await list();
      const terms = [...shadow(el).querySelectorAll('nb-drug-term')];
      expect(terms.length).to.be.greaterThan(0);
      for (const term of terms) {
        expect(term.getAttribute('term')).to.match(/^[a-z0-9-]+$/);
        expect(term.textContent!.trim()).not.to.equal('');
      }
    });

    it('says the specialist is the person to ask and links the CRUK database', async () => {
      const el = await list();
      expect(textOf(el, '.intro')).to.contain('specialist');
      const db = shadow(el).querySelector<HTMLAnchorElement>('.database a')!;
      expect(db.href).to.match(/^https:\/\/www\.cancerresearchuk\.org\//);
      expect(db.textContent).to.contain('clinical trials database');
    });

    it('shows the source and its review dates', async () => {
      const el = await list();
      expect(textOf(el, '[part="source"]')).to.contain('31 Aug 2025');
    });

    it('is accessible (axe)', async () => {
      const el = await list();
      await expect(el).to.be.accessible();
    });

    it('is accessible in the dark theme', async () => {
      const el = await list({ theme: 'dark' });
      await expect(el).to.be.accessible();
    });
  });

  describe('freshness: a status over six months old may have changed', () => {
    const beacon2 = () => bundled.find((t) => t.name === 'BEACON2')!;
    const MAY_CHANGE = 'This may have changed. Check the registry record for today’s status.';

    for (const at of ['2025-03-20T12:00:00Z', '2025-08-31T12:00:00Z']) {
      it(`at ${at.slice(0, 10)} BEACON2 is recruiting, checked Mar 2025, with no warning`, async () => {
        const el = await listAt(at);
        expect(statusOf(el, beacon2().id)).to.match(/^Recruiting Status checked Mar 2025\b/);
        expect(renderedText(el)).not.to.contain('may have changed');
        expect(shadow(el).querySelector('[part="stale"]')).to.equal(null);
      });
    }

    for (const at of ['2025-09-01T12:00:00Z', NOW]) {
      it(`at ${at.slice(0, 10)} BEACON2 reads as recruiting in March 2025, with the record link`, async () => {
        const el = await listAt(at);
        const status = statusOf(el, beacon2().id);
        expect(status).to.match(/^Recruiting when checked in Mar 2025\. /);
        expect(status).to.contain(MAY_CHANGE);
        const link = trialEl(el, beacon2().id)!.querySelector<HTMLAnchorElement>(
          '[part="stale"] a',
        )!;
        expect(link.getAttribute('href')).to.equal('https://www.isrctn.com/ISRCTN12532102');
        expect(link.textContent!.trim()).to.equal('Check the registry record for today’s status.');
      });
    }

    it('warns on every status that can still change, never on Completed or Stopped early', async () => {
      const el = await listAt('2030-01-01T12:00:00Z');
      for (const trial of bundled) {
        const status = statusOf(el, trial.id);
        if (trial.status === 'completed' || trial.status === 'stopped-early') {
          expect(status, trial.id).not.to.contain('may have changed');
          expect(status, trial.id).to.contain('Status checked Mar 2025');
        } else {
          expect(status, trial.id).to.contain('when checked in Mar 2025.');
          expect(status, trial.id).to.contain(MAY_CHANGE);
        }
      }
      // A published result is a past event: it never goes stale.
      const parc = bundled.find((t) => t.name === 'PARC')!;
      expect(statusOf(el, parc.id)).to.contain('published in 2024');
    });

    it('a trial without a linkable record still says where to check, as text', async () => {
      const el = await listAt(NOW);
      const lilly = bundled.find((t) => t.registryIds.every((r) => !r.url))!;
      const stale = trialEl(el, lilly.id)!.querySelector('[part="stale"]')!;
      expect(stale.textContent!.replace(/\s+/g, ' ').trim()).to.equal(MAY_CHANGE);
      expect(stale.querySelector('a')).to.equal(null);
    });

    it('judges a feed’s own check date (Oct 2026: current in Nov 2026, stale in Apr 2027)', async () => {
      const fresh = await listWithFeed(`${FIX}/feed/valid.json`);
      expect(statusOf(fresh.el, 'F01')).to.equal('Recruiting Status checked Oct 2026');
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement('nb-trial-list');
      el.now = () => new Date('2027-04-02T12:00:00Z');
      el.setAttribute('src', `${FIX}/feed/valid.json`);
      const event = oneEvent(el, 'nb-trial-feed');
      wrapper.append(el);
      await event;
      await el.updateComplete;
      expect(statusOf(el, 'F01')).to.match(
        /^Recruiting when checked in Oct 2026\. This may have changed/,
      );
      // Completed in the feed: final, no warning.
      expect(statusOf(el, 'F02')).to.equal('Completed Status checked Oct 2026');
    });

    it('is accessible with the warnings shown', async () => {
      await expect(await listAt(NOW)).to.be.accessible();
    });
  });

  describe('filter and order', () => {
    it('status="recruiting" shows only open trials; status="closed" only the others', async () => {
      const open = await list({ status: 'recruiting' });
      const openIds = bundled
        .filter((t) => ['recruiting', 'by-invitation', 'not-yet-recruiting'].includes(t.status))
        .map((t) => t.id);
      expect(trialIds(open)).to.have.members(openIds);
      const closed = await list({ status: 'closed' });
      for (const id of trialIds(closed)) expect(openIds).not.to.include(id);
      expect(trialIds(closed).length).to.be.greaterThan(0);
    });

    it('warns once and shows everything for an unknown status', async () => {
      const warnings = captureWarnings();
      try {
        const el = await list({ status: 'open-ish' });
        expect(trialIds(el)).to.have.length(bundled.length);
        expect(warnings.messages.filter((m) => m.includes('open-ish'))).to.have.length(1);
      } finally {
        warnings.restore();
      }
    });

    it('has labelled controls that work from the keyboard and announce the count', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div><button id="before">before</button></div>`,
      );
      const el = document.createElement('nb-trial-list');
      el.now = () => new Date(NOW);
      wrapper.append(el);
      await el.updateComplete;
      const select = shadow(el).querySelector<HTMLSelectElement>('#filter')!;
      expect(select.labels![0]!.textContent).to.equal('Show');
      expect(
        shadow(el).querySelector<HTMLSelectElement>('#sort')!.labels![0]!.textContent,
      ).to.equal('Order');
      const live = shadow(el).querySelector('[part="count"]')!;
      expect(live.getAttribute('role')).to.equal('status');
      expect(live.getAttribute('aria-live')).to.equal('polite');

      wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
      // Tab through what comes first (glossary terms in the intro, the database link) to the filter.
      for (let i = 0; i < 8 && shadow(el).activeElement !== select; i++) {
        await sendKeys({ press: 'Tab' });
      }
      expect(shadow(el).activeElement).to.equal(select);
      const event = oneEvent(el, 'nb-trial-filter');
      await sendKeys({ press: 'ArrowDown' });
      const { detail } = (await event) as CustomEvent<TrialFilterDetail>;
      expect(detail.status).to.equal('recruiting');
      expect(el.getAttribute('status')).to.equal('recruiting');
      expect(trialIds(el)).to.have.length(detail.count);
      expect(count(el)).to.equal(
        detail.count === 1 ? '1 trial shown' : `${detail.count} trials shown`,
      );

      await sendKeys({ press: 'Tab' }); // the order
      expect(shadow(el).activeElement!.id).to.equal('sort');
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(el.getAttribute('sort')).to.equal('name');
    });

    it('orders by name, A to Z, in one list', async () => {
      const el = await list({ sort: 'name' });
      const names = [...shadow(el).querySelectorAll('[part="trial"] .h')].map((h) =>
        h.textContent!.trim(),
      );
      const sorted = [...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }));
      expect(names).to.deep.equal(sorted);
      expect(shadow(el).querySelector('.group')).to.equal(null);
    });

    it('has a message id for every plural category, English in each', () => {
      const categories = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
      for (const c of categories) {
        expect(resultCount[c].id).to.equal(`trial-list.count.${c}`);
        expect(resultCount[c].text('3')).to.contain('3');
      }
      expect(resultCount.one.text('1')).to.equal('1 trial shown');
    });

    it('uses heading-level for its heading and the levels below', async () => {
      const el = await list({ 'heading-level': '3' });
      expect(shadow(el).querySelector('h3#heading')).not.to.equal(null);
      expect(shadow(el).querySelector('.group > h4')).not.to.equal(null);
      expect(shadow(el).querySelector('[part="trial"] h5')).not.to.equal(null);
    });
  });

  describe('no network without asking', () => {
    it('makes no request at all without src or live-status', async () => {
      const spy = spyOnFetch();
      const started = performance.now();
      try {
        const el = await list({ status: 'all' });
        await aTimeout(100);
        expect(trialIds(el).length).to.equal(bundled.length);
      } finally {
        spy.restore();
      }
      expect(spy.calls).to.deep.equal([]);
      const requests = performance
        .getEntriesByType('resource')
        .filter(
          (e) =>
            e.startTime >= started &&
            ['fetch', 'xmlhttprequest', 'beacon'].includes(
              (e as PerformanceResourceTiming).initiatorType,
            ),
        );
      expect(requests.map((r) => r.name)).to.deep.equal([]);
    });
  });

  describe('src feed', () => {
    it('shows a valid feed instead of the bundled list, with a quiet note naming its site', async () => {
      const { el, detail } = await listWithFeed(`${FIX}/feed/valid.json`);
      expect(detail).to.deep.equal({ result: 'loaded', count: 3, dropped: 0 });
      expect(trialIds(el)).to.have.members(['F01', 'F02', 'F03']);
      expect(textOf(el, '[part="feed-note"]')).to.contain(location.host);
      expect(statusOf(el, 'F01')).to.match(/^Recruiting/);
      expect(statusOf(el, 'F02')).to.match(/^Completed/);
      expect(trialEl(el, 'F02')!.querySelector('[part="newer"]')).not.to.equal(null);
      // An unknown registry word is never shown as recruiting.
      expect(statusOf(el, 'F03')).to.match(/check the registry/i);
      expect(statusOf(el, 'F03')).not.to.match(/recruiting/i);
      expect(shadow(el).querySelector('[data-group="unknown"] [data-trial="F03"]')).not.to.equal(
        null,
      );
      await expect(el).to.be.accessible();
    });

    it('drops invalid entries one by one with one warning each and shows the rest', async () => {
      const warnings = captureWarnings();
      try {
        const { el, detail } = await listWithFeed(`${FIX}/feed/partly-invalid.json`);
        expect(detail).to.deep.equal({ result: 'loaded', count: 2, dropped: 3 });
        expect(trialIds(el)).to.have.members(['F01', 'F02']);
        const skipped = warnings.messages.filter((m) => m.includes('skipping entry'));
        expect(skipped).to.have.length(3);
        expect(skipped.some((m) => m.includes('entry 1') && m.includes('summary'))).to.equal(true);
        expect(skipped.some((m) => m.includes('entry 3') && m.includes('statusChecked'))).to.equal(
          true,
        );
      } finally {
        warnings.restore();
      }
    });

    const failures: [string, string][] = [
      ['an HTTP 500', 'error-500.json'],
      ['an answer that is not JSON', 'not-json.json'],
      ['JSON of the wrong type (an array)', 'wrong-type.json'],
      ['a missing file', 'missing.json'],
    ];
    for (const [label, file] of failures) {
      it(`falls back to the bundled list with a note on ${label}`, async () => {
        const warnings = captureWarnings();
        try {
          const { el, detail } = await listWithFeed(`${FIX}/feed/${file}`);
          expect(detail.result).to.equal('failed');
          expect(trialIds(el)).to.have.members(bundled.map((t) => t.id));
          expect(textOf(el, '[part="feed-note"]')).to.contain('could not update');
          expect(warnings.messages.some((m) => m.includes(file))).to.equal(true);
        } finally {
          warnings.restore();
        }
      });
    }

    it('warns once and waits 8 s for a timeout that is not a number', async () => {
      const warnings = captureWarnings();
      try {
        await listWithFeed(`${FIX}/feed/valid.json`, { timeout: 'soon' });
        expect(warnings.messages.filter((m) => m.includes('timeout="soon"'))).to.have.length(1);
        expect(warnings.messages.some((m) => m.includes('8000 ms'))).to.equal(true);
      } finally {
        warnings.restore();
      }
    });

    it('gives up after the timeout and keeps the bundled list', async () => {
      const warnings = captureWarnings();
      try {
        const { el, detail } = await listWithFeed(`${FIX}/feed/slow.json`, { timeout: '200' });
        expect(detail.result).to.equal('failed');
        expect(trialIds(el)).to.have.members(bundled.map((t) => t.id));
        expect(textOf(el, '[part="feed-note"]')).to.contain('could not update');
        expect(warnings.messages.some((m) => m.includes('200 ms'))).to.equal(true);
      } finally {
        warnings.restore();
      }
    });

    it('refuses a feed that is not https: (no request) and keeps the bundled list', async () => {
      const spy = spyOnFetch();
      const warnings = captureWarnings();
      try {
        const { el, detail } = await listWithFeed('http://example.invalid/trials.json');
        expect(detail.result).to.equal('failed');
        expect(trialIds(el)).to.have.length(bundled.length);
      } finally {
        spy.restore();
        warnings.restore();
      }
      expect(spy.calls).to.deep.equal([]);
    });

    it('renders HTML in a feed as text', async () => {
      const { el } = await listWithFeed(`${FIX}/feed/hostile.json`);
      const node = trialEl(el, 'H01')!;
      expect(node.querySelector('.h')!.textContent).to.equal(
        '<img src=x onerror="window.__nbPwned=1">',
      );
      expect(node.querySelector('img, script, b')).to.equal(null);
      expect(renderedText(el)).to.contain('<script>');
      await aTimeout(50);
      expect((window as unknown as { __nbPwned?: number }).__nbPwned).to.equal(undefined);
    });

    it('links only https: registry hosts or the feed’s own site', async () => {
      const { el } = await listWithFeed(`${FIX}/feed/hostile.json`);
      const hrefs = links(trialEl(el, 'H01')!);
      expect(hrefs).to.deep.equal([`${location.origin}${FIX}/records/265974`]);
      const text = trialEl(el, 'H01')!.textContent!;
      // The IDs are still shown, as text.
      expect(text).to.contain('NCT03165292');
      expect(text).to.contain('ISRCTN12532102');
      expect(text).to.contain('2012-000072-42');
      expect(shadow(el).querySelector('a[href^="javascript"]')).to.equal(null);
    });
  });

  describe('which URLs are used', () => {
    it('links only https: registry records (or the feed’s own site)', () => {
      const ok = 'https://clinicaltrials.gov/study/NCT03165292';
      expect(safeRegistryLink(ok)).to.equal(ok);
      expect(safeRegistryLink('https://www.isrctn.com/ISRCTN12532102')).to.equal(
        'https://www.isrctn.com/ISRCTN12532102',
      );
      for (const bad of [
        'http://clinicaltrials.gov/study/NCT03165292',
        'https://clinicaltrials.gov:8443/study/NCT03165292',
        'https://user:secret@clinicaltrials.gov/study/NCT03165292',
        'https://clinicaltrials.gov.evil.example/study/NCT03165292',
        'https://evil.example/?u=https://clinicaltrials.gov/',
        'javascript:alert(1)',
        ' JAVASCRIPT:alert(1)',
        'data:text/html,<script>alert(1)</script>',
        '/study/NCT03165292',
        '',
        undefined,
      ])
        expect(safeRegistryLink(bad), String(bad)).to.equal(undefined);
      expect(safeRegistryLink('/records/1', 'https://feeds.example.org')).to.equal(
        'https://feeds.example.org/records/1',
      );
      expect(
        safeRegistryLink('https://feeds.example.org.evil/x', 'https://feeds.example.org'),
      ).to.equal(undefined);
    });

    it('fetches a feed only from https: or the page’s own site', () => {
      expect(safeUrl('https://www.example.org/trials.json')?.href).to.equal(
        'https://www.example.org/trials.json',
      );
      expect(safeUrl('/trials.json')?.origin).to.equal(location.origin);
      for (const bad of [
        'http://www.example.org/trials.json',
        'javascript:alert(1)',
        'data:application/json,{}',
        'https://user:pw@www.example.org/trials.json',
        'ftp://www.example.org/trials.json',
      ])
        expect(safeUrl(bad), bad).to.equal(undefined);
    });

    it('reads live-status-endpoint as a base URL and asks for the two API v2 fields', () => {
      expect(resolveLiveEndpoint(null)).to.equal(DEFAULT_LIVE_ENDPOINT);
      expect(resolveLiveEndpoint('  ')).to.equal(DEFAULT_LIVE_ENDPOINT);
      expect(resolveLiveEndpoint('https://www.example.org/ctgov/')).to.equal(
        'https://www.example.org/ctgov',
      );
      for (const bad of [
        'http://www.example.org/ctgov',
        'https://www.example.org/ctgov?x=1',
        'https://www.example.org/ctgov#x',
        'javascript:alert(1)',
      ])
        expect(resolveLiveEndpoint(bad), bad).to.equal(undefined);
      expect(studyUrl('https://clinicaltrials.gov', 'NCT03165292')).to.equal(
        'https://clinicaltrials.gov/api/v2/studies/NCT03165292?fields=protocolSection.statusModule.overallStatus%2CprotocolSection.statusModule.lastUpdatePostDateStruct',
      );
    });
  });

  describe('live-status', () => {
    it('shows ClinicalTrials.gov’s status and update date; trials without an NCT ID keep theirs', async () => {
      const spy = spyOnFetch();
      let el: NbTrialList;
      try {
        el = await list({ 'live-status': '', 'live-status-endpoint': `${FIX}/ctgov-ok` });
        await waitUntil(
          () => renderedText(el).includes('Status from ClinicalTrials.gov'),
          'no live status shown',
          LOOKUP_WAIT,
        );
      } finally {
        spy.restore();
      }
      const withNct = bundled.filter((t) =>
        t.registryIds.some((r) => r.registry === 'ClinicalTrials.gov'),
      );
      expect(spy.calls).to.have.length(withNct.length);
      for (const url of spy.calls) {
        expect(url).to.match(
          /\/__fixtures\/trials\/ctgov-ok\/api\/v2\/studies\/NCT\d{8}\?fields=protocolSection\.statusModule\.overallStatus%2CprotocolSection\.statusModule\.lastUpdatePostDateStruct$/,
        );
      }
      expect(spy.maxRunning).to.be.at.most(3);
      // BEACON-Neuroblastoma (NCT02308527): COMPLETED on the stand-in registry.
      const beacon = bundled.find((t) => t.registryIds.some((r) => r.id === 'NCT02308527'))!;
      expect(statusOf(el, beacon.id)).to.equal(
        'Completed Status from ClinicalTrials.gov, checked 29 Nov 2026. The record was last changed on 20 Jan 2025.',
      );
      // No NCT ID, or unknown to the registry: the bundled status and its checked date stay.
      for (const trial of bundled.filter((t) => !withNct.includes(t)))
        expect(statusOf(el, trial.id)).to.match(/checked/i);
    });

    it('a live answer replaces the “may have changed” warning with today’s date', async () => {
      // VERITAS (NCT03165292) reads RECRUITING on the stand-in; BEACON-Neuroblastoma
      // (NCT02308527) COMPLETED. Without the look-up, BEACON's "closed" is over six months old.
      const beacon = bundled.find((t) => t.registryIds.some((r) => r.id === 'NCT02308527'))!;
      const veritas = bundled.find((t) => t.registryIds.some((r) => r.id === 'NCT03165292'))!;
      const offline = await list();
      expect(statusOf(offline, beacon.id)).to.contain('This may have changed.');
      const el = await list({ 'live-status': '', 'live-status-endpoint': `${FIX}/ctgov-ok` });
      await waitUntil(
        () => statusOf(el, veritas.id).includes('Status from ClinicalTrials.gov'),
        'no live status shown',
        LOOKUP_WAIT,
      );
      for (const trial of [beacon, veritas]) {
        const status = statusOf(el, trial.id);
        expect(status, trial.id).to.contain('Status from ClinicalTrials.gov, checked 29 Nov 2026.');
        expect(status, trial.id).not.to.contain('may have changed');
        expect(status, trial.id).not.to.contain('when checked in');
      }
      // ICU writes September "Sep" or "Sept" in en-GB, depending on its version.
      expect(statusOf(el, veritas.id)).to.match(
        /^Recruiting Status from ClinicalTrials\.gov, checked 29 Nov 2026\. The record was last changed on 14 Sept? 2026\.$/,
      );
      // BEACON2 has no ClinicalTrials.gov record: its March 2025 status keeps its warning.
      const beacon2 = bundled.find((t) => t.name === 'BEACON2')!;
      expect(statusOf(el, beacon2.id)).to.contain('This may have changed.');
    });

    it('answers a second list on the page from the cache', async () => {
      const first = await list({ 'live-status': '', 'live-status-endpoint': `${FIX}/ctgov-ok` });
      await waitUntil(
        () => renderedText(first).includes('Status from ClinicalTrials.gov'),
        'no live status in the first list',
        LOOKUP_WAIT,
      );
      const spy = spyOnFetch();
      try {
        const second = await list({
          'live-status': '',
          'live-status-endpoint': `${FIX}/ctgov-ok`,
        });
        await waitUntil(
          () => renderedText(second).includes('Status from ClinicalTrials.gov'),
          'no live status in the second list',
          LOOKUP_WAIT,
        );
      } finally {
        spy.restore();
      }
      // Nothing is asked again: answers (and failures) are cached for the page.
      expect(spy.calls.some((u) => u.includes('NCT02308527'))).to.equal(false);
    });

    it('keeps every bundled status when the look-up fails', async () => {
      const spy = spyOnFetch();
      let el: NbTrialList;
      try {
        el = await list({ 'live-status': '', 'live-status-endpoint': `${FIX}/ctgov-down` });
        // Every look-up has answered (with an error) once nothing is running any more.
        await waitUntil(
          () => spy.calls.length > 0 && spy.running === 0,
          'the look-ups did not finish',
          LOOKUP_WAIT,
        );
        await el.updateComplete;
      } finally {
        spy.restore();
      }
      expect(renderedText(el)).not.to.contain('Status from ClinicalTrials.gov');
      for (const trial of bundled) expect(statusOf(el, trial.id)).to.match(/checked/i);
    });
  });

  describe('hostile input and hosts (#20)', () => {
    const requestLog = async (): Promise<string[]> =>
      ((await (await fetch(`${FIX}/requests`)).json()) as string[]).filter(
        (u) => !u.includes('/requests'),
      );
    /** A tag of this test's own, to find its requests in the log all browsers share. */
    const tag = () => `t${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
    const anyFunctionText = (el: NbTrialList) =>
      /native code|function/i.test(renderedText(el)) ||
      [...shadow(el).querySelectorAll<HTMLElement>('[data-status]')].some((s) =>
        /function|native/.test(s.dataset.status ?? ''),
      );
    const registryWord = /^Check the registry for the current status/;

    // D1
    for (const sort of ['status', 'name']) {
      it(`a feed status word naming an Object.prototype member reads "check the registry" (sort=${sort})`, async () => {
        const { el, detail } = await listWithFeed(`${FIX}/feed/proto-words.json`, { sort });
        expect(detail).to.deep.equal({ result: 'loaded', count: 7, dropped: 0 });
        expect(trialIds(el)).to.have.members(['P01', 'P02', 'P03', 'P04', 'P05', 'P06', 'P07']);
        expect(count(el)).to.equal('7 trials shown');
        for (const id of ['P01', 'P02', 'P03', 'P04', 'P05', 'P06'])
          expect(statusOf(el, id), id).to.match(registryWord);
        expect(statusOf(el, 'P07')).to.match(/^Recruiting/);
        expect(anyFunctionText(el)).to.equal(false);
        if (sort === 'status')
          expect(
            shadow(el).querySelectorAll('[data-group="unknown"] [part="trial"]'),
          ).to.have.length(6);
        expect(Object.prototype).not.to.have.own.property('recruiting');
      });
    }

    it('a live answer of "CONSTRUCTOR" reads "check the registry" and keeps every trial', async () => {
      const el = await list({ 'live-status': '', 'live-status-endpoint': `${FIX}/ctgov-proto` });
      const veritas = bundled.find((t) => t.registryIds.some((r) => r.id === 'NCT03165292'))!;
      await waitUntil(
        () => statusOf(el, veritas.id).includes('Status from ClinicalTrials.gov'),
        'no live status shown',
        LOOKUP_WAIT,
      );
      expect(trialIds(el)).to.have.members(bundled.map((t) => t.id));
      expect(count(el)).to.equal(`${bundled.length} trials shown`);
      expect(statusOf(el, veritas.id)).to.match(registryWord);
      expect(anyFunctionText(el)).to.equal(false);
      el.sort = 'name';
      await el.updateComplete;
      expect(trialIds(el)).to.have.length(bundled.length);
      expect(anyFunctionText(el)).to.equal(false);
    });

    // D16
    const otherHost = location.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
    const mark = tag();
    const badEndpoints = [
      `http://${otherHost}:${location.port}${FIX}/ctgov-ok~${mark}`,
      'javascript:alert(1)//',
      `${location.protocol}//user:pw@${location.host}${FIX}/ctgov-ok~${mark}`,
      'https://[not a host',
      '/\\evil.test/ctgov',
    ];
    for (const endpoint of badEndpoints) {
      it(`live-status-endpoint="${endpoint}" makes no look-up at all (one warning)`, async () => {
        const spy = spyOnFetch();
        const warnings = captureWarnings();
        try {
          const el = await list({ 'live-status': '', 'live-status-endpoint': endpoint });
          await el.updateComplete;
          // Long enough for the look-up code to load and ask, had it been going to.
          await aTimeout(500);
          await el.updateComplete;
          expect(spy.calls, spy.calls.join('\n')).to.deep.equal([]);
          expect((await requestLog()).filter((u) => u.includes(mark))).to.deep.equal([]);
          const mine = warnings.messages.filter((m) => m.includes('live-status-endpoint'));
          expect(mine, warnings.messages.join('\n')).to.have.length(1);
          expect(mine[0]).to.contain('<nb-trial-list>');
          expect(mine[0]).to.contain('no live look-up');
          expect(renderedText(el)).not.to.contain('Status from ClinicalTrials.gov');
        } finally {
          spy.restore();
          warnings.restore();
        }
      });
    }

    it('never reads a backslash or protocol-relative src or endpoint as the page’s own site', () => {
      const base = 'https://charity.example/trials/page.html';
      for (const bad of ['/\\evil.test/feed.json', '\\/evil.test/feed.json', '//evil.test/f.json'])
        expect(safeUrl(bad, { base }), bad).to.equal(undefined);
      expect(safeUrl('/feed.json', { base })?.href).to.equal('https://charity.example/feed.json');
      expect(resolveLiveEndpoint('/\\evil.test/ctgov', base)).to.equal(undefined);
      expect(resolveLiveEndpoint('https://user:pw@charity.example/ctgov', base)).to.equal(
        undefined,
      );
      expect(resolveLiveEndpoint('/ctgov', base)).to.equal('https://charity.example/ctgov');
      expect(safeRegistryLink('/\\evil.test/record', 'https://charity.example')).to.equal(
        undefined,
      );
    });

    // D5
    for (const file of ['redirect-cross.json', 'redirect-cross-301.json']) {
      it(`refuses a feed that redirects to another origin (${file}) and keeps the built-in list`, async () => {
        const warnings = captureWarnings();
        try {
          const { el, detail } = await listWithFeed(`${FIX}/feed/${file}`);
          expect(detail.result).to.equal('failed');
          expect(trialIds(el)).to.have.members(bundled.map((t) => t.id));
          expect(textOf(el, '[part="feed-note"]')).to.contain('could not update');
          const mine = warnings.messages.filter((m) => m.includes(file));
          expect(mine, warnings.messages.join('\n')).to.have.length(1);
          expect(mine[0]).to.contain('redirects to another site');
        } finally {
          warnings.restore();
        }
      });
    }

    it('follows a redirect on the feed’s own origin', async () => {
      const { el, detail } = await listWithFeed(`${FIX}/feed/redirect-same.json`);
      expect(detail).to.deep.equal({ result: 'loaded', count: 3, dropped: 0 });
      expect(trialIds(el)).to.have.members(['F01', 'F02', 'F03']);
    });

    // D7
    it('falls back to the built-in list with one warning when every feed entry is invalid', async () => {
      const warnings = captureWarnings();
      try {
        const { el, detail } = await listWithFeed(`${FIX}/feed/all-invalid.json`);
        expect(detail.result).to.equal('failed');
        expect(trialIds(el)).to.have.members(bundled.map((t) => t.id));
        expect(count(el)).to.equal(`${bundled.length} trials shown`);
        const mine = warnings.messages.filter((m) => m.includes('all-invalid.json'));
        expect(mine, warnings.messages.join('\n')).to.have.length(1);
        expect(mine[0]).to.contain('none of its 3 entries is valid');
      } finally {
        warnings.restore();
      }
    });

    it('honours an explicitly empty feed', async () => {
      const warnings = captureWarnings();
      try {
        const { el, detail } = await listWithFeed(`${FIX}/feed/empty.json`);
        expect(detail).to.deep.equal({ result: 'loaded', count: 0, dropped: 0 });
        expect(trialIds(el)).to.deep.equal([]);
        expect(count(el)).to.equal('0 trials shown');
        expect(textOf(el, '.empty')).to.equal('No trials in this list match that choice.');
        expect(warnings.messages.filter((m) => m.includes('empty.json'))).to.deep.equal([]);
      } finally {
        warnings.restore();
      }
    });

    // D15
    it('says a feed with more than 200 entries has too many', async () => {
      const warnings = captureWarnings();
      try {
        const { el, detail } = await listWithFeed(`${FIX}/feed/too-many.json`);
        expect(detail.result).to.equal('failed');
        expect(trialIds(el)).to.have.members(bundled.map((t) => t.id));
        const mine = warnings.messages.filter((m) => m.includes('too-many.json'));
        expect(mine, warnings.messages.join('\n')).to.have.length(1);
        expect(mine[0]).to.contain('201 entries; at most 200 are allowed');
        expect(mine[0]).not.to.contain('expected an object');
      } finally {
        warnings.restore();
      }
    });

    // D10
    it('treats an impossible check date in a feed as no date', async () => {
      const { el } = await listWithFeed(`${FIX}/feed/bad-dates.json`);
      for (const id of ['D01', 'D02']) {
        expect(statusOf(el, id), id).to.equal('Check the registry for the current status');
        expect(trialEl(el, id)!.closest('[data-group]')!.getAttribute('data-group')).to.equal(
          'unknown',
        );
      }
      expect(statusOf(el, 'D03')).to.equal('Recruiting Status checked 31 Oct 2026');
      expect(renderedText(el)).not.to.match(/3 Mar 2025|1900/);
    });

    it('drops an impossible live update date, keeping the source line', async () => {
      const el = await list({ 'live-status': '', 'live-status-endpoint': `${FIX}/ctgov-baddate` });
      const beacon = bundled.find((t) => t.registryIds.some((r) => r.id === 'NCT02308527'))!;
      await waitUntil(
        () => statusOf(el, beacon.id).includes('Status from ClinicalTrials.gov'),
        'no live status shown',
        LOOKUP_WAIT,
      );
      expect(statusOf(el, beacon.id)).to.equal(
        'Completed Status from ClinicalTrials.gov, checked 29 Nov 2026.',
      );
      expect(renderedText(el)).not.to.contain('2033');
    });

    // D9
    it('asks a failing endpoint once per ID however often the list is moved', async () => {
      const [a, b] = [await fixture(html`<div></div>`), await fixture(html`<div></div>`)];
      const endpoint = `${FIX}/ctgov-500~${tag()}`;
      const spy = spyOnFetch();
      try {
        const el = document.createElement('nb-trial-list');
        el.now = () => new Date(NOW);
        el.setAttribute('live-status', '');
        el.setAttribute('live-status-endpoint', endpoint);
        a.append(el);
        await waitUntil(
          () => spy.calls.length > 0 && spy.running === 0,
          'the first look-ups did not finish',
          LOOKUP_WAIT,
        );
        for (let i = 0; i < 20; i++) {
          (i % 2 ? a : b).append(el);
          await el.updateComplete;
          await aTimeout(20);
          await waitUntil(() => spy.running === 0, 'a look-up did not finish', LOOKUP_WAIT);
        }
      } finally {
        spy.restore();
      }
      const asked = (await requestLog()).filter((u) => u.includes(`${endpoint}/`));
      const perId = new Map<string, number>();
      for (const u of asked) {
        const id = /NCT\d{8}/.exec(u)![0];
        perId.set(id, (perId.get(id) ?? 0) + 1);
      }
      expect(perId.size).to.be.greaterThan(0);
      for (const [id, n] of perId) expect(n, id).to.equal(1);
    });

    it('cancels its look-ups when it leaves the page', async () => {
      const original = window.fetch;
      const signals: AbortSignal[] = [];
      window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
        if (init?.signal) signals.push(init.signal);
        return original(input, init);
      };
      try {
        const el = await list({ 'live-status': '', 'live-status-endpoint': `${FIX}/ctgov-slow` });
        await waitUntil(() => signals.length > 0, 'no look-up started', LOOKUP_WAIT);
        el.remove();
        expect(signals.every((s) => s.aborted)).to.equal(true);
      } finally {
        window.fetch = original;
      }
    });
  });

  describe('locale and direction', () => {
    it('renders inside lang="es" (English until translated) with lang on its root', async () => {
      const el = await list({}, { lang: 'es' });
      await untilLocale(el, 'es');
      expect(shadow(el).querySelector('[part="list"]')!.getAttribute('lang')).to.equal('es');
      expect(trialIds(el)).to.have.length(bundled.length);
      expect(textOf(el, '[part="locale-note"]')).not.to.equal('');
      await expect(el).to.be.accessible();
    });

    it('lays out right-to-left with dir="rtl"', async () => {
      const el = await list({ dir: 'rtl' });
      const box = shadow(el).querySelector<HTMLElement>('[part="list"]')!;
      expect(box.getAttribute('dir')).to.equal('rtl');
      expect(getComputedStyle(box).direction).to.equal('rtl');
      const trial = shadow(el).querySelector<HTMLElement>('[part="trial"]')!;
      expect(getComputedStyle(trial).borderRightWidth).to.equal('6px');
      await expect(el).to.be.accessible();
    });

    it('fits 320 px without horizontal overflow', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 320px"></div>`);
      const el = document.createElement('nb-trial-list');
      wrapper.append(el);
      await el.updateComplete;
      const box = shadow(el).querySelector<HTMLElement>('[part="list"]')!;
      expect(box.scrollWidth).to.be.at.most(box.clientWidth);
    });
  });
});
