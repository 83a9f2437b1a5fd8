// The web app as an installed app: Chromium's own verdict on its manifest and icon.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assert } from './helpers.mjs';

const installable = {
  name: 'the web app can be installed: Chromium reads its manifest and icon and reports no installability error',
  async run(env) {
    // Chromium refuses every incognito profile ("in-incognito"), so this one has a profile on disk.
    const profile = await mkdtemp(join(tmpdir(), 'drawguess-install-'));
    const context = await env.launchPersistentContext(profile);
    try {
      const page = await context.newPage();
      await page.goto(`${env.baseUrl}/`);
      await page.getByTestId('nickname-input').waitFor();
      const cdp = await context.newCDPSession(page);
      const { errors } = await cdp.send('Page.getAppManifest');
      assert(errors.length === 0, `the manifest should parse: ${errors.map((e) => e.message).join('; ')}`);
      // The verdict needs the manifest and icon fetched: asked again for a few seconds until it is clear.
      let refused = [];
      for (const deadline = Date.now() + 5_000; Date.now() < deadline; await page.waitForTimeout(250)) {
        refused = (await cdp.send('Page.getInstallabilityErrors')).installabilityErrors.map((e) => e.errorId);
        if (refused.length === 0) break;
      }
      assert(refused.length === 0, `Chromium should find the app installable, refuses: ${refused.join(', ')}`);
    } finally {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    }
  },
};

export const installScenarios = [installable];
