// The shared suite must be able to fail: run its checks over a deliberately inaccessible element
// and expect each specific problem to be reported.
import { expect, nextFrame } from '@open-wc/testing';
import type { Problem } from './a11y/checks.js';
import {
  axeProblems,
  headingProblems,
  hoverProblems,
  keyboardProblems,
  nameRoleProblems,
  targetSizeProblems,
} from './a11y/checks.js';
import { make } from './a11y/elements.js';
import { mounter } from './a11y/suite.js';
import './a11y/fixtures/bad-element.js';

const bad = mounter({ name: 'bad', create: () => make('a11y-bad-element') });
const lines = (problems: Problem[]) => problems.map((p) => `${p.check}: ${p.target} — ${p.detail}`);

describe('the accessibility suite fails an inaccessible element', () => {
  it('axe reports the unlabelled button and the faint text', async () => {
    const ids = (await axeProblems((await bad()).el)).map((p) => p.detail.split(':')[0]);
    expect(ids).to.include.members(['button-name', 'color-contrast']);
  });

  it('keyboard: the click-only <div> is unreachable, the button shows no focus, the select does nothing', async () => {
    const found = lines(await keyboardProblems(bad));
    expect(found).to.include.members([
      'keyboard: <div.fake> — not reachable with Tab',
      // A <select> is operated with the arrow keys (Enter and Space open its picker).
      'keyboard: <select> — ArrowDown does nothing',
    ]);
    expect(
      found.some((l) => l.startsWith('focus-visible: <button.icon> — no visible focus outline')),
    ).to.equal(true, found.join('\n'));
  });

  it('keyboard: a control in a closed <details> is out of reach, rightly, until it opens', async () => {
    const closed = lines(await keyboardProblems(bad));
    expect(closed.filter((l) => l.includes('div.hidden-fake'))).to.deep.equal([]);
    const opened = async () => {
      const stage = await bad();
      stage.el.shadowRoot!.querySelector('details')!.open = true;
      await nextFrame();
      return stage;
    };
    expect(lines(await keyboardProblems(opened))).to.include(
      'keyboard: <div.hidden-fake> — not reachable with Tab',
    );
  });

  it('hover: a tip shown only on :hover', async () => {
    expect(lines(hoverProblems((await bad()).el))).to.deep.equal([
      'hover: <a11y-bad-element> .wrap:hover .tip — :hover changes display with no :focus equivalent',
    ]);
  });

  it('target size: the standalone 16 px button, but not the link inside a sentence', async () => {
    const found = lines(targetSizeProblems((await bad()).el));
    expect(found).to.include('target-size: <button.icon> — 16×16 px, needs 24×24');
    expect(found.filter((l) => l.startsWith('target-size: <a>'))).to.deep.equal([]);
  });

  it('names and roles: a button with no name, a <div> not announced as a control, labels not in the name', async () => {
    const found = lines(nameRoleProblems((await bad()).el));
    expect(found).to.include.members([
      'name-role: <button.icon> — button has no accessible name',
      'name-role: <div.fake> — interactive but announced as "generic"',
      'name-role: <button> — name "Close" does not contain the visible label "Cancel booking"',
      // A select's visible label is its <label>, not the options it lists.
      'name-role: <select> — name "Order" does not contain the visible label "Sort"',
    ]);
  });

  it('headings: h2 then h4 skips a level; heading-level 3 is ignored', async () => {
    const { el } = await bad();
    expect(lines(headingProblems(el))).to.deep.equal(['headings: <h4> — jumps from level 2 to 4']);
    expect(lines(headingProblems(el, 3))).to.include(
      'headings: <h2> — level 2 with heading-level="3"',
    );
  });
});
