// The CDN builds ship without @lit/localize's id hashing: every msg() call must name its id, and
// the build fails on one that does not.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { msgCallsWithoutId, msgIdsOnly } from '../../scripts/build/rollup-msg-ids.mjs';

const head = "import { msg, str } from '@lit/localize';\n";

test('msg() with a literal id passes; without one, or with a computed id, is found', () => {
  assert.deepEqual(
    msgCallsWithoutId(`${head}msg('Hi', { id: 'a.hi' }); msg(str\`Hi \${x}\`, { id: 'a.x' });`),
    [],
  );
  assert.equal(msgCallsWithoutId(`${head}msg('Hi');`).length, 1);
  assert.equal(msgCallsWithoutId(`${head}msg('Hi', { desc: 'x' });`).length, 1);
  assert.equal(msgCallsWithoutId(`${head}const k = 'a'; msg('Hi', { id: k });`).length, 1);
  assert.equal(msgCallsWithoutId(`${head}msg('Hi', { ['id']: 'a' });`).length, 1);
  // A renamed import is still msg(); another module's msg() is not.
  assert.equal(msgCallsWithoutId("import { msg as m } from '@lit/localize';\nm('Hi');").length, 1);
  assert.deepEqual(msgCallsWithoutId("import { msg } from './other.js';\nmsg('Hi');"), []);
});

test('the plugin fails the build on a call without an id and stands in for the id hashing', () => {
  const plugin = msgIdsOnly();
  const errors = [];
  const context = { error: (message) => errors.push(message) };
  plugin.transform.call(context, `${head}msg('Hi');`, '/repo/src/content/x.ts');
  assert.equal(errors.length, 1);
  assert.match(errors[0], /msg\(\) without a literal `id`/);
  assert.equal(
    plugin.transform.call(context, `${head}msg('Hi');`, '/repo/node_modules/x.js'),
    null,
  );

  const runtime = '/repo/node_modules/@lit/localize/internal/runtime-msg.js';
  const id = plugin.resolveId('./id-generation.js', runtime);
  assert.ok(id);
  assert.equal(plugin.resolveId('./id-generation.js', '/repo/src/x.js'), null);
  assert.match(plugin.load(id), /throw new Error/);
});
