// The console is installable and recognisable in a tab: favicon, app icons and a web manifest with the
// product's name and colours, served without a session (browsers fetch them without cookies).
import { expect, test } from '@playwright/test';

test('the manifest names the product, and every icon it lists is served', async ({ request }) => {
  const response = await request.get('/manifest.webmanifest');
  expect(response.status()).toBe(200);
  const manifest = (await response.json()) as { name: string; theme_color: string; background_color: string; icons: { src: string; type: string; sizes: string }[] };
  expect(manifest.name).toBe('Registry Hub');
  expect(manifest.theme_color).toBe('#0f6cbd');
  expect(manifest.background_color).toBe('#ffffff');
  expect(manifest.icons.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
  for (const icon of manifest.icons) {
    const file = await request.get(icon.src);
    expect(file.status(), icon.src).toBe(200);
    expect(file.headers()['content-type'], icon.src).toContain(icon.type);
    if (icon.type === 'image/png') {
      const bytes = await file.body();
      // PNG IHDR: width and height as big-endian 32-bit integers at bytes 16 and 20.
      expect(`${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`, icon.src).toBe(icon.sizes);
    }
  }
  const favicon = await request.get('/favicon.ico');
  expect(favicon.status()).toBe(200);
});

test('pages link the manifest, the icons and the theme colour', async ({ page }) => {
  await page.goto('/signin');
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute('href', '/manifest.webmanifest');
  await expect(page.locator('link[rel="icon"]')).toHaveCount(2);
  await expect(page.locator('link[rel="icon"][type="image/svg+xml"]')).toHaveAttribute('href', '/icons/icon.svg');
  await expect(page.locator('link[rel="apple-touch-icon"]')).toHaveAttribute('href', '/icons/apple-touch-icon.png');
  await expect(page.locator('meta[name="theme-color"]')).toHaveAttribute('content', '#0f6cbd');
});
