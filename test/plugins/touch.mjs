/**
 * `executeServerCommand('nb-tap', { x, y })`: a real touchscreen tap (CDP touch events, so the
 * page sees pointerType "touch" and a synthesised click), which sendMouse cannot produce.
 * @returns {import('@web/test-runner').TestRunnerPlugin}
 */
export function touchPlugin() {
  return {
    name: 'nb-touch',
    async executeCommand({ command, payload, session }) {
      if (command !== 'nb-tap') return undefined;
      if (session.browser.type !== 'puppeteer') {
        throw new Error(`nb-tap needs a puppeteer-based browser, not ${session.browser.type}`);
      }
      const page = session.browser.getPage(session.id);
      await page.touchscreen.tap(payload.x, payload.y);
      return true;
    },
  };
}
