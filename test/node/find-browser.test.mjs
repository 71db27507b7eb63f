// node --test test/node/ — when the browser tests run in WebKit (scripts/test/find-browser.mjs,
// webkitForTests, read by web-test-runner.config.mjs): always when WebKitGTK is installed; left
// out with one line saying how to install it where it is missing or NB_WEBKIT=0; never left out
// with CI set.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { onCI, webkitForTests } from '../../scripts/test/find-browser.mjs';

const paths = { driver: '/usr/bin/WebKitWebDriver', browser: '/usr/lib/MiniBrowser' };
const installed = () => paths;
const missing = () => undefined;
const install = 'apt-get install webkit2gtk-driver xvfb xauth';

test('WebKit runs wherever WebKitGTK is installed, on CI or not', () => {
  assert.deepEqual(webkitForTests({}, installed), { webkit: paths });
  assert.deepEqual(webkitForTests({ CI: 'true' }, installed), { webkit: paths });
  assert.deepEqual(webkitForTests({ NB_WEBKIT: '1' }, installed), { webkit: paths });
});

test('without WebKitGTK it is left out with one line saying how to install it', () => {
  const { leftOut, webkit, error } = webkitForTests({}, missing);
  assert.equal(webkit, undefined);
  assert.equal(error, undefined);
  assert.match(leftOut, /^WebKit left out of the browser tests/);
  assert.ok(leftOut.includes(install), leftOut);
  assert.doesNotMatch(leftOut, /\n/, 'one line');
});

test('with CI set a missing WebKit stops the run, with the install hint', () => {
  for (const CI of ['true', '1', 'yes']) {
    const { error, leftOut } = webkitForTests({ CI }, missing);
    assert.equal(leftOut, undefined);
    assert.match(error, /WebKit is required on CI/);
    assert.ok(error.includes(install), error);
  }
  assert.ok(webkitForTests({ CI: 'false' }, missing).leftOut, 'CI=false is not CI');
  assert.equal(onCI({ CI: '0' }), false);
  assert.equal(onCI({}), false);
});

test('NB_WEBKIT=0 leaves it out locally, never on CI', () => {
  assert.deepEqual(webkitForTests({ NB_WEBKIT: '0' }, installed), {
    leftOut: 'WebKit left out of the browser tests (NB_WEBKIT=0).',
  });
  assert.match(
    webkitForTests({ NB_WEBKIT: '0', CI: 'true' }, installed).error,
    /NB_WEBKIT=0 is not allowed with CI set/,
  );
});
