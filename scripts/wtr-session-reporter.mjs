// A Web Test Runner reporter that prints nothing: when the run was started by the pipeline's
// watchdog (scripts/lib/watchdog.mjs, over an IPC channel), it tells the watchdog each time a
// test file starts, changes state or finishes in a browser. That is how a stalled run can say
// which file each browser was in. Run by hand (no IPC channel), it does nothing.
import { relative } from 'node:path';

/** @returns {import('@web/test-runner').Reporter} */
export function sessionReporter() {
  const send = (message) => {
    if (typeof process.send !== 'function' || !process.connected) return;
    try {
      process.send(message, () => {});
    } catch {
      // the watchdog has gone; nothing to tell
    }
  };
  return {
    start({ sessions, browsers }) {
      send({ type: 'nb-wtr-start', browsers: browsers.map((b) => b.name) });
      sessions.on('session-status-updated', (session) =>
        send({
          type: 'nb-wtr-session',
          browser: session.browser.name,
          file: relative(process.cwd(), session.testFile),
          status: session.status,
        }),
      );
    },
  };
}
