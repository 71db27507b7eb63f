// The build drops the reviewer-only fields of the glossary references (title, supporting phrase)
// and keeps what the credits render (name, address, access date).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { stripReviewerNotes } from '../../scripts/build/rollup-strip-desc.mjs';

const file = new URL('../../src/content/glossary-references.ts', import.meta.url);
const source = readFileSync(file, 'utf8');
const strip = (code, id) => stripReviewerNotes().transform(code, id);

test('glossary-references.ts ships without titles and supporting phrases', () => {
  const out = strip(source, '/repo/src/content/glossary-references.ts').code;
  const refs = (source.match(/\bref\(\{/g) ?? []).length;
  assert.ok(refs >= 26, `${refs} references`);
  assert.equal((source.match(/^\s+supports:/gm) ?? []).length, refs);
  assert.doesNotMatch(out, /^\s+(supports|title):/m);
  assert.equal((out.match(/^\s+name:/gm) ?? []).length, refs);
  assert.equal((out.match(/^\s+url: 'https:\/\//gm) ?? []).length, refs);
  assert.match(out, /accessed: ACCESSED/);
});

test('other files are left alone', () => {
  assert.equal(strip("const x = { title: 'A' };", '/repo/src/content/trials.ts'), null);
});
