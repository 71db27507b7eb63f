// What a partner pastes into a page: the script tag (with its Subresource Integrity hash), the
// element with its attributes, and a fallback inside it that fits those attributes (a banner for
// another organisation falls back to that organisation's number, not Cancer Research UK's).
// Plain ESM with no imports, shared by the Storybook snippet builder and the stories' "Show
// code", `npm run release` (the example index.html) and the embed tests, so what the docs offer
// is exactly what the tests paste into a blank page.

/** Where the self-hosted files go in the guides (the folder dist/cdn/ is uploaded as). */
export const SELF_HOSTED_BASE = '/nb-widgets/';

/**
 * The CDN files a page can load: `split` loads languages and some code lazily, `bundle` is one
 * file, `autoloader` registers only the tags on the page; `elementFile(tag)` is one element's own
 * file (issue #18).
 */
export const FILES = {
  split: 'nb-widgets.js',
  bundle: 'nb-widgets.bundle.js',
  autoloader: 'autoloader.js',
};

/** The per-element CDN file of `tag` (that element and the ones it renders). */
export function elementFile(tag) {
  return `${tag}.js`;
}

/** The jsDelivr folder of a published version (works once that version is on npm). */
export function cdnBase(version) {
  return `https://cdn.jsdelivr.net/npm/nb-widgets@${version}/dist/cdn/`;
}

/** The source page the treatment card's fallback links to. */
export const SOURCE_URL =
  'https://www.cancerresearchuk.org/about-cancer/childrens-cancer/neuroblastoma/treatment-not-gone-away-come-back';
export const TRIALS_URL = 'https://www.cancerresearchuk.org/about-cancer/find-a-clinical-trial';
export const ABOUT_URL =
  'https://www.cancerresearchuk.org/about-cancer/childrens-cancer/neuroblastoma';

/** The Cancer Research UK nurses' line, as the banner shows it with no attributes (H01, H02). */
export const DEFAULT_HELPLINE = {
  org: 'Cancer Research UK nurses',
  number: '0808 800 4040',
  tel: '+448088004040',
};

/** Attributes each element's examples start from (the builder's first state, the tests' pages). */
export const EXAMPLE_ATTRIBUTES = {
  'nb-drug-term': { term: 'topotecan' },
};

/**
 * The example page of a release (index.html), in reading order: each element with the
 * attributes it shows. The embed tests open that page and expect each of these to render.
 */
export const PAGE_EXAMPLES = [
  { tag: 'nb-helpline-banner', title: 'Helpline banner', attributes: {} },
  {
    tag: 'nb-treatment-card',
    title: 'Treatment card',
    attributes: { 'heading-level': '3', collapsed: true },
  },
  { tag: 'nb-trial-list', title: 'Trial list', attributes: { 'heading-level': '3' } },
  { tag: 'nb-glossary-scope', title: 'Your own text, with explained words', attributes: {} },
  {
    tag: 'nb-drug-term',
    title: 'One explained word',
    attributes: EXAMPLE_ATTRIBUTES['nb-drug-term'],
  },
  {
    tag: 'nb-glossary',
    title: 'Glossary',
    attributes: { terms: 'topotecan cyclophosphamide temozolomide' },
  },
];

/** Text that is safe inside an element or a double-quoted attribute. */
export function escapeHtml(text) {
  return String(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/**
 * The `tel:` address of a number as written, the way <nb-helpline-banner> builds it: `+…` and
 * `00…` are international, a UK national number (`0…`) gets +44. Undefined when it is not a
 * phone number (the banner then falls back to the default line, and so does its fallback).
 */
export function telOf(number) {
  const text = String(number).trim();
  if (!/^\+?[\d\s().-]+$/.test(text)) return undefined;
  const digits = text.replace(/\D/g, '');
  if (digits.length < 3 || digits.length > 15) return undefined;
  if (text.startsWith('+')) return `+${digits}`;
  if (digits.startsWith('00')) return `+${digits.slice(2)}`;
  if (digits.startsWith('0')) return `+44${digits.slice(1)}`;
  return digits;
}

/**
 * The script tag, one attribute a line.
 * @param {{ base?: string, file?: string, integrity?: string }} options
 */
export function scriptTag({ base = SELF_HOSTED_BASE, file = FILES.split, integrity } = {}) {
  const lines = ['<script', '  type="module"', `  src="${escapeHtml(base + file)}"`];
  if (integrity) lines.push(`  integrity="${escapeHtml(integrity)}"`, '  crossorigin="anonymous"');
  return `${lines.join('\n')}\n></script>`;
}

const FALLBACK_NOTE =
  '<!-- Fallback: shown until the script loads, and whenever scripts are blocked -->';

/** A readable word for a glossary key when no label is given (`dinutuximab-beta` → "dinutuximab beta"). */
function wordOf(key) {
  return String(key ?? '').replace(/-/g, ' ');
}

/**
 * The light-DOM fallback for an element with these attributes, as lines of HTML (no indent).
 * `lang`: the widget's language; the English fallback then says it is English (`lang="en"`).
 * `termLabel`: the word <nb-drug-term> wraps, as written in the partner's text.
 */
export function fallbackLines(tag, attributes = {}, { lang, termLabel } = {}) {
  const en = lang && !/^en\b/i.test(lang) ? ' lang="en"' : '';
  switch (tag) {
    case 'nb-helpline-banner': {
      const custom = Boolean(attributes.org || attributes.number);
      if (!custom)
        return [
          `<p${en}>`,
          `  ${DEFAULT_HELPLINE.org}: <a href="tel:${DEFAULT_HELPLINE.tel}">${DEFAULT_HELPLINE.number}</a>`,
          '  (Freephone), Monday to Friday, 9am to 5pm UK time.',
          '</p>',
        ];
      // The banner's own rules: a number it cannot read falls back to the default line.
      const tel = attributes.number ? telOf(attributes.number) : undefined;
      const number = tel ? String(attributes.number).trim() : DEFAULT_HELPLINE.number;
      const org = attributes.org ? String(attributes.org).trim() : 'Helpline';
      return [
        `<p${en}>`,
        `  ${escapeHtml(org)}: <a href="tel:${escapeHtml(tel ?? DEFAULT_HELPLINE.tel)}">${escapeHtml(number)}</a>`,
        '</p>',
      ];
    }
    case 'nb-treatment-card':
      return [
        `<p${en}>`,
        `  Read <a href="${SOURCE_URL}">Cancer Research UK’s page on treatment for neuroblastoma that has not gone away or has come back</a>,`,
        `  or call the Cancer Research UK nurses free on <a href="tel:${DEFAULT_HELPLINE.tel}">${DEFAULT_HELPLINE.number}</a>,`,
        '  Monday to Friday, 9am to 5pm UK time.',
        '</p>',
      ];
    case 'nb-trial-list':
      return [
        `<p${en}>`,
        `  Find clinical trials on the <a href="${TRIALS_URL}">Cancer Research UK clinical trials database</a>.`,
        '</p>',
      ];
    case 'nb-glossary':
      return [
        `<p${en}>`,
        `  <a href="${ABOUT_URL}">About neuroblastoma</a> (Cancer Research UK).`,
        '</p>',
      ];
    case 'nb-glossary-scope':
      return [
        '<!-- Your own text, in your page’s language: known drug and medical words in it become explanations -->',
        '<p>Some children have topotecan with cyclophosphamide.</p>',
      ];
    case 'nb-drug-term':
      return [escapeHtml(termLabel ?? wordOf(attributes.term))];
    default:
      return [];
  }
}

/**
 * The element with its attributes and fallback. Attribute values: a string, or `true` for a
 * boolean attribute; `undefined`, `null`, `false` and `''` (except for `dismissible`, where the
 * empty value means "show a hide button") are left out.
 * @param {{ tag: string, attributes?: Record<string, string | boolean | null | undefined>,
 *   lang?: string, theme?: string, termLabel?: string }} options
 */
export function elementSnippet({ tag, attributes = {}, lang, theme, termLabel }) {
  const attrs = Object.entries({ ...attributes, ...(theme && theme !== 'light' ? { theme } : {}) })
    .filter(
      ([name, v]) =>
        v !== undefined && v !== null && v !== false && (v !== '' || name === 'dismissible'),
    )
    .map(([name, v]) => (v === true || v === '' ? name : `${name}="${escapeHtml(v)}"`));
  if (lang && !/^en(-GB)?$/i.test(lang)) attrs.push(`lang="${escapeHtml(lang)}"`);
  const open = `<${tag}${attrs.length ? ` ${attrs.join(' ')}` : ''}>`;
  const fallback = fallbackLines(tag, attributes, { lang, termLabel });
  if (tag === 'nb-drug-term')
    return [
      '<!-- Put this inside your own sentence; the word inside is shown if scripts are blocked -->',
      `${open}${fallback.join('')}</${tag}>`,
    ].join('\n');
  const note = tag === 'nb-glossary-scope' ? [] : [FALLBACK_NOTE];
  return [open, ...[...note, ...fallback].map((l) => `  ${l}`), `</${tag}>`].join('\n');
}

/**
 * Everything to paste: the script tag (once per page) and the element.
 * @param {{ tag: string, attributes?: Record<string, string | boolean | null | undefined>,
 *   lang?: string, theme?: string, termLabel?: string,
 *   base?: string, file?: string, integrity?: string }} options
 */
export function fullSnippet(options) {
  return `${scriptTag(options)}\n\n${elementSnippet(options)}\n`;
}
