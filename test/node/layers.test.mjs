// node --test test/node/ — the layer rule (`npm run lint:layers`, .dependency-cruiser.mjs) passes
// on src/ and fails, naming rule, importer and imported module, on each kind of backwards import
// planted in a temp copy of src/ (static, type-only and dynamic imports alike).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';

const repo = fileURLToPath(new URL('../../', import.meta.url));

/** `npm run lint:layers` in `cwd`; resolves { status, out } (never rejects). */
const lintLayers = (cwd) =>
  new Promise((done) =>
    execFile(
      join(repo, 'node_modules', '.bin', 'depcruise'),
      ['src', '--config', '.dependency-cruiser.mjs', '--output-type', 'err'],
      { cwd, env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' } },
      (error, stdout, stderr) =>
        done({ status: error ? (error.code ?? 1) : 0, out: `${stdout}\n${stderr}` }),
    ),
  );

/** Backwards imports to plant, each with the violation lines the rule must print for it. */
const PLANTED = {
  'src/internal/zz-reads-content.ts': [
    "import { glossary } from '../content/glossary.js';\nexport const count = glossary.length;\n",
    ['layer-internal: src/internal/zz-reads-content.ts → src/content/glossary.ts'],
  ],
  'src/internal/zz-loads-later.ts': [
    "export const load = () => import('../content/helpline.js');\n",
    ['layer-internal: src/internal/zz-loads-later.ts → src/content/helpline.ts'],
  ],
  'src/locale/zz-reads-content.ts': [
    "import { glossary } from '../content/glossary.js';\nexport const count = glossary.length;\n",
    ['layer-locale: src/locale/zz-reads-content.ts → src/content/glossary.ts'],
  ],
  'src/content/zz-types-from-shared.ts': [
    "import type { NbElement } from '../common/nb-element.js';\nexport type Host = NbElement;\n",
    ['layer-content: src/content/zz-types-from-shared.ts → src/common/nb-element.ts'],
  ],
  'src/common/zz-reads-element.ts': [
    "export { NbGlossary } from '../elements/nb-glossary/nb-glossary.js';\n",
    ['layer-common: src/common/zz-reads-element.ts → src/elements/nb-glossary/nb-glossary.ts'],
  ],
  'src/elements/nb-glossary/zz-reaches-in.ts': [
    [
      "import '../nb-drug-term/define.js';",
      "import { buildMatcher } from '../nb-glossary-scope/term-matcher.js';",
      "import { withLocale } from '../../locale/runtime.js';",
      "import { sourceLocale } from '../../generated/locale-registry.js';",
      'export const parts = [buildMatcher, withLocale, sourceLocale];',
      '',
    ].join('\n'),
    [
      'define-is-the-only-side-effect: src/elements/nb-glossary/zz-reaches-in.ts → src/elements/nb-drug-term/define.ts',
      'element-private: src/elements/nb-glossary/zz-reaches-in.ts → src/elements/nb-glossary-scope/term-matcher.ts',
      'locale-through-its-api: src/elements/nb-glossary/zz-reaches-in.ts → src/locale/runtime.ts',
      'locale-through-its-api: src/elements/nb-glossary/zz-reaches-in.ts → src/generated/locale-registry.ts',
      'layer-elements: src/elements/nb-glossary/zz-reaches-in.ts → src/generated/locale-registry.ts',
    ],
  ],
  // A cycle is one violation, reported from the first module of it (sorted by path).
  'src/internal/zz-ping.ts': [
    "import { pong } from './zz-pong.js';\nexport const ping = () => pong;\n",
    ['no-circular: src/internal/zz-ping.ts → src/internal/zz-pong.ts → src/internal/zz-ping.ts'],
  ],
  'src/internal/zz-pong.ts': [
    "import { ping } from './zz-ping.js';\nexport const pong = () => ping;\n",
    [],
  ],
};

let copy;
before(() => {
  copy = mkdtempSync(join(tmpdir(), 'nb-layers-'));
  for (const path of ['src', 'tsconfig.json', '.dependency-cruiser.mjs'])
    cpSync(join(repo, path), join(copy, path), { recursive: true });
  symlinkSync(join(repo, 'node_modules'), join(copy, 'node_modules'), 'dir');
  for (const [file, [source]] of Object.entries(PLANTED)) writeFileSync(join(copy, file), source);
});
after(() => rmSync(copy, { recursive: true, force: true }));

test('src/ has no backwards import', async () => {
  const { status, out } = await lintLayers(repo);
  assert.equal(status, 0, out);
  assert.match(out, /no dependency violations found/);
});

test('each kind of backwards import fails, naming the rule and both modules', async () => {
  const { status, out } = await lintLayers(copy);
  assert.notEqual(status, 0, out);
  // One violation per "error" line, with its indented continuation lines (a cycle's path).
  const found = [...out.matchAll(/^ {2}error (.+(?:\n {4,}.+)*)/gm)]
    .map((m) => m[1].replace(/\s+/g, ' ').trim())
    .sort();
  const expected = Object.values(PLANTED)
    .flatMap(([, lines]) => lines)
    .sort();
  assert.deepEqual(found, expected);
});
