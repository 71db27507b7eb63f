// node --test test/node/ — the browser-test watchdog (scripts/test/lib/watchdog.mjs) against a fake
// runner (test/fixtures/watchdog/fake-runner.mjs): a run that stops printing is stopped after the
// limit, the message names the test file each browser was in and the last test it finished, and
// the whole process tree ends; a slow run that keeps printing, or keeps finishing tests or test
// files, is left alone; processes a runner leaves behind when it exits are ended.
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { Writable } from 'node:stream';
import { describe, test } from 'node:test';
import { setTimeout as delay } from 'node:timers/promises';
import { idleSeconds, runWatched } from '../../scripts/test/lib/watchdog.mjs';

// Generous against a busy machine: the idle clock starts when the fake runner is spawned, and
// starting Node alone can take a second or two when other work shares the cores.
const LIMIT_MS = 5000;
const fake = fileURLToPath(new URL('../fixtures/watchdog/fake-runner.mjs', import.meta.url));

/** A stream that keeps what is written to it. */
function collector() {
  const chunks = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  return { stream, text: () => Buffer.concat(chunks).toString() };
}

function run(mode, ms, idleMs) {
  const out = collector();
  const err = collector();
  const started = Date.now();
  return runWatched(process.execPath, [fake, mode, String(ms)], {
    idleMs,
    censusMs: 500,
    label: 'fake-runner',
    stdout: out.stream,
    stderr: err.stream,
  }).then((result) => ({ ...result, ms: Date.now() - started, stderr: err.text() }));
}

const alive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

// The runs take a few seconds each; they run side by side.
describe('watchdog', { concurrency: true }, () => {
  // Without a watchdog this run would never end: the timeout makes that a failure, not a hang.
  test(
    'a run that stops printing is stopped, naming the file each browser was in',
    { timeout: 60_000 },
    async () => {
      const result = await run('hang', 0, LIMIT_MS);
      assert.equal(result.status, 1);
      assert.ok(result.ms >= LIMIT_MS, `stopped after ${result.ms} ms, before the limit`);
      assert.ok(result.ms < 30_000, `took ${result.ms} ms to stop`);
      assert.ok(result.stalled, 'the result carries the watchdog message');
      assert.match(result.stalled, /fake-runner made no progress for \d+ s/);
      assert.match(result.stalled, /WebKit: in test\/stuck-here\.test\.ts \(running its tests for/);
      assert.match(
        result.stalled,
        /last test finished \d+ s ago: "stuck > the last test that passed"/,
      );
      assert.match(result.stalled, /Chrome: in test\/second\.test\.ts .*1 test file\(s\) finished/);
      assert.doesNotMatch(
        result.stalled,
        /first\.test\.ts/,
        'finished and scheduled files are not named',
      );
      assert.match(result.stalled, /NB_WATCHDOG_SECONDS/);
      assert.ok(result.stderr.includes(result.stalled), 'the message is printed when it fires');

      // The runner's own (detached) helper process ended with it.
      const helper = Number(result.out.match(/helper (\d+)/)?.[1]);
      assert.ok(helper > 0, 'the fake runner printed its helper pid');
      for (let i = 0; i < 50 && alive(helper); i++) await delay(100);
      assert.equal(alive(helper), false, `helper process ${helper} still running`);
    },
  );

  test('a slow run that keeps printing is not stopped', async () => {
    const result = await run('slow', 6000, LIMIT_MS);
    assert.equal(result.stalled, undefined);
    assert.equal(result.status, 0);
    assert.doesNotMatch(result.stderr, /left \d+ process/, 'it closed its own helper');
    assert.ok(result.ms >= 6000);
  });

  test('processes the runner leaves running are ended, and named', async () => {
    const result = await run('leave', 3000, LIMIT_MS);
    assert.equal(result.stalled, undefined);
    assert.equal(result.status, 0);
    assert.match(result.stderr, /fake-runner left 1 process\(es\) running \(node\); ending them/);
    const helper = Number(result.out.match(/helper (\d+)/)?.[1]);
    for (let i = 0; i < 50 && alive(helper); i++) await delay(100);
    assert.equal(alive(helper), false, `helper process ${helper} still running`);
  });

  test('tests finishing count as progress even with no output', async () => {
    const result = await run('tests', 6000, LIMIT_MS);
    assert.equal(result.stalled, undefined);
    assert.equal(result.status, 0);
  });

  test('test files finishing count as progress even with no output', async () => {
    const result = await run('files', 6000, LIMIT_MS);
    assert.equal(result.stalled, undefined);
    assert.equal(result.status, 0);
  });
});

test('the limit is 120 s unless NB_WATCHDOG_SECONDS sets another', () => {
  assert.equal(idleSeconds({}), 120);
  assert.equal(idleSeconds({ NB_WATCHDOG_SECONDS: '45' }), 45);
  assert.equal(idleSeconds({ NB_WATCHDOG_SECONDS: '0.5' }), 0.5);
  for (const bad of ['0', '-3', 'soon'])
    assert.throws(() => idleSeconds({ NB_WATCHDOG_SECONDS: bad }), /positive number/);
});
