// The web app as an installed app: Chromium's own verdict on its manifest and icon.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assert } from './helpers.mjs';

const installable = {
  name: 'the web app can be installed: Chromium reports no installability error, and its PNG icons (iOS\'s too) load at their sizes',
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

      // Every PNG icon the manifest declares, and the one iOS takes from the page for its home screen, loads
      // as a PNG of its declared size; Android masks its maskable icon, so that one must have no transparency.
      const { data } = await cdp.send('Page.getAppManifest');
      const pngs = JSON.parse(data).icons.filter((icon) => icon.type === 'image/png');
      const appleTouch = await page.locator('link[rel="apple-touch-icon"]').getAttribute('href');
      assert(appleTouch, 'the page should name an apple-touch-icon');
      for (const icon of [...pngs, { src: appleTouch, sizes: '180x180', purpose: 'any' }]) {
        const response = await page.request.get(new URL(icon.src, env.baseUrl).href);
        assert(response.status() === 200, `${icon.src} should load, got ${response.status()}`);
        const png = pngHeader(await response.body());
        assert(png, `${icon.src} should be a PNG`);
        assert(`${png.width}x${png.height}` === icon.sizes, `${icon.src} should be ${icon.sizes}, is ${png.width}x${png.height}`);
        if (icon.purpose === 'maskable' || icon.src === appleTouch) assert(!png.alpha, `${icon.src} should be opaque (full bleed)`);
      }
      assert(pngs.some((icon) => icon.sizes === '512x512' && icon.purpose === 'maskable'), 'the manifest should have a 512 px maskable icon');
    } finally {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    }
  },
};

// Width, height and whether the colour type has an alpha channel, from a PNG's signature and IHDR chunk.
function pngHeader(bytes) {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 26 || signature.some((b, i) => bytes[i] !== b) || bytes.toString('latin1', 12, 16) !== 'IHDR') return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20), alpha: bytes[25] === 4 || bytes[25] === 6 };
}

export const installScenarios = [installable];
