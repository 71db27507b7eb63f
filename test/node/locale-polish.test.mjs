// node --test test/node/ — the path of a new translator, end to end, on a temporary copy of the
// project's locale files (the repository is never touched): npm run locale:add -- pl, translate
// a few units, read locale:check's report (states, counts, the plural forms Polish uses), see
// that pl is not served while in progress, then complete it and see it served.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import { writeRegistries } from '../../scripts/locale/gen-registry.mjs';
import { checkLocales } from '../../scripts/locale/lib/check-locales.mjs';
import { extractSourceUnits, readProject, repoRoot } from '../../scripts/locale/lib/xliff.mjs';

/** Runs a script on the temporary project; resolves { status, stdout, stderr }. */
const run = (name, args) =>
  new Promise((done) =>
    execFile(
      'node',
      [join(repoRoot, 'scripts', 'locale', name), ...args],
      { cwd: repoRoot },
      (error, stdout, stderr) => done({ status: error ? (error.code ?? 1) : 0, stdout, stderr }),
    ),
  );

let root;
let sourceUnits;
let added;
/** Units every language may leave in English (code names: locales.json "sameAsEnglish"). */
let same;
const xlf = () => join(root, 'locales', 'pl.xlf');
const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));
const check = async () => checkLocales({ root, dir: join(root, 'locales'), sourceUnits });
/** Problems about pl (the repository's own locales are checked by locale-check.test.mjs). */
const plProblems = (problems) => problems.filter((p) => /\bpl\b|pl\.xlf/.test(p));
const registryText = () => readFileSync(join(root, 'src/generated/locale-registry.ts'), 'utf8');
const served = (text) => /"pl": \{ dir:/.test(text) && text.includes(`"pl": () => import(`);

/** Rewrites pl.xlf: `edit(unit, doc)` for each trans-unit. */
function editUnits(edit) {
  const doc = new DOMParser().parseFromString(readFileSync(xlf(), 'utf8'), 'text/xml');
  for (const unit of Array.from(doc.getElementsByTagName('trans-unit'))) edit(unit, doc);
  writeFileSync(xlf(), new XMLSerializer().serializeToString(doc));
}
/** Sets a unit's target: text before the placeholders, the placeholders, text after. */
function setTarget(unit, doc, before, after = '', state = 'needs-review-translation') {
  const source = unit.getElementsByTagName('source')[0];
  const target = unit.getElementsByTagName('target')[0];
  while (target.firstChild) target.removeChild(target.firstChild);
  target.setAttribute('state', state);
  target.appendChild(doc.createTextNode(before));
  for (const x of Array.from(source.getElementsByTagName('x')))
    target.appendChild(x.cloneNode(true));
  if (after) target.appendChild(doc.createTextNode(after));
}

before(async () => {
  root = mkdtempSync(join(tmpdir(), 'nb-locale-pl-'));
  const config = readJson(join(repoRoot, 'lit-localize.json'));
  config.tsConfig = join(repoRoot, config.tsConfig); // the source stays the repository's
  writeFileSync(join(root, 'lit-localize.json'), JSON.stringify(config, null, 2));
  cpSync(join(repoRoot, 'locales'), join(root, 'locales'), { recursive: true });
  added = await run('add.mjs', ['pl', '--root', root]);
  const extracted = extractSourceUnits(readProject(root));
  assert.equal(extracted.error, undefined);
  sourceUnits = extracted.units;
  same = readJson(join(root, 'locales/locales.json')).sameAsEnglish.length;
  assert.ok(same > 0);
});
after(() => rmSync(root, { recursive: true, force: true }));

test('locale:add pl prints one summary line, not a warning per unit', () => {
  assert.equal(added.status, 0, added.stderr);
  const output = `${added.stdout}${added.stderr}`;
  assert.doesNotMatch(output, /missing, using canonical text/);
  const summary = added.stdout.trim().split('\n')[0];
  assert.match(
    summary,
    new RegExp(
      `^Added pl \\(Polski, left to right\\): ${sourceUnits.size} units in locales/pl\\.xlf, ${sourceUnits.size} pre-filled with the English and marked needs-review-translation; plural forms asked: one, few, many, other \\(not zero, two\\); status "in progress": not served`,
    ),
  );
  assert.equal(added.stdout.match(/\bpl\b.*\bunits?\b/g).length, 1, added.stdout);
  assert.deepEqual(readJson(join(root, 'lit-localize.json')).targetLocales, [
    'ar',
    'cy',
    'es',
    'pl',
  ]);
  assert.equal(readJson(join(root, 'locales/locales.json')).locales.pl.status, 'in progress');
});

test('pl.xlf: every target pre-filled with the English and marked for review; plural notes for Polish', async () => {
  const text = readFileSync(xlf(), 'utf8');
  const doc = new DOMParser().parseFromString(text, 'text/xml');
  const units = Array.from(doc.getElementsByTagName('trans-unit'));
  assert.equal(units.length, sourceUnits.size);
  const serial = new XMLSerializer();
  const inner = (el) =>
    Array.from(el.childNodes)
      .map((n) => serial.serializeToString(n))
      .join('');
  for (const unit of units) {
    const target = unit.getElementsByTagName('target')[0];
    assert.equal(target.getAttribute('state'), 'needs-review-translation', unit.getAttribute('id'));
    assert.equal(inner(target), inner(unit.getElementsByTagName('source')[0]));
  }
  const note = (id) =>
    units.find((u) => u.getAttribute('id') === id).getElementsByTagName('note')[1]?.textContent ??
    '';
  assert.match(note('trial-list.count.one'), /Polish \(pl\) uses the "one" form for 1\./);
  assert.match(note('trial-list.count.few'), /"few" form for 2–4, 22–24, 32–34/);
  assert.match(note('trial-list.count.many'), /"many" form for 0, 5–21, 25–31/);
  assert.match(note('trial-list.count.other'), /only fractions/);
  assert.match(note('trial-list.count.zero'), /never uses the "zero" form/);
  assert.match(note('trial-list.count.two'), /never uses the "two" form/);
  // The developers' note is still lit-localize's own, so the check sees it as current.
  assert.deepEqual(plProblems((await check()).problems), []);
});

test('the check reports every unit of the new pl (but code names) as identical to English, asks only Polish plural forms, and pl is not served', async () => {
  const { report, locales } = await check();
  const pl = locales.pl;
  const total = sourceUnits.size - 2; // zero and two are not asked
  assert.equal(pl.total, total);
  assert.deepEqual(pl.counts, {
    'needs-review': same,
    translated: 0,
    identical: total - same,
    missing: 0,
    'not-needed': 2,
  });
  assert.deepEqual(pl.plural.asked, ['one', 'few', 'many', 'other']);
  assert.deepEqual(pl.plural.notNeeded, ['zero', 'two']);
  assert.equal(pl.served, false);
  assert.ok(
    report.includes(
      `locale pl: ${same}/${total} units translated (${((100 * same) / total).toFixed(1)} %), status in progress, not served (English is shown), not yet reviewed`,
    ),
    report.join('\n'),
  );
  assert.ok(
    report.some((l) =>
      /^ {2}pl plural forms \(trial-list\.count\.\*\): asks one: 1 \| few: 2–4, 22–24, .* \| many: 0, 5–21, .* — not needed in pl: zero, two$/.test(
        l,
      ),
    ),
  );
  // The registry generated by locale:add leaves pl out of the served locales.
  const registry = registryText();
  assert.equal(served(registry), false);
  assert.match(registry, /localesInProgress: readonly string\[\] = \["pl"\]/);
});

test('a few units translated: the report counts them; one marked translated but left in English fails', async () => {
  const polish = {
    'trial-list.count.one': [' badanie'],
    'trial-list.count.few': [' badania'],
    'trial-list.count.many': [' badań'],
    'trial-list.count.other': [' badania'],
    'trial-list.phase': ['Faza'],
  };
  editUnits((unit, doc) => {
    const id = unit.getAttribute('id');
    if (polish[id])
      setTarget(unit, doc, ...(id === 'trial-list.phase' ? polish[id] : ['', polish[id][0]]));
    // Marked done by mistake, still English:
    if (id === 'trial-list.sponsor')
      unit.getElementsByTagName('target')[0].setAttribute('state', 'translated');
    // A translator's tool dropped two targets:
    if (id === 'trial-list.treatments' || id === 'trial-list.registry')
      unit.removeChild(unit.getElementsByTagName('target')[0]);
  });
  const { problems, locales } = await check();
  const total = sourceUnits.size - 2;
  assert.deepEqual(locales.pl.counts, {
    'needs-review': same + 5,
    translated: 0,
    identical: total - same - 7,
    missing: 2,
    'not-needed': 2,
  });
  assert.deepEqual(locales.pl.byState.missing, ['trial-list.registry', 'trial-list.treatments']);
  assert.ok(locales.pl.byState['needs-review'].includes('trial-list.count.few'));
  assert.ok(locales.pl.byState.identical.includes('trial-list.sponsor'));
  assert.deepEqual(plProblems(problems).length, 1, plProblems(problems).join('\n'));
  assert.match(
    plProblems(problems)[0],
    /pl\.xlf unit trial-list\.sponsor: marked state="translated" but the target is the English text/,
  );

  // locale:build sums lit-localize's warnings up: one line for pl, none per unit.
  const built = await run('build.mjs', ['--root', root]);
  assert.equal(built.status, 0, built.stderr);
  assert.doesNotMatch(`${built.stdout}${built.stderr}`, /using canonical text/);
  const plLines = built.stdout.split('\n').filter((l) => /^\s+pl:/.test(l));
  assert.deepEqual(plLines, [
    `  pl: ${same + 5}/${total} translated (${same + 5} needs review), ${total - same - 5} still shown in English, 2 without a <target> (lit-localize uses the English), in progress, not served`,
  ]);
  assert.equal(served(registryText()), false);
});

test('"serve": true opts an incomplete pl in; completing it serves it without the opt-in', async () => {
  const registryPath = join(root, 'locales/locales.json');
  const registry = readJson(registryPath);
  registry.locales.pl.serve = true;
  writeFileSync(registryPath, JSON.stringify(registry, null, 2));
  writeRegistries(root);
  assert.equal(served(registryText()), true);
  assert.match(registryText(), /"pl": \{ dir: "ltr", complete: false,/);

  // Translate everything that is still English or missing (not the zero/two forms).
  delete registry.locales.pl.serve;
  writeFileSync(registryPath, JSON.stringify(registry, null, 2));
  const { states } = (await check()).locales.pl;
  editUnits((unit, doc) => {
    const id = unit.getAttribute('id');
    if (!['identical', 'missing'].includes(states.get(id))) return;
    if (!unit.getElementsByTagName('target').length) {
      const target = doc.createElement('target');
      unit.insertBefore(target, unit.getElementsByTagName('source')[0].nextSibling);
    }
    setTarget(unit, doc, 'PL ');
  });
  let result = await check();
  assert.equal(result.locales.pl.complete, true);
  assert.deepEqual(plProblems(result.problems), []);
  assert.ok(
    result.report.includes(
      '  pl is fully translated: set "status": "complete" in locales.json to serve it',
    ),
  );
  writeRegistries(root);
  assert.equal(served(registryText()), false, 'still in progress until locales.json says so');

  registry.locales.pl.status = 'complete';
  writeFileSync(registryPath, JSON.stringify(registry, null, 2));
  result = await check();
  assert.deepEqual(plProblems(result.problems), []);
  assert.equal(result.locales.pl.served, true);
  writeRegistries(root);
  assert.equal(served(registryText()), true);
  assert.match(registryText(), /"pl": \{ dir: "ltr", complete: true,/);
  assert.match(registryText(), /localesInProgress: readonly string\[\] = \[\]/);
});
