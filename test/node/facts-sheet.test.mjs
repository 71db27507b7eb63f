// The repository's fact sheet against the spec it is generated from. The spec lives beside the
// repository (shared/source/), which a plain clone does not have: then this comparison is
// skipped and says so; everything else in `npm test` reads only the committed facts/ files.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { specDir } from '../../scripts/content/lib/facts-parse.mjs';
import { copiedRuns } from '../../scripts/content/lib/fingerprint.mjs';
import { expectedFiles } from '../../scripts/content/facts-sync.mjs';

const committed = (name) => readFileSync(new URL(`../../facts/${name}`, import.meta.url), 'utf8');
const dir = specDir();
const absent =
  'no shared/source/facts.md beside the repository: the comparison with the spec is skipped';

test(
  'facts/fact-sheet.json has every ID, origin and anchor of the spec',
  { skip: !dir && absent },
  () => {
    const want = JSON.parse(expectedFiles(dir)['fact-sheet.json']);
    const have = JSON.parse(committed('fact-sheet.json'));
    const summary = (s) => s.facts.map((f) => [f.id, f.must, f.origins, f.anchors]);
    assert.deepEqual(summary(have), summary(want));
    assert.deepEqual(have, want, 'run node scripts/content/facts-sync.mjs');
  },
);

test('facts/source-fingerprint.json matches the source page', { skip: !dir && absent }, () => {
  assert.equal(committed('source-fingerprint.json'), expectedFiles(dir)['source-fingerprint.json']);
});

test('the committed fingerprint finds a copied run and passes our own words', () => {
  const { hashes, words } = JSON.parse(committed('source-fingerprint.json'));
  assert.equal(words, 8);
  assert.ok(hashes.length > 300, `${hashes.length} hashes`);
  assert.ok(
    copiedRuns('Targeted cancer drugs work by targeting the differences in cancer cells.', hashes)
      .length > 0,
  );
  assert.deepEqual(copiedRuns('Targeted drugs act on how cancer cells differ.', hashes), []);
});

test('the committed sheet has the S, D, T, G and H facts', () => {
  const { facts } = JSON.parse(committed('fact-sheet.json'));
  const count = (p) => facts.filter((f) => f.id.startsWith(p)).length;
  assert.deepEqual(['S', 'D', 'T', 'G', 'H'].map(count), [21, 21, 9, 8, 3]);
});
