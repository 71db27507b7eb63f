// node --test test/node/ — when the browser tests run in WebKit (scripts/find-browser.mjs,
// webkitForTests, read by web-test-runner.config.mjs): opt-in with NB_WEBKIT=1 (five tests fail in
// WebKitGTK only, see ACCESSIBILITY.md); then left out with one line saying how to install it
// where it is missing, and never left out with CI set.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { onCI, webkitForTests } from '../../scripts/find-browser.mjs';

const paths = { driver: '/usr/bin/WebKitWebDriver', browser: '/usr/lib/MiniBrowser' };
const installed = () => paths;
const missing = () => undefined;
const install = 'apt-get install webkit2gtk-driver xvfb xauth';

test('WebKit is opt-in: without NB_WEBKIT=1 it is left out with one line, on CI or not', () => {
  for (const env of [{}, { CI: 'true' }, { NB_WEBKIT: '0' }])
    assert.deepEqual(webkitForTests(env, installed), {
      leftOut: 'WebKit left out of the browser tests (opt-in: NB_WEBKIT=1).',
    });
});

test('with NB_WEBKIT=1 WebKit runs wherever WebKitGTK is installed', () => {
  assert.deepEqual(webkitForTests({ NB_WEBKIT: '1' }, installed), { webkit: paths });
  assert.deepEqual(webkitForTests({ NB_WEBKIT: '1', CI: 'true' }, installed), { webkit: paths });
});

test('with NB_WEBKIT=1 but no WebKitGTK it is left out with one line saying how to install it', () => {
  const { leftOut, webkit, error } = webkitForTests({ NB_WEBKIT: '1' }, missing);
  assert.equal(webkit, undefined);
  assert.equal(error, undefined);
  assert.match(leftOut, /^WebKit left out of the browser tests/);
  assert.ok(leftOut.includes(install), leftOut);
  assert.doesNotMatch(leftOut, /\n/, 'one line');
});

test('with NB_WEBKIT=1 and CI set a missing WebKit stops the run, with the install hint', () => {
  for (const CI of ['true', '1', 'yes']) {
    const { error, leftOut } = webkitForTests({ NB_WEBKIT: '1', CI }, missing);
    assert.equal(leftOut, undefined);
    assert.match(error, /WebKit is required on CI/);
    assert.ok(error.includes(install), error);
  }
  assert.ok(webkitForTests({ NB_WEBKIT: '1', CI: 'false' }, missing).leftOut, 'CI=false is not CI');
  assert.equal(onCI({ CI: '0' }), false);
  assert.equal(onCI({}), false);
});
