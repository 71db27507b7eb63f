// What the embed tests expect of each element. Every tag in dist/custom-elements.json needs an
// entry here (test/embed/coverage.test.mjs fails naming any tag without one), so a new element is tested
// on the CDN, strict-CSP, hostile-CSS, double-load, npm-pack, React and Vue pages.
//
//   tag       the custom element name
//   snippet   the HTML a partner pastes (with its light-DOM fallback): used by the plain pages
//   text      strings that must be visible in the element's rendered shadow DOM (not fallback)
//   inline    true for elements that sit inside a sentence (no block layout checks)
//   partnerText  true for wrappers of the partner's own light-DOM text (styled by the host page)
//   framework optional, for the React and Vue pages (rendered from tag + this, not the snippet):
//     attributes  string attributes
//     properties  values set as DOM properties (functions, objects): proves React 19 and Vue
//                 pass properties, not just attributes
//     children    light-DOM HTML inside the element
//     text        extra strings visible only when the properties arrived
//     event       { name, click } or { name, select, value }: the page listens for `name`
//                 through the framework's own syntax; the runner clicks the `click` selector
//                 inside the element, or picks `value` in the `select` selector's <select>
//
// Entries may be added before their element lands: tags not in the build are skipped.
// Keep expectations stable: English, no clock-dependent text unless the `now` property fixes it.

/** A Monday, 10:00 in London (GMT): the default helpline hours are Mo-Fr 09:00-17:00. */
const MONDAY_MORNING = '2026-01-05T10:00:00Z';

/**
 * @typedef {object} ElementExpectation
 * @property {string} tag
 * @property {string} snippet
 * @property {string[]} text
 * @property {boolean} [inline]
 * @property {boolean} [partnerText]
 * @property {{ attributes?: Record<string, string>, properties?: Record<string, unknown>,
 *   children?: string, text?: string[],
 *   event?: { name: string, click?: string, select?: string, value?: string } }} [framework]
 */

/** @type {ElementExpectation[]} */
export const elements = [
  {
    tag: 'nb-helpline-banner',
    snippet: `<nb-helpline-banner dismissible>
  <p>Cancer Research UK nurses: <a href="tel:+448088004040">0808 800 4040</a> (Freephone).</p>
</nb-helpline-banner>`,
    text: ['Cancer Research UK nurses', 'Call 0808 800 4040', 'Freephone'],
    framework: {
      attributes: { dismissible: '' },
      properties: {
        now: () => new Date(MONDAY_MORNING),
        readerTimeZone: 'Europe/London',
      },
      children: '<p>Cancer Research UK nurses: 0808 800 4040 (Freephone).</p>',
      text: ['Usually open now, until 5 pm UK time'],
      event: { name: 'nb-dismiss', click: '[part~="dismiss"]' },
    },
  },
  {
    tag: 'nb-drug-term',
    snippet: `<p>
  Some children have
  <nb-drug-term term="dinutuximab-beta">dinutuximab beta</nb-drug-term>, a type of immunotherapy.
</p>`,
    // The slotted word is the visible text; the definition appears only when opened.
    text: ['dinutuximab beta'],
    inline: true,
    framework: {
      attributes: { term: 'dinutuximab-beta' },
      children: 'dinutuximab beta',
      event: { name: 'nb-term-open', click: 'button' },
    },
  },
  {
    tag: 'nb-glossary',
    snippet: `<nb-glossary terms="topotecan isotretinoin">
  <p><a href="https://www.cancerresearchuk.org/about-cancer/childrens-cancer/neuroblastoma">About neuroblastoma</a> (Cancer Research UK).</p>
</nb-glossary>`,
    text: ['topotecan', 'isotretinoin', 'vitamin A'],
    framework: { attributes: { terms: 'topotecan isotretinoin' } },
  },
  {
    tag: 'nb-glossary-scope',
    snippet: `<nb-glossary-scope>
  <p>Some children have topotecan with cyclophosphamide.</p>
</nb-glossary-scope>`,
    // Flattened text: the partner's words, with the terms' buttons slotted in place.
    text: ['Some children have', 'topotecan', 'cyclophosphamide'],
    partnerText: true,
    framework: { children: '<p>Some children have topotecan with cyclophosphamide.</p>' },
  },
  {
    tag: 'nb-treatment-card',
    snippet: `<nb-treatment-card collapsed>
  <p>
    Read about <a href="https://www.cancerresearchuk.org/about-cancer/childrens-cancer/neuroblastoma">treatment for neuroblastoma</a>,
    or call the Cancer Research UK nurses on <a href="tel:+448088004040">0808 800 4040</a>.
  </p>
</nb-treatment-card>`,
    text: [
      'Treatment when neuroblastoma has come back or not gone away',
      'What relapsed and refractory mean',
      'Treatment options',
    ],
    framework: {
      // A boolean property: React 19 would set `collapsed = ''` (false) from an attribute value.
      properties: { collapsed: true },
      event: { name: 'nb-section-toggle', click: 'summary' },
    },
  },
  {
    tag: 'nb-trial-list',
    snippet: `<nb-trial-list>
  <p>
    <a href="https://www.cancerresearchuk.org/about-cancer/find-a-clinical-trial">Search for clinical trials</a>
  </p>
</nb-trial-list>`,
    text: ['Clinical trials', 'BEACON2', 'Status checked'],
    framework: {
      event: { name: 'nb-trial-filter', select: 'select#filter', value: 'closed' },
    },
  },
];
