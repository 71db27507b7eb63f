// What the pipeline's watchdog (scripts/test/lib/watchdog.mjs) learns from web-test-runner, over the
// IPC channel it starts the runner with: each time a test file starts, changes state or finishes
// in a browser (a silent reporter), and each time a single test finishes (a page script,
// scripts/test/wtr-progress-browser.mjs, tells this plugin). That is how a run making slow progress is
// told from a stalled one, and how a stalled run says which file each browser was in. Run by hand
// (no IPC channel), it sends nothing and prints nothing.
import { relative } from 'node:path';

const COMMAND = 'nb-test-finished';

function send(message) {
  if (typeof process.send !== 'function' || !process.connected) return;
  try {
    process.send(message, () => {});
  } catch {
    // the watchdog has gone; nothing to tell
  }
}

const file = (session) => relative(process.cwd(), session.testFile);

/** @returns {import('@web/test-runner').Reporter} */
export function progressReporter() {
  return {
    start({ sessions, browsers }) {
      send({ type: 'nb-wtr-start', browsers: browsers.map((b) => b.name) });
      sessions.on('session-status-updated', (session) =>
        send({
          type: 'nb-wtr-session',
          browser: session.browser.name,
          file: file(session),
          status: session.status,
        }),
      );
    },
  };
}

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function progressPlugin() {
  return {
    name: 'nb-progress',
    executeCommand({ command, payload, session }) {
      if (command !== COMMAND) return undefined;
      send({
        type: 'nb-wtr-test',
        browser: session.browser.name,
        file: file(session),
        title: String(payload?.title ?? ''),
      });
      return true;
    },
  };
}

/**
 * The test page: web-test-runner's own (the test framework script alone), with the progress
 * script first so it sees mocha's runner as soon as it exists.
 */
export const progressTestRunnerHtml = (framework) =>
  '<!DOCTYPE html><html><head></head><body>' +
  '<script type="module" src="/scripts/test/wtr-progress-browser.mjs"></script>' +
  `<script type="module" src="${framework}"></script></body></html>`;
