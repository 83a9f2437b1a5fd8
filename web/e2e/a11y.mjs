// Accessibility checks with the real axe-core engine, injected into the page under test.
import { createRequire } from 'node:module';
import { assert } from './helpers.mjs';

const AXE_SOURCE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** Fails when axe finds a serious or critical violation (colour contrast included) on the page as it is now. */
export async function assertAccessible(page, screen) {
  // Animations finish first: axe judges contrast on what is painted.
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))));
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE_SOURCE });
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('; ')}`);
  });
  assert(violations.length === 0, `${screen}: axe found ${violations.length} serious or critical violations: ${violations.join(' | ')}`);
}
