// Renders the PNG app icons and favicon.ico in public/ from the SVGs beside them, with Debian's Chromium (the
// one the browser tests use). Run after changing an icon SVG: `npx tsx scripts/generate-icons.ts`. The
// outputs are committed, so a build never needs a browser.
import { chromium } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const ICONS = path.resolve(__dirname, '..', 'public', 'icons');
const PUBLIC = path.resolve(__dirname, '..', 'public');
const OUTPUTS = [
  { svg: 'icon.svg', png: 'icon-192.png', size: 192 },
  { svg: 'icon.svg', png: 'icon-512.png', size: 512 },
  { svg: 'maskable.svg', png: 'maskable-512.png', size: 512 },
  { svg: 'icon.svg', png: 'apple-touch-icon.png', size: 180 },
];
const FAVICON_SIZES = [16, 32, 48];

// An .ico holding PNG images (supported by every current browser): a 6-byte header, one 16-byte entry per
// image, then the images.
function icoOf(images: { size: number; png: Buffer }[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map(({ size, png }) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0);
    entry.writeUInt8(size >= 256 ? 0 : size, 1);
    entry.writeUInt16LE(1, 4);
    entry.writeUInt16LE(32, 6);
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += png.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images.map((image) => image.png)]);
}

async function main(): Promise<void> {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    const render = async (svgFile: string, size: number): Promise<Buffer> => {
      const svg = readFileSync(path.join(ICONS, svgFile), 'utf8');
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`);
      return page.locator('svg').screenshot({ omitBackground: true });
    };
    for (const output of OUTPUTS) {
      writeFileSync(path.join(ICONS, output.png), await render(output.svg, output.size));
      console.log(`public/icons/${output.png}`);
    }
    const favicons = [];
    for (const size of FAVICON_SIZES) favicons.push({ size, png: await render('icon.svg', size) });
    writeFileSync(path.join(PUBLIC, 'favicon.ico'), icoOf(favicons));
    console.log('public/favicon.ico');
  } finally {
    await browser.close();
  }
}

void main();
