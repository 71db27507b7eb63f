import { expect } from '@open-wc/testing';
import { html } from 'lit';
import {
  BUDGET,
  flatten,
  measure,
  sentencesOf,
  syllables,
  wordsOf,
} from '../scripts/readability-lib.mjs';

describe('readability measures (scripts/readability-lib.mjs)', () => {
  it('counts syllables the usual way', () => {
    expect(syllables('cat')).to.equal(1);
    expect(syllables('treatment')).to.equal(2);
    expect(syllables('radiotherapy')).to.be.at.least(4);
    expect(syllables('0808')).to.equal(1);
  });

  it('flattens lit templates to text, ending list items as sentences', () => {
    const text = flatten(
      html`<p>It depends on:</p>
        <ul>
          <li>where it is</li>
          <li>the <b>risk</b> group</li>
        </ul>`,
    );
    expect(sentencesOf(text)).to.deep.equal(['It depends on:', 'where it is.', 'the risk group.']);
  });

  it('splits words without punctuation', () => {
    expect(wordsOf('Your child’s doctor (a specialist), 131I-mIBG.')).to.deep.equal([
      'Your',
      "child's",
      'doctor',
      'a',
      'specialist',
      '131I-mIBG',
    ]);
  });

  it('passes plain text and fails dense text against the budget', () => {
    const plain = measure(['The cat sat on the mat. It was a sunny day.'], []);
    expect(plain.grade).to.be.below(BUDGET.grade);
    const dense = measure(
      [
        'Pharmacological administration of investigational immunomodulatory combinations necessitates comprehensive interdisciplinary evaluation.',
      ],
      [],
    );
    expect(dense.grade).to.be.above(BUDGET.grade);
  });

  it('leaves glossary terms out of the syllable count only', () => {
    const text = ['Doctors may give topotecan with cyclophosphamide.'];
    const counted = measure(text, []);
    const excluded = measure(text, ['topotecan', 'cyclophosphamide']);
    expect(excluded.words).to.equal(counted.words);
    expect(excluded.grade).to.be.below(counted.grade);
  });
});
