// The shared bad-input suite must be able to fail: run its checks over an element that takes bad
// values wrongly and expect each fault reported.
import { expect } from '@open-wc/testing';
import { badInputProblems, coverageProblems } from './a11y/bad-input.js';
import { make, type A11yEntry } from './a11y/elements.js';
import './a11y/fixtures/bad-attributes.js';

const entry: A11yEntry = {
  tag: 'nb-bad-attributes',
  define: () => Promise.resolve(),
  fixtures: [{ name: 'plain', create: () => make('nb-bad-attributes') }],
  badInput: {
    twice: [{ value: 'two', fallback: null }],
    sticky: [{ value: 'glue', fallback: null }],
    quiet: [{ value: 'hush', fallback: null }],
    loud: [{ value: 'shout', fallback: null }],
    ghost: [{ value: 'boo', fallback: null }],
  },
};

describe('the bad-input suite fails an element that takes bad values wrongly', () => {
  it('an attribute parsed without a case, and a case for an attribute nothing parses', () => {
    expect(coverageProblems(entry)).to.deep.equal([
      'extra: parsed by <nb-bad-attributes> but has no bad-input case',
      'ghost: has bad-input cases but <nb-bad-attributes> parses no such attribute',
    ]);
  });

  it('two warnings for one value', async () => {
    const [problem] = await badInputProblems(entry, 'twice', { value: 'two', fallback: null });
    expect(problem).to.match(/^expected one warning naming <nb-bad-attributes>, twice, two; got/);
  });

  it('no warning at all', async () => {
    expect(await badInputProblems(entry, 'quiet', { value: 'hush', fallback: null })).to.deep.equal(
      ['expected one warning naming <nb-bad-attributes>, quiet, hush; got []'],
    );
  });

  it('a warning, but no fallback', async () => {
    expect(
      await badInputProblems(entry, 'sticky', { value: 'glue', fallback: null }),
    ).to.deep.equal(['renders other than with no sticky']);
  });

  it('a warning on every copy, not once per page', async () => {
    expect(await badInputProblems(entry, 'loud', { value: 'shout', fallback: null })).to.deep.equal(
      ['a second copy warned again: ["<nb-bad-attributes>: ignoring loud=\\"shout\\""]'],
    );
  });

  it('a fallback check that fails', async () => {
    expect(
      await badInputProblems(entry, 'sticky', {
        value: 'paste',
        fallback: (el) => expect(el.shadowRoot!.textContent).to.not.include('paste'),
      }),
    ).to.have.length(1);
  });
});
