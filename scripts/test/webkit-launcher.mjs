// WebKit (Safari's engine) for Web Test Runner: Debian's WebKitWebDriver driving MiniBrowser,
// under xvfb-run when there is no display. The driver starts on a free port when the test run
// initialises the browser and stops with it.
//
// A hung MiniBrowser must not hang the run: every WebDriver request gives up after
// REQUEST_TIMEOUT_MS and is never retried (webdriverio's default is 120 s and 3 silent retries,
// up to 8 minutes per request), and stopping gives up after STOP_TIMEOUT_MS and kills the driver,
// MiniBrowser and Xvfb. The pipeline's watchdog (scripts/test/lib/watchdog.mjs) is the last resort.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { webdriverLauncher } from '@web/test-runner-webdriver';

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** No WebDriver request (open a page, run a script, press keys) may take longer than this. */
const REQUEST_TIMEOUT_MS = 60_000;
/** Closing the WebDriver session at the end may take this long before the driver is killed. */
const STOP_TIMEOUT_MS = 15_000;

async function waitForPort(port, child, ms = 30_000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited (${child.exitCode})`);
    const open = await new Promise((resolve) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.end();
        resolve(true);
      }).on('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`WebKitWebDriver did not listen on port ${port} within ${ms} ms`);
}

/**
 * @param {{ driver: string, browser: string, xvfb?: string }} webkit from findWebKit()
 * @param {{ name?: string, reducedMotion?: boolean }} options `reducedMotion` starts MiniBrowser
 *   with GTK animations off, which WebKitGTK reports as `prefers-reduced-motion: reduce`.
 */
export function webkitLauncher(webkit, { name = 'WebKit', reducedMotion = false } = {}) {
  const launcher = webdriverLauncher({
    automationProtocol: 'webdriver',
    hostname: '127.0.0.1',
    port: 0,
    logLevel: 'error',
    connectionRetryTimeout: REQUEST_TIMEOUT_MS,
    connectionRetryCount: 0,
    capabilities: {
      browserName: 'MiniBrowser',
      // WebKitWebDriver speaks classic WebDriver only; webdriverio 9 would ask for BiDi.
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': { binary: webkit.browser, args: ['--automation'] },
    },
  });
  const initialize = launcher.initialize.bind(launcher);
  const stop = launcher.stop.bind(launcher);
  let child;
  launcher.initialize = async (...args) => {
    await initialize(...args);
    launcher.name = name;
    const env = { ...process.env };
    if (reducedMotion) {
      env.XDG_CONFIG_HOME = mkdtempSync(join(tmpdir(), 'nb-webkit-'));
      mkdirSync(join(env.XDG_CONFIG_HOME, 'gtk-3.0'));
      writeFileSync(
        join(env.XDG_CONFIG_HOME, 'gtk-3.0', 'settings.ini'),
        '[Settings]\ngtk-enable-animations=0\n',
      );
    }
    const port = await freePort();
    const command = webkit.xvfb
      ? [webkit.xvfb, ['-a', webkit.driver, `--port=${port}`]]
      : [webkit.driver, [`--port=${port}`]];
    child = spawn(command[0], command[1], { env, stdio: 'ignore', detached: true });
    await waitForPort(port, child);
    launcher.options.port = port;
  };
  launcher.stop = async () => {
    const gaveUp = new AbortController();
    const closed = await Promise.race([
      stop().then(() => 'closed'),
      delay(STOP_TIMEOUT_MS, 'timeout', { signal: gaveUp.signal }).catch(() => 'closed'),
    ]);
    gaveUp.abort();
    if (closed === 'timeout')
      console.error(
        `${name}: the WebDriver session did not close in ${STOP_TIMEOUT_MS} ms; killed.`,
      );
    // The driver's process group: xvfb-run, Xvfb, WebKitWebDriver, MiniBrowser. SIGTERM lets Xvfb
    // remove its lock file; anything still there 3 s later is killed.
    const group = (signal) => {
      try {
        process.kill(-child.pid, signal);
      } catch {
        // already gone
      }
    };
    if (child && child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      group('SIGTERM');
      const forced = await Promise.race([exited, delay(3000, 'forced', { ref: false })]);
      if (forced === 'forced') group('SIGKILL');
    }
  };
  return launcher;
}
