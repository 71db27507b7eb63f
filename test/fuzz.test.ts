/**
 * Property-based fuzzing (fast-check) of every element's attributes and of the outside data a
 * page can hand the trial list (feed entries, live answers), in the browser. Each case asserts:
 * no uncaught exception, some visible text, no warning repeated (at most one per bad value), no
 * link or element built from outside data (no javascript:/data: URLs, no script/img/iframe…),
 * `Object.prototype` unchanged, and no request without `src`/`live-status`.
 *
 * Fixed seed by default; `npm run fuzz` runs longer (NB_FUZZ_SEED, NB_FUZZ_RUNS). A failure
 * prints the seed, the path and how to replay it.
 */
import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../src/index.js';
import { parsedAttributes } from './a11y/attributes.js';
import { feedEntry } from './fixtures/feed-entry.mjs';
import { captureWarnings } from './helpers.js';

interface FuzzSettings {
  seed: number;
  runs: number;
}
/** Served by web-test-runner.config.mjs from NB_FUZZ_SEED / NB_FUZZ_RUNS (defaults 20261201, 40). */
const settings: FuzzSettings = await (await fetch('/__fuzz-settings.json')).json();

/** Values a careless partner or an attacker might write. */
const NASTY = [
  '',
  '   ',
  '\u00a0',
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:x',
  '//evil.test/x',
  '/\\evil.test/phish',
  'https://user:pw@evil.test/',
  'http://evil.test/',
  '<img src=x onerror=alert(1)>',
  '"><script>alert(1)</script>',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'prototype',
  '\u202e\u2066',
  '0',
  '-1',
  '7',
  '99999999999999999999',
  'NaN',
  'Infinity',
  'en',
  'es',
  'cy',
  'ar',
  'xx',
  'en-XA',
  'ar-XB',
  'zz-Latn-QQ',
  'Mo-Su 00:00-24:00',
  'Mo-Fr 09:00-17:00',
  'Mo-Fr 25:00-26:00',
  'Mo-Su 00:00-24:00; Sa off',
  '2025-02-31',
  '0000-01-01',
  '2026-12-25 2026-12-28',
  'england-and-wales',
  'scotland',
  'northern-ireland',
  'none',
  'remember',
  'dark',
  'auto',
  'light',
  'recruiting',
  'closed',
  'all',
  'name',
  'status',
  'topotecan',
  'dinutuximab beta',
  'high',
  'relapsed',
  'refractory',
  'helpline options trials sources',
  '0808 800 4040',
  '+44 808 800 4040',
  '999',
  'x'.repeat(5000),
];
const value = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
  {
    weight: 1,
    arbitrary: fc.array(fc.constantFrom(...NASTY), { maxLength: 6 }).map((a) => a.join(' ')),
  },
);

/** Every element and its attributes (trial list without `src`/`live-status`: no requests). */
const COMMON = [
  'theme',
  'reviewed-by',
  'reviewed-on',
  'review-due',
  'lang',
  'dir',
  'hidden',
  'class',
  'style',
];
/** Parsed, but left out here on purpose: `src` would make requests (the feed is fuzzed below). */
const NOT_FUZZED: Record<string, string[]> = { 'nb-trial-list': ['src'] };
const ELEMENTS: Record<string, string[]> = {
  'nb-treatment-card': [
    'risk-group',
    'situation',
    'heading-level',
    'sections',
    'collapsed',
    'trials-href',
    'feedback-href',
  ],
  'nb-trial-list': ['status', 'sort', 'heading-level', 'timeout', 'live-status-endpoint'],
  'nb-drug-term': ['term', 'glossary-href', 'open'],
  'nb-glossary': ['terms', 'heading-level'],
  'nb-glossary-scope': ['all-occurrences', 'glossary-href'],
  'nb-helpline-banner': ['org', 'number', 'hours', 'closed-dates', 'bank-holidays', 'dismissible'],
};
const ALLOWED_PROTOCOLS = new Set(['https:', 'http:', 'tel:', 'mailto:']);
const FORBIDDEN = 'script, iframe, img, object, embed, form, input, base, meta, link, frame';

/** Every node inside `el`, light DOM and every shadow root. */
function deepElements(root: Element | ShadowRoot, out: Element[] = []): Element[] {
  for (const el of root.querySelectorAll('*')) {
    out.push(el);
    if (el.shadowRoot) deepElements(el.shadowRoot, out);
  }
  if (root instanceof Element && root.shadowRoot) deepElements(root.shadowRoot, out);
  return out;
}

function visibleText(el: Element): string {
  const texts = [el.textContent ?? ''];
  for (const node of [el, ...deepElements(el)])
    if (node.shadowRoot) texts.push(node.shadowRoot.textContent ?? '');
  return texts.join(' ').replace(/\s+/g, ' ').trim();
}

const protoNames = () => Object.getOwnPropertyNames(Object.prototype).sort().join();

interface Outside {
  feed?: unknown;
  live?: unknown;
}

/** Cases run in this file, for the closing line. */
let cases = 0;

/** Renders one case and checks every invariant; throws with a readable message. */
async function check(tag: string, attrs: [string, string][], outside: Outside = {}): Promise<void> {
  cases++;
  const proto = protoNames();
  const requests: string[] = [];
  const errors: string[] = [];
  const onError = (e: ErrorEvent) => errors.push(String(e.message));
  const onRejection = (e: PromiseRejectionEvent) => errors.push(String(e.reason));
  const realFetch = window.fetch;
  window.fetch = async (input: RequestInfo | URL) => {
    const url = String(input instanceof Request ? input.url : input);
    requests.push(url);
    const body = url.includes('__fuzz/feed') ? outside.feed : outside.live;
    return new Response(JSON.stringify(body ?? null), {
      headers: { 'content-type': 'application/json' },
    });
  };
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  const warnings = captureWarnings();
  try {
    localStorage.clear();
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement(tag);
    if (tag === 'nb-glossary-scope' || tag === 'nb-drug-term')
      el.textContent = 'Topotecan and a clinical trial.';
    for (const [name, v] of attrs) el.setAttribute(name, v);
    wrapper.append(el);
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    for (let i = 0; i < 4; i++) await aTimeout(0);
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;

    expect(errors, 'uncaught errors').to.deep.equal([]);
    if (!el.hidden && !attrs.some(([n]) => n === 'hidden'))
      expect(visibleText(el), 'blank render').to.not.equal('');
    const repeated = warnings.messages.filter((m, i) => warnings.messages.indexOf(m) !== i);
    expect(repeated, 'a warning repeated').to.deep.equal([]);
    expect(warnings.messages.length, warnings.messages.join('\n')).to.be.at.most(attrs.length + 2);
    const all = deepElements(el);
    const forbidden = all.filter((n) => n.matches(FORBIDDEN)).map((n) => n.localName);
    expect(forbidden, 'elements from outside data').to.deep.equal([]);
    for (const node of all) {
      const href = node.getAttribute('href');
      if (href === null) continue;
      const url = new URL(href, document.baseURI);
      expect(ALLOWED_PROTOCOLS.has(url.protocol), `href ${href}`).to.equal(true);
      expect(url.username + url.password, `credentials in ${href}`).to.equal('');
      // The one URL policy: http: only on the page's own site (so no //host or /\host tricks).
      if (url.protocol === 'http:')
        expect(url.origin, `off-site http: ${href}`).to.equal(location.origin);
    }
    expect(protoNames(), 'Object.prototype changed').to.equal(proto);
    expect(({} as Record<string, unknown>)['polluted'], 'Object.prototype polluted').to.equal(
      undefined,
    );
    const optedIn = attrs.some(([n]) => n === 'src' || n === 'live-status');
    if (!optedIn) expect(requests, 'requests without opt-in').to.deep.equal([]);
    wrapper.remove();
  } finally {
    warnings.restore();
    window.fetch = realFetch;
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
}

async function run(
  name: string,
  property: fc.IAsyncProperty<[unknown]> | fc.IAsyncPropertyWithHooks<never>,
  share: number,
) {
  const numRuns = Math.max(1, Math.round(settings.runs * share));
  const result = await fc.check(property as fc.IAsyncProperty<unknown[]>, {
    seed: settings.seed,
    numRuns,
  });
  if (result.failed) {
    const replay = `replay: NB_FUZZ_SEED=${result.seed} npm run fuzz  (path "${result.counterexamplePath}")`;
    throw new Error(
      `${name}: ${fc.defaultReportMessage(result) ?? 'failed'}\nseed ${result.seed}; ${replay}`,
    );
  }
}

describe(`fuzz (seed ${settings.seed}, ${settings.runs} runs per property)`, function () {
  this.timeout(120_000);
  const started = performance.now();
  // One line in the run's output (browser logs): how many cases, which seed, how long.
  after(() => {
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`fuzz: ${cases} cases, seed ${settings.seed}, ${seconds} s`);
  });

  it('covers every attribute each element parses (its attribute table)', () => {
    for (const [tag, own] of Object.entries(ELEMENTS)) {
      const fuzzed = [...own, ...COMMON, ...(NOT_FUZZED[tag] ?? [])];
      expect(
        parsedAttributes(tag).filter((a) => !fuzzed.includes(a)),
        `<${tag}>`,
      ).to.deep.equal([]);
    }
  });

  for (const [tag, own] of Object.entries(ELEMENTS)) {
    it(`<${tag}>: any attributes`, async () => {
      const attrs = fc.uniqueArray(fc.tuple(fc.constantFrom(...own, ...COMMON), value), {
        maxLength: 6,
        selector: ([name]) => name,
      });
      await run(tag, fc.asyncProperty(attrs, (a) => check(tag, a)) as never, 1);
    });
  }

  /** A valid feed entry with some fields replaced by hostile values. */
  const base = feedEntry();
  const entry = fc
    .record(
      {
        id: value,
        name: value,
        summary: value,
        sponsor: value,
        phase: value,
        registryStatus: value,
        statusChecked: value,
        treatments: fc.array(value, { maxLength: 3 }),
        registryIds: fc.array(
          fc.record({ registry: value, id: value, url: value }, { requiredKeys: [] }),
          { maxLength: 2 },
        ),
      },
      { requiredKeys: [] },
    )
    .map((over) => ({ ...base, ...over }));
  const feed = fc.oneof(
    fc.record({ trials: fc.array(entry, { maxLength: 4 }) }),
    fc.constantFrom(
      null,
      [],
      'trials',
      { trials: null },
      JSON.parse('{"__proto__": {"polluted": 1}, "trials": []}'),
      JSON.parse('{"trials": [{"__proto__": {"polluted": 1}}]}'),
    ),
  );
  const live = fc.oneof(
    fc.record({
      studies: fc.array(
        fc.record({
          protocolSection: fc.record({
            identificationModule: fc.record({ nctId: fc.constantFrom('NCT03165292', '__proto__') }),
            statusModule: fc.record(
              { overallStatus: value, lastUpdatePostDateStruct: fc.record({ date: value }) },
              { requiredKeys: [] },
            ),
          }),
        }),
        { maxLength: 3 },
      ),
    }),
    fc.constantFrom(null, {}, JSON.parse('{"__proto__": {"polluted": 1}}')),
  );

  it('<nb-trial-list>: any feed and live answer (fetch stubbed, nothing leaves the page)', async () => {
    const attrs = fc.tuple(
      fc.constantFrom<[string, string][]>(
        [['src', '/__fuzz/feed.json']],
        [
          ['src', '/__fuzz/feed.json'],
          ['live-status', ''],
        ],
        [
          ['src', '/__fuzz/feed.json'],
          ['sort', 'name'],
        ],
      ),
      feed,
      live,
    );
    await run(
      'nb-trial-list feed',
      fc.asyncProperty(attrs, ([a, f, l]) =>
        check('nb-trial-list', a, { feed: f, live: l }),
      ) as never,
      1,
    );
  });
});
