#!/usr/bin/env node
// Finds a Chrome or Chromium for the browser tests: $CHROME_PATH first, then the usual places on
// Linux and macOS. `node scripts/test/find-browser.mjs` prints the path or says what to install.
// `--firefox` does the same for Firefox ESR ($FIREFOX_PATH first), `--webkit` for WebKitGTK.
import { existsSync, readdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const CHROME = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];
const FIREFOX = [
  '/usr/bin/firefox-esr',
  '/usr/bin/firefox',
  '/Applications/Firefox.app/Contents/MacOS/firefox',
];

function onPath(names) {
  for (const name of names) {
    try {
      const found = execFileSync('which', [name], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }).trim();
      if (found) return found;
    } catch {
      // not on PATH
    }
  }
  return undefined;
}

/**
 * Flags every headless Chromium here starts with: root needs --no-sandbox, and without the
 * background-networking flags Chromium keeps calling hosts this machine cannot reach.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

/** Path of a Chrome/Chromium binary, or undefined. */
export function findChrome() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return (
    CHROME.find((p) => existsSync(p)) ?? onPath(['chromium', 'chromium-browser', 'google-chrome'])
  );
}

/** Path of a Firefox binary, or undefined. */
export function findFirefox() {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return FIREFOX.find((p) => existsSync(p)) ?? onPath(['firefox-esr', 'firefox']);
}

export const chromeHelp = [
  'No Chrome or Chromium found for the browser tests.',
  '  Debian/Ubuntu: sudo apt-get install chromium',
  '  macOS:         install Google Chrome (https://www.google.com/chrome/)',
  '  Or set CHROME_PATH to the browser binary, e.g. CHROME_PATH=/path/to/chrome npm test',
].join('\n');

export const firefoxHelp = [
  'No Firefox found for the browser tests.',
  '  Debian/Ubuntu: sudo apt-get install firefox-esr',
  '  macOS:         install Firefox (https://www.mozilla.org/firefox/)',
  '  Or set FIREFOX_PATH to the browser binary.',
].join('\n');

/**
 * WebKit for the browser tests: Debian's WebKitWebDriver and the MiniBrowser it drives
 * (package webkit2gtk-driver), plus xvfb-run and xauth for a display when there is none.
 * `undefined` when any is missing.
 */
export function findWebKit() {
  const driver = onPath(['WebKitWebDriver']);
  const xvfb = process.env.DISPLAY ? undefined : onPath(['xvfb-run']);
  const xauth = process.env.DISPLAY ? undefined : onPath(['xauth']);
  const browser = ['/usr/lib', '/usr/libexec']
    .flatMap((dir) => {
      try {
        return readdirSync(dir).map((arch) => `${dir}/${arch}`);
      } catch {
        return [];
      }
    })
    .flatMap((dir) => ['webkit2gtk-4.1', 'webkit2gtk-4.0'].map((v) => `${dir}/${v}/MiniBrowser`))
    .find((p) => existsSync(p));
  if (!driver || !browser || (!process.env.DISPLAY && !(xvfb && xauth))) return undefined;
  return { driver, browser, xvfb };
}

const WEBKIT_APT = 'sudo apt-get install webkit2gtk-driver xvfb xauth';

export const webkitHelp = [
  'No WebKit found for the browser tests.',
  `  Debian/Ubuntu: ${WEBKIT_APT}`,
  '  macOS/Windows: WebKitGTK runs on Linux only; run the tests on a Linux machine or VM.',
].join('\n');

/** True when $CI is set to anything but "false" or "0" (CI services set CI=true). */
export const onCI = (env = process.env) => !!env.CI && !['false', '0'].includes(env.CI);

/**
 * Whether the browser tests run in WebKit: `{ webkit }` (the paths) or `{ leftOut }` (the one
 * line to print), or `{ error }` (stop the run): WebKit runs whenever WebKitGTK is installed;
 * a machine without it (a Mac, a Linux box without the packages) leaves it out with one line
 * saying how to install it, and so does NB_WEBKIT=0; under CI it is never left out.
 */
export function webkitForTests(env = process.env, found = findWebKit) {
  if (env.NB_WEBKIT === '0') {
    if (onCI(env))
      return { error: 'NB_WEBKIT=0 is not allowed with CI set: CI always runs WebKit.' };
    return { leftOut: 'WebKit left out of the browser tests (NB_WEBKIT=0).' };
  }
  const webkit = found();
  if (webkit) return { webkit };
  if (onCI(env))
    return { error: `WebKit is required on CI (CI=${env.CI}), and was not found.\n${webkitHelp}` };
  return {
    leftOut:
      process.platform === 'linux'
        ? `WebKit left out of the browser tests: WebKitGTK not found (install: ${WEBKIT_APT}).`
        : `WebKit left out of the browser tests: WebKitGTK runs on Linux only, not ${process.platform} ` +
          `(CI runs it; on Linux: ${WEBKIT_APT}).`,
  };
}

/** Returns the Chrome path or exits with a plain message saying what to install. */
export function requireChrome() {
  const path = findChrome();
  if (!path) {
    console.error(chromeHelp);
    process.exit(1);
  }
  return path;
}

/** Returns the Firefox path or exits with a plain message saying what to install. */
export function requireFirefox() {
  const path = findFirefox();
  if (!path) {
    console.error(firefoxHelp);
    process.exit(1);
  }
  return path;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const which = process.argv.includes('--firefox')
    ? 'firefox'
    : process.argv.includes('--webkit')
      ? 'webkit'
      : 'chromium';
  const path = { chromium: findChrome, firefox: findFirefox, webkit: () => findWebKit()?.browser }[
    which
  ]();
  if (!path) {
    console.error({ chromium: chromeHelp, firefox: firefoxHelp, webkit: webkitHelp }[which]);
    process.exit(1);
  }
  if (!process.argv.includes('--quiet')) console.log(path);
  else console.log(`${which}: ${path}`);
}
