// Runs in each test page before the test framework (see scripts/test/wtr-progress.mjs): tells the
// test runner each time a test finishes, so the pipeline's watchdog sees progress inside a long
// test file. web-test-runner's mocha runner publishes itself as window.__WTR_MOCHA_RUNNER__ when
// the run starts; this listens to it from that moment. It never waits for an answer.
/* global window */
import { executeServerCommand } from '@web/test-runner-commands';

let runner;
Object.defineProperty(window, '__WTR_MOCHA_RUNNER__', {
  configurable: true,
  get: () => runner,
  set(value) {
    runner = value;
    runner?.on?.('test end', (test) => {
      executeServerCommand('nb-test-finished', { title: test.fullTitle() }).catch(() => {});
    });
  },
});
