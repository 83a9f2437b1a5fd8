// End-to-end scenarios in a real browser: Debian's Chromium driven by playwright-core, against a
// running DrawGuess server at $DRAWGUESS_URL (which serves this SPA at /).
// Usage: DRAWGUESS_URL=http://127.0.0.1:8080 npm run e2e   (optional: CHROMIUM_PATH, E2E_ONLY=<name part>,
// DRAWGUESS_SCREENSHOTS=../docs/screenshots to refresh the README's screenshots)
import { mkdir, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { scenarios } from './scenarios.mjs';

const BASE_URL = process.env.DRAWGUESS_URL?.replace(/\/$/, '');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARTIFACTS = join(dirname(fileURLToPath(import.meta.url)), 'artifacts');
const DOC_SCREENSHOTS = process.env.DRAWGUESS_SCREENSHOTS;

if (!BASE_URL) {
  console.error('DRAWGUESS_URL is not set: start the server and point DRAWGUESS_URL at it.');
  console.log('0 passed, 1 failed');
  process.exit(1);
}

await rm(ARTIFACTS, { recursive: true, force: true });
await mkdir(ARTIFACTS, { recursive: true });

const LAUNCH = {
  executablePath: CHROMIUM,
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};
// Playwright gives every launch a fresh temporary profile (user-data dir) of its own.
const browser = await chromium.launch(LAUNCH);

let passed = 0;
let failed = 0;
const only = process.env.E2E_ONLY;
try {
  for (const [index, scenario] of scenarios.entries()) {
    if (only && !scenario.name.includes(only)) continue;
    const prefix = `${String(index + 1).padStart(2, '0')}`;
    const started = Date.now();
    const contexts = [];
    const env = {
      baseUrl: BASE_URL,
      browser,
      /** A second browser on a profile in `userDataDir`, for what Chromium refuses to incognito profiles; the caller closes it. */
      launchPersistentContext: (userDataDir) => chromium.launchPersistentContext(userDataDir, LAUNCH),
      async newContext(options = {}) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
        context.setDefaultTimeout(20_000);
        contexts.push(context);
        return context;
      },
      screenshot: (page, name) => page.screenshot({ path: join(ARTIFACTS, `${prefix}-${name}.png`) }),
      /** A screenshot for the README, written only when DRAWGUESS_SCREENSHOTS names their folder. */
      docScreenshot: async (page, name) => {
        if (DOC_SCREENSHOTS) await page.screenshot({ path: join(DOC_SCREENSHOTS, `${name}.png`) });
      },
    };
    try {
      await scenario.run(env);
      passed++;
      console.log(`✓ ${scenario.name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    } catch (error) {
      failed++;
      console.log(`✗ ${scenario.name}\n    ${String(error?.stack ?? error).split('\n').slice(0, 6).join('\n    ')}`);
      for (const [i, context] of contexts.entries()) {
        for (const [j, page] of context.pages().entries()) {
          await page.screenshot({ path: join(ARTIFACTS, `${prefix}-failure-${i}-${j}.png`) }).catch(() => undefined);
        }
      }
    } finally {
      for (const context of contexts) await context.close().catch(() => undefined);
    }
  }
} finally {
  await browser.close();
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
