// node --test test/node/ — proves npm run locale:check fails on each kind of broken translation
// (fixtures in test/fixtures/locale-check/, checked against the tiny project beside them) and
// passes on the repository, and that sign-off hashes catch English changed after review.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { checkLocales } from '../../scripts/locale/lib/check-locales.mjs';
import {
  extractSourceUnits,
  parseXliff,
  readProject,
  repoRoot,
} from '../../scripts/locale/lib/xliff.mjs';
import { transforms } from '../../scripts/locale/pseudo-locales.mjs';

const fixtures = join(repoRoot, 'test/fixtures/locale-check');
const project = join(fixtures, 'project');
const script = (name) => join(repoRoot, 'scripts', 'locale', name);
/** Runs a script as a child process; resolves { status, stdout, stderr } (never rejects). */
const run = (name, args) =>
  new Promise((done) =>
    execFile('node', [script(name), ...args], { cwd: repoRoot }, (error, stdout, stderr) =>
      done({ status: error ? (error.code ?? 1) : 0, stdout, stderr }),
    ),
  );
/** Signs off locale "xx" of the fixture project copied to `dir` (`reviewer` omitted: none given). */
const runSignOff = (dir, reviewer) =>
  run('sign-off.mjs', [
    'xx',
    ...(reviewer ? ['--reviewer', reviewer] : []),
    '--root',
    project,
    '--dir',
    dir,
  ]);

let sourceUnits;
let scratch;
before(() => {
  // Extract the fixture project's English once; every in-process check below reuses it.
  scratch = mkdtempSync(join(tmpdir(), 'nb-locale-check-'));
  const extracted = extractSourceUnits(readProject(project));
  assert.equal(extracted.error, undefined);
  sourceUnits = extracted.units;
  assert.deepEqual([...sourceUnits.keys()].sort(), ['fx.call', 'fx.hello', 'fx.link', 'fx.range']);
});
after(() => rmSync(scratch, { recursive: true, force: true }));

const check = async (dir) => checkLocales({ root: project, dir, sourceUnits });

describe('locale:check on fixtures', () => {
  test('a correct, complete, unreviewed locale passes and reports its coverage and states', async () => {
    const { problems, report, locales } = await check(join(fixtures, 'ok'));
    assert.deepEqual(problems, []);
    assert.ok(
      report.includes(
        'locale xx: 4/4 units translated (100.0 %), status complete, served, not yet reviewed',
      ),
      report.join('\n'),
    );
    assert.ok(
      report.includes(
        '  xx states: 0 translated, 4 needs review, 0 identical to English, 0 missing',
      ),
    );
    assert.equal(locales.xx.served, true);
  });

  test('a target marked translated that is the English text fails, unless listed sameAsEnglish', async () => {
    const broken = await check(join(fixtures, 'broken-translated-identical'));
    assert.equal(broken.problems.length, 1, broken.problems.join('\n'));
    assert.match(
      broken.problems[0],
      /unit fx\.hello: marked state="translated" but the target is the English text/,
    );
    assert.deepEqual(broken.locales.xx.byState.identical, ['fx.hello']);
    assert.ok(broken.report.includes('  xx identical to English (not translated yet): fx.hello'));

    const listed = await check(join(fixtures, 'same-as-english-listed'));
    assert.deepEqual(listed.problems, []);
    assert.deepEqual(listed.locales.xx.byState.translated, ['fx.hello']);
    assert.equal(listed.locales.xx.counts.identical, 0);
  });

  const broken = {
    'broken-placeholder-count':
      /fx\.range: placeholder count differs \(English has 2.*translation has 1/,
    'broken-placeholder-name': /fx\.call: placeholder names differ .*0=\$\{phone\}/,
    'broken-unknown-id': /fx\.goodbye: unknown or stale ID/,
    'broken-stale-source': /fx\.hello: the English source is out of date/,
    'broken-missing-unit': /fx\.link: missing from the file/,
    'broken-empty-translated': /fx\.hello: empty target marked state="translated"/,
    'broken-invalid-xml': /xx\.xlf: invalid XML: line 12:\d+: <target> is not closed/,
    'broken-incomplete':
      /xx is listed complete but only 75\.0 % is translated \(1 unit\(s\) without a translation: 1 missing, 0 identical to English: fx\.link\)/,
    'broken-same-as-english-unknown': /sameAsEnglish lists "fx\.nope", which is not a unit/,
    'signed-off-english-changed':
      /xx is listed reviewed but 1 unit\(s\) need review again \(fx\.hello: the English changed since sign-off\)/,
    'signed-off-translation-changed': /fx\.hello: the translation changed since sign-off/,
  };
  for (const [name, expected] of Object.entries(broken)) {
    test(`${name} fails with exactly that problem`, async () => {
      const { problems } = await check(join(fixtures, name));
      assert.equal(problems.length, 1, problems.join('\n'));
      assert.match(problems[0], expected);
    });
  }

  test('a signed-off locale whose English and translations are unchanged passes', async () => {
    const { problems, report } = await check(join(fixtures, 'signed-off-current'));
    assert.deepEqual(problems, []);
    assert.ok(report.some((line) => line.includes('reviewed by Dr Example Reviewer')));
  });

  test('English changed since sign-off: reported as needing review again, not a failure while unreviewed', async () => {
    const { problems, report } = await check(
      join(fixtures, 'signed-off-english-changed-unreviewed'),
    );
    assert.deepEqual(problems, []);
    assert.ok(
      report.includes('  needs review again: xx fx.hello: the English changed since sign-off'),
    );
  });
});

describe('reading XLIFF (xmldom, the XML library lit-localize uses)', () => {
  const unit = (target) =>
    `<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">\n<file target-language="xx" source-language="en-GB" original="lit-localize-inputs" datatype="plaintext">\n<body>\n<trans-unit id="fx.hello">\n  <source>Hello</source>\n  ${target}\n</trans-unit>\n</body>\n</file>\n</xliff>\n`;
  test('a well-formed file gives its units, states and target language', () => {
    const parsed = parseXliff(unit('<target state="translated">Xhello</target>'));
    assert.deepEqual(parsed.errors, []);
    assert.equal(parsed.targetLanguage, 'xx');
    assert.deepEqual(
      parsed.units.map((u) => [u.id, u.state, u.targetXml]),
      [['fx.hello', 'translated', 'Xhello']],
    );
  });
  const broken = {
    // xmldom words a short unclosed element as an "unclosed xml attribute"; the place is right.
    'a misspelt close tag': ['<target>Xhello</targt>', /^line 7:3: /],
    'a close tag left out': ['<target>Xhello', /^line 7:3: /],
    'an undefined entity': ['<target>X&hello;</target>', /^line 7:\d+: entity not found:&hello;/],
    'a repeated attribute': [
      '<target state="a" state="b">X</target>',
      /^line 7:\d+: Attribute state redefined/,
    ],
    'an unquoted attribute': ['<target state=new>X</target>', /^line 7:\d+: .*missed quot/],
  };
  for (const [name, [target, expected]] of Object.entries(broken))
    test(`${name} is an XML error and gives no units`, () => {
      const parsed = parseXliff(unit(target));
      assert.match(parsed.errors[0] ?? '', expected);
      assert.deepEqual(parsed.units, []);
    });
});

// The child processes run side by side (each has its own temporary folder).
describe('locale:check and locale:sign-off from the command line', { concurrency: true }, () => {
  test('the CLI exits 1 on a broken fixture and names the problem', async () => {
    const r = await run('check.mjs', [
      '--root',
      project,
      '--dir',
      join(fixtures, 'broken-placeholder-name'),
    ]);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /locale:check failed \(1\)/);
    assert.match(r.stderr, /placeholder names differ/);
  });

  test('the repository’s translations pass, and a deliberately broken copy of es.xlf fails', async () => {
    const repo = readProject(repoRoot);
    const extracted = extractSourceUnits(repo);
    assert.equal(extracted.error, undefined);
    const dir = join(scratch, 'repo-locales');
    cpSync(join(repoRoot, 'locales'), dir, { recursive: true });
    const repoCheck = async () =>
      checkLocales({ root: repoRoot, dir, sourceUnits: extracted.units });
    const clean = await repoCheck();
    assert.deepEqual(clean.problems, []);
    assert.ok(clean.report.some((line) => /^locale es: \d+\/\d+ units translated/.test(line)));

    const file = join(dir, 'es.xlf');
    const text = readFileSync(file, 'utf8');
    // Rename the first placeholder inside a translation, as a careless edit would.
    const broken = text.replace(
      /(<target[^>]*>[^<]*<x id="\d+" equiv-text=")\$\{[^}]+\}/,
      '$1${oops}',
    );
    assert.notEqual(broken, text, 'es.xlf has no translated placeholder to break');
    writeFileSync(file, broken);
    assert.match(
      (await repoCheck()).problems.join('\n'),
      /es\.xlf unit [\w.-]+: placeholder names differ .*\$\{oops\}/,
    );
  });

  test('sign-off records hashes; a later change to a translation needs review again', async () => {
    const dir = join(scratch, 'sign-off');
    cpSync(join(fixtures, 'ok'), dir, { recursive: true });
    const r = await runSignOff(dir, 'Dr Test');
    assert.equal(r.status, 0, r.stderr);
    const registry = JSON.parse(readFileSync(join(dir, 'locales.json'), 'utf8'));
    assert.equal(registry.locales.xx.reviewed, true);
    assert.equal(registry.locales.xx.status, 'complete');
    assert.equal(registry.locales.xx.reviewer, 'Dr Test');
    const signOff = JSON.parse(readFileSync(join(dir, 'sign-off/xx.json'), 'utf8'));
    assert.deepEqual(Object.keys(signOff.units).sort(), [
      'fx.call',
      'fx.hello',
      'fx.link',
      'fx.range',
    ]);
    assert.match(signOff.units['fx.hello'].source, /^[0-9a-f]{64}$/);
    assert.deepEqual((await check(dir)).problems, []);
    const xlf = join(dir, 'xx.xlf');
    writeFileSync(xlf, readFileSync(xlf, 'utf8').replace('>Xhello<', '>Xhi<'));
    assert.match(
      (await check(dir)).problems.join('\n'),
      /fx\.hello: the translation changed since sign-off/,
    );
  });

  test('sign-off refuses an incomplete locale and a missing reviewer', async () => {
    const dir = join(scratch, 'sign-off-incomplete');
    cpSync(join(fixtures, 'broken-incomplete'), dir, { recursive: true });
    let r = await runSignOff(dir, 'Dr Test');
    assert.equal(r.status, 1);
    assert.match(r.stderr, /fx\.link: not translated/);
    r = await runSignOff(dir);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /--reviewer/);
  });
});

describe('pseudo-locales', () => {
  test('en-XA accents every letter, brackets nothing itself, and is about 40 % longer', () => {
    const english = 'Usually open now, until the nurses go home';
    const pseudo = transforms.accented(english);
    assert.doesNotMatch(pseudo, /[A-Za-z]/);
    const letters = (s) => s.replace(/[^\p{L}]/gu, '').length;
    const growth = letters(pseudo) / letters(english);
    assert.ok(growth >= 1.35 && growth <= 1.45, `grew by ${growth}`);
    assert.equal(pseudo.split(' ').length, english.split(' ').length, 'words stay breakable');
  });

  test('ar-XB wraps each run in RIGHT-TO-LEFT OVERRIDE … POP DIRECTIONAL FORMATTING', () => {
    assert.equal(transforms.mirrored(' Call now '), ' \u202ECall now\u202C ');
    assert.equal(transforms.mirrored('  '), '  ');
  });
});
