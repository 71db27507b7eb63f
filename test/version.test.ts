import { expect } from '@open-wc/testing';
import { NbHelplineBanner, VERSION } from '../src/index.js';

/** package.json as the dev server serves it: the one place the version is written. */
async function packageVersion(): Promise<string> {
  const response = await fetch('/package.json');
  const pkg = (await response.json()) as { version: string };
  return pkg.version;
}

describe('VERSION', () => {
  it("is package.json's version, written in at build time", async () => {
    expect(VERSION).to.equal(await packageVersion());
  });

  it('is the version each element reports to the two-copies check', async () => {
    expect(NbHelplineBanner.nbVersion).to.equal(await packageVersion());
  });
});
