// Renders the PNG icons from public/icons/icon.svg with Chromium (CHROMIUM_PATH, default /usr/bin/chromium):
// run `node scripts/icons.mjs` after changing the SVG, and commit what it writes.
// - icon-192.png, icon-512.png: the SVG as it is (rounded corners on a transparent background);
// - icon-maskable-512.png and apple-touch-icon.png (180 px, which iOS uses for the home screen and does not
//   read from the manifest): full bleed, since Android's mask and iOS round the corners themselves, with the
//   drawing inside the maskable safe zone (a circle of 40 % of the size around the centre).
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const icons = new URL('../public/icons/', import.meta.url);
const svg = await readFile(new URL('icon.svg', icons), 'utf8');
const [, svgOpen, background, drawing] = svg.match(/^(<svg[^>]*>)\s*(<rect[^>]*\/>)([\s\S]*)<\/svg>\s*$/);
const fullBleed = `${svgOpen}${background.replace(/ rx="\d+"/, '')}`
  + `<g transform="translate(256 256) scale(0.8) translate(-260 -279)">${drawing}</g></svg>`;

const renders = [
  ['icon-192.png', svg, 192],
  ['icon-512.png', svg, 512],
  ['icon-maskable-512.png', fullBleed, 512],
  ['apple-touch-icon.png', fullBleed, 180],
];

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
try {
  const page = await browser.newPage();
  for (const [name, source, size] of renders) {
    await page.setViewportSize({ width: size, height: size });
    const image = `data:image/svg+xml;base64,${Buffer.from(source).toString('base64')}`;
    await page.setContent(`<body style="margin:0"><img src="${image}" width="${size}" height="${size}" style="display:block"></body>`);
    await page.locator('img').evaluate((img) => img.decode());
    await page.screenshot({ path: fileURLToPath(new URL(name, icons)), omitBackground: true });
    console.log(`wrote public/icons/${name} (${size}×${size})`);
  }
} finally {
  await browser.close();
}
