import { expect } from '@open-wc/testing';
import { parseSectionList } from '../src/elements/nb-treatment-card/options.js';
import { headingLevelBelow, parseHeadingLevel } from '../src/internal/heading-level.js';
import { safeUrl } from '../src/internal/urls.js';

/** What the card's `trials-href` and `feedback-href` write: the one URL policy, resolved. */
const safeHref = (value: string) => safeUrl(value)?.href;

describe('<nb-treatment-card> attribute parsing', () => {
  it('accepts https: links and links on the page’s own site, resolved against the page', () => {
    const page = (path: string) => new URL(path, document.baseURI).href;
    const ok: [string, string][] = [
      ['https://charity.example/form', 'https://charity.example/form'],
      ['HTTPS://charity.example/', 'https://charity.example/'],
      ['  /feedback  ', page('/feedback')],
      ['form.html?from=card#top', page('form.html?from=card#top')],
      ['#help', page('#help')],
      [`${location.origin}/same-site`, page('/same-site')],
    ];
    for (const [input, expected] of ok) expect(safeHref(input), input).to.equal(expected);
    const refused = [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      '\u0001javascript:alert(1)',
      'http://charity.example/',
      'data:text/html,hi',
      'mailto:someone@example.org',
      '//evil.example/',
      '\\\\evil.example',
      // Backslash tricks: browsers read these as https://evil.test/phish.
      '/\\evil.test/phish',
      '\\/evil.test/phish',
      ' /\t/evil.test/phish',
      // Credentials, and http: on another site.
      'https://user:pw@charity.example/',
      'https://user@charity.example/',
      'http://user:pw@' + location.host + '/feedback',
      'https://',
      '',
      '   ',
    ];
    for (const input of refused) expect(safeHref(input), JSON.stringify(input)).to.equal(undefined);
  });

  it('reads heading levels 2 to 6 and nothing else', () => {
    expect([2, '3', ' 6 '].map(parseHeadingLevel)).to.deep.equal([2, 3, 6]);
    for (const bad of ['1', '7', '9', '2.5', 'h3', '', 'NaN', null, undefined])
      expect(parseHeadingLevel(bad), String(bad)).to.equal(undefined);
  });

  it('puts sub-headings one level down, never past h6', () => {
    expect([2, 5, 6].map((l) => headingLevelBelow(l, 1))).to.deep.equal([3, 6, 6]);
  });

  it('keeps known sections in card order and lists the unknown ones', () => {
    expect(
      parseSectionList(' sources  meaning oops meaning ', ['meaning', 'sources']),
    ).to.deep.equal({ ids: ['meaning', 'sources'], unknown: ['oops'] });
  });
});
