// The system Chromium for the browser harnesses (embed tests, story smoke, benchmarks), found by
// scripts/test/find-browser.mjs ($CHROME_PATH first) and started with its flags.
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, requireChrome } from '../find-browser.mjs';

/** @param {string[]} [extraArgs]  flags on top of CHROMIUM_ARGS */
export function launchChromium(extraArgs = []) {
  return chromium.launch({
    executablePath: requireChrome(),
    args: [...CHROMIUM_ARGS, ...extraArgs],
  });
}
