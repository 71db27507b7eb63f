// The 320 px part of the shared suite (reflow and text spacing), kept in its own file because
// WebKit's MiniBrowser window cannot be made narrower than 447 px: Chromium and Firefox run it.
import { expect } from '@open-wc/testing';
import { reflowProblems, textSpacingProblems, type Problem } from './a11y/checks.js';
import { a11yElements, make } from './a11y/elements.js';
import './a11y/fixtures/bad-element.js';
import { describeNarrow, mounter } from './a11y/suite.js';

for (const entry of a11yElements) describeNarrow(entry);

describe('the 320 px checks fail an inaccessible element', () => {
  const bad = mounter({ name: 'bad', create: () => make('a11y-bad-element') });
  const lines = (problems: Problem[]) =>
    problems.map((p) => `${p.check}: ${p.target} — ${p.detail}`);

  it('reflow: the 480 px box at 320 px', async () => {
    const found = lines(await reflowProblems(bad));
    expect(found.some((l) => l.startsWith('reflow: <div.wide> — sticks out'))).to.equal(
      true,
      found.join('\n'),
    );
  });

  it('text spacing: the fixed-size badge clips its text', async () => {
    const found = lines(await textSpacingProblems(bad));
    expect(found.some((l) => l.startsWith('text-spacing: <span.badge> — text cut off'))).to.equal(
      true,
      found.join('\n'),
    );
  });
});
