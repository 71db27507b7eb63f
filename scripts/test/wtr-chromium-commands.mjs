// Web Test Runner commands that need the Chrome DevTools Protocol, for test/chromium-only/:
//   a11y-tree               { selector? } → the browser's own accessibility tree (what a screen
//                           reader is given), Puppeteer's SerializedAXNode, every node kept
//   emulate-media-features  { features: [{ name, value }] } → e.g. forced-colors: active
//   touch                   { enabled } → touch emulation on or off
//   tap                     { x, y } → a real touch tap at viewport coordinates
// Any other engine gets a plain error, so a test that needs them can never pass there by accident.

const COMMANDS = new Set(['a11y-tree', 'emulate-media-features', 'touch', 'tap']);

/** One DevTools session per page, kept open: emulation ends when its session detaches. */
const sessions = new WeakMap();
async function cdp(page) {
  if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
  return sessions.get(page);
}

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function chromiumCommandsPlugin() {
  return {
    name: 'nb-chromium-commands',
    async executeCommand({ command, payload, session }) {
      if (!COMMANDS.has(command)) return undefined;
      const page = session.browser.getPage?.(session.id);
      if (!page || !/chrom/i.test(session.browser.name ?? '')) {
        throw new Error(
          `${command} needs Chromium's DevTools Protocol; ${session.browser.name} cannot run it`,
        );
      }
      switch (command) {
        case 'a11y-tree': {
          const root = payload?.selector ? await page.$(`pierce/${payload.selector}`) : undefined;
          if (payload?.selector && !root)
            throw new Error(`a11y-tree: nothing matches ${payload.selector}`);
          return page.accessibility.snapshot({ root: root ?? undefined, interestingOnly: false });
        }
        case 'emulate-media-features':
          // Straight to CDP: Puppeteer's emulateMediaFeatures() does not know forced-colors.
          await (
            await cdp(page)
          ).send('Emulation.setEmulatedMedia', { features: payload.features });
          return true;
        case 'touch':
          await (
            await cdp(page)
          ).send('Emulation.setTouchEmulationEnabled', {
            enabled: !!payload.enabled,
            maxTouchPoints: payload.enabled ? 1 : undefined,
          });
          return true;
        case 'tap':
          await page.touchscreen.tap(payload.x, payload.y);
          return true;
      }
      return undefined;
    },
  };
}
