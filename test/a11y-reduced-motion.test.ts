import { expect } from '@open-wc/testing';
import { reducedMotionProblems, useReducedMotion } from './a11y/checks.js';
import { a11yElements, make } from './a11y/elements.js';
import './a11y/fixtures/bad-element.js';
import { describeReducedMotion, mounter } from './a11y/suite.js';

for (const entry of a11yElements) describeReducedMotion(entry);

describe('the reduced-motion check fails an element that ignores it', () => {
  before(() => useReducedMotion());
  it('reports the spinning animation', async () => {
    const { el } = await mounter({ name: 'bad', create: () => make('a11y-bad-element') })();
    expect(reducedMotionProblems(el).map((p) => `${p.target} — ${p.detail}`)).to.deep.equal([
      '<span.spinner> — animation spin still runs',
    ]);
  });
});
