// scripts/content/readability.mjs end to end: it bundles a content module, prints one row per widget and
// exits 1 when the glossary, a pop-up or the trial list is over its budget. The content here is
// a small stand-in module with the same exports as src/content/index.ts (`--entry`).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';

const dir = mkdtempSync(join(tmpdir(), 'nb-readability-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const PLAIN = 'The cat sat on the mat. It was a sunny day.';
const HARD =
  'Pharmacological administration of investigational immunomodulatory combinations necessitates comprehensive interdisciplinary evaluation.';
const SIXTEEN =
  'This study looked at the new drug for children whose cancer had come back once again.';

/** Writes a content module whose glossary definitions and trial-list prose are given. */
function content(name, { definitions = [PLAIN, PLAIN], trialProse = PLAIN } = {}) {
  const file = join(dir, `${name}.mjs`);
  const texts = { treatment: PLAIN, trials: trialProse, helpline: PLAIN, citations: PLAIN };
  writeFileSync(
    file,
    `const texts = ${JSON.stringify(texts)};
export const allContentUnits = () =>
  Object.entries(texts).map(([module, text]) => ({
    id: module + '.x',
    facts: [],
    module,
    section: module,
    body: true,
    render: () => text,
  }));
export const glossary = ${JSON.stringify(definitions)}.map((text, i) => ({
  key: 'term-' + (i + 1),
  name: () => 'term ' + (i + 1),
  definition: () => text,
}));
export const glossarySpellings = (e) => [e.key, e.name()];
export const trials = [{ name: 'VERITAS' }];
`,
  );
  return file;
}

const run = (entry) =>
  spawnSync(process.execPath, ['scripts/content/readability.mjs', '--entry', entry], {
    encoding: 'utf8',
  });

test('plain content passes and the table has a row per widget', () => {
  const r = run(content('plain'));
  assert.equal(r.status, 0, r.stderr);
  for (const widget of ['card', 'trial list', 'glossary', 'pop-ups', 'banner', 'source footers'])
    assert.match(r.stdout, new RegExp(`^  ${widget} +\\d+ +\\d+\\.\\d +-?\\d+\\.\\d`, 'm'), widget);
  assert.match(r.stdout, /readability: ok/);
});

test('a too-hard glossary definition fails the glossary and names the pop-up', () => {
  const r = run(content('hard', { definitions: [PLAIN, PLAIN, PLAIN, PLAIN, HARD] }));
  assert.equal(r.status, 1);
  assert.match(r.stderr, /pop-ups: term-5: grade \d+\.\d is above 6/);
  assert.match(r.stderr, /readability: .*pop-ups.* over budget/);
  assert.match(r.stdout, /hardest in pop-ups: term-5/);
});

test('one trial-list sentence over 15 words fails the trial list', () => {
  const r = run(content('long', { trialProse: `${PLAIN} ${SIXTEEN}` }));
  assert.equal(r.status, 1);
  assert.match(r.stderr, /trial list: a sentence has 16 words \(limit 15\)/);
  assert.match(r.stderr, /readability: trial list over budget/);
});
