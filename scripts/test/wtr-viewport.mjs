// `executeServerCommand('viewport', { width, height })`: sets the page's CSS viewport in every
// browser we test. @web/test-runner-commands' setViewport has no WebDriver branch, so for WebKit
// the window is resized by the difference between its outer and inner size.

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function viewportPlugin() {
  return {
    name: 'nb-viewport',
    async executeCommand({ command, payload, session }) {
      if (command !== 'viewport') return undefined;
      const { width, height } = payload;
      if (session.browser.type === 'puppeteer') {
        await session.browser.getPage(session.id).setViewport({ width, height });
        return true;
      }
      if (session.browser.type === 'webdriver') {
        const driver = session.browser.driver;
        // Twice: window managers may round the first resize.
        for (let i = 0; i < 2; i++) {
          const [dx, dy] = await driver.execute(
            'return [window.outerWidth - window.innerWidth, window.outerHeight - window.innerHeight]',
          );
          await driver.setWindowSize(width + dx, height + dy);
        }
        return true;
      }
      throw new Error(`viewport: not supported for ${session.browser.name}`);
    },
  };
}
