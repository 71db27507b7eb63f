// WebKit (Safari's engine) for Web Test Runner: Debian's WebKitWebDriver driving MiniBrowser,
// under xvfb-run when there is no display. The driver starts on a free port when the test run
// initialises the browser and stops with it.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

async function waitForPort(port, child, ms = 15000) {
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
    await stop();
    if (child?.exitCode === null) process.kill(-child.pid);
  };
  return launcher;
}
