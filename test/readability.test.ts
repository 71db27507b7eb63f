import { expect } from '@open-wc/testing';
import { html } from 'lit';
import {
  BUDGET,
  BUDGETS,
  budgetProblems,
  flatten,
  measure,
  measureWidget,
  sentencesOf,
  syllables,
  wordsOf,
} from '../scripts/content/readability-lib.mjs';
import { glossary, glossarySpellings } from '../src/content/glossary.js';

describe('readability measures (scripts/content/readability-lib.mjs)', () => {
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

  describe('budgets per widget', () => {
    const plain = 'The cat sat on the mat. It was a sunny day.';
    const sixteen = 'The cat sat on the mat by the door of the old red barn in town.';
    const hard =
      'Pharmacological administration of investigational immunomodulatory combinations necessitates comprehensive interdisciplinary evaluation.';

    it('the strict budget fails on one sentence over 15 words, the mean budget does not', () => {
      expect(wordsOf(sixteen)).to.have.length(16);
      const texts = [plain, sixteen, plain, plain];
      expect(budgetProblems(measure(texts, []), BUDGETS.strict)).to.deep.equal([
        `a sentence has 16 words (limit 15): "${sixteen}"`,
      ]);
      expect(budgetProblems(measure(texts, []), BUDGETS.mean)).to.deep.equal([]);
      expect(budgetProblems(measure([plain], []), BUDGETS.strict)).to.deep.equal([]);
    });

    it('both budgets fail on a too-hard sentence, naming its grade', () => {
      for (const budget of [BUDGETS.strict, BUDGETS.mean]) {
        const problems = budgetProblems(measure([hard], []), budget);
        expect(problems).to.have.length(1);
        expect(problems[0]).to.match(/^grade \d+\.\d is above 6$/);
      }
    });

    it('one hard pop-up fails the pop-ups, even when the others pull the average down', () => {
      const texts = [...Array<string>(12).fill(plain), hard];
      const together = measureWidget(texts, [], BUDGETS.strict);
      expect(together.problems).to.deep.equal([]);
      const each = measureWidget(texts, [], BUDGETS.strict, {
        each: true,
        labels: [...texts.slice(1).map((_, i) => `plain-${i}`), 'hard-one'],
      });
      expect(each.worst).to.equal('hard-one');
      expect(each.grade).to.be.above(6);
      expect(each.problems).to.have.length(1);
      expect(each.problems[0]).to.match(/^hard-one: grade /);
    });
  });

  describe('the glossary as shipped', () => {
    const excluded = [...new Set(glossary.flatMap((e) => glossarySpellings(e)))].sort(
      (a, b) => b.length - a.length,
    );

    it('every definition (a pop-up on its own) is at grade ≤ 6 with no sentence over 15 words', () => {
      const result = measureWidget(
        glossary.map((e) => e.definition()),
        excluded,
        BUDGETS.strict,
        { each: true, labels: glossary.map((e) => e.key) },
      );
      expect(result.problems).to.deep.equal([]);
    });

    it('leaves out the jargon the fact sheet names, unless explained', () => {
      const jargon =
        /\b(VEGF|GD2|MDM2|p53|topoisomerase|alkylating|Aurora A kinase|BCL-2|ALK|TRK|ROS1)\b/;
      const found = glossary
        .filter((e) => jargon.test(e.definition()))
        .map((e) => `${e.key}: ${e.definition()}`);
      expect(found).to.deep.equal([]);
    });
  });
});
