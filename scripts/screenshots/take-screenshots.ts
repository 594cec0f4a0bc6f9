// Screenshots of what a person sees, at a phone (390 x 844), a tablet (768 x 1024) and a laptop (1440 x 900):
// the list, each wizard step, the progress page running and finished, each registry-page tab, an asset page,
// a publish page, the asset search, the dialogs and menus on a phone, and a few pages in the dark theme.
// Against a running console and its emulator (`npm start`, or the browser tests' server, whose emulator
// control endpoints the tour uses to hold its deployment running): it signs in as the seeded Owner, creates
// one registry through the wizard, and writes PNGs to SHOTS_DIR (docs/screenshots.md lists them).
// Each page is also checked for sideways scrolling; the script exits 1 naming any page that scrolls sideways.
//   CONSOLE_URL=http://127.0.0.1:3100 EMULATOR_URL=http://127.0.0.1:4610 SHOTS_DIR=/tmp/shots \
//     npx tsx scripts/screenshots/take-screenshots.ts
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { tourDialogs } from './dialog-tour';
import { SEEDED_REGISTRY, tourAssets, tourPublish, tourRegistryTabs, tourSearch } from './registry-tour';
import { LAPTOP, PHONE, resize, SCREENS, shoot, chooseTheme, visit, WAIT, type Tour } from './shoot';
import { TOUR_RESOURCE_GROUP, TOUR_SUBSCRIPTION, tourProgress, tourWizard } from './wizard-tour';

const CONSOLE_URL = process.env.CONSOLE_URL ?? 'http://127.0.0.1:3100';
const EMULATOR_URL = process.env.EMULATOR_URL ?? 'http://127.0.0.1:4610';
const SHOTS_DIR = path.resolve(process.env.SHOTS_DIR ?? 'test-results/screenshots');

/** The list, a registry page, an asset page and the wizard in the dark theme, on a phone and a laptop. */
async function tourDark(tour: Tour, registryPath: string, progressPath: string): Promise<void> {
  await chooseTheme(tour, 'dark');
  for (const screen of [PHONE, LAPTOP]) {
    await resize(tour, screen);
    for (const [name, target] of [
      ['dark-list', '/registries'],
      ['dark-registry-overview', registryPath],
      ['dark-asset-models', `${SEEDED_REGISTRY}/assets/models/credit-risk-classifier`],
      ['dark-wizard-basics', '/registries/create?step=basics'],
      ['dark-progress-finished', progressPath],
    ]) {
      await visit(tour, target);
      await tour.page.getByRole('heading', { level: 1 }).first().waitFor(WAIT);
      await tour.page.locator('.fui-Skeleton').first().waitFor({ state: 'detached', ...WAIT });
      await shoot(tour, name, screen);
    }
  }
  await chooseTheme(tour, 'light');
}

async function main(): Promise<void> {
  mkdirSync(SHOTS_DIR, { recursive: true });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  const context = await browser.newContext({ baseURL: CONSOLE_URL });
  const page = await context.newPage();
  const tour: Tour = { page, context, consoleUrl: CONSOLE_URL, emulatorUrl: EMULATOR_URL, shotsDir: SHOTS_DIR, shots: [], sideways: [] };
  await resize(tour, LAPTOP);
  await page.goto('/signin?next=%2Fregistries');
  await page.locator('html[data-hydrated="true"]').waitFor(WAIT);
  await page.getByRole('button', { name: /owner@/i }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/signin'), WAIT);
  await chooseTheme(tour, 'light');

  const name = `shots${Date.now().toString(36)}`;
  const registryPath = `/registries/${TOUR_SUBSCRIPTION.id}/${TOUR_RESOURCE_GROUP}/${name}`;
  await tourWizard(tour, name);
  const progressPath = await tourProgress(tour, name);
  for (const screen of SCREENS) {
    await resize(tour, screen);
    await visit(tour, '/registries');
    await page.getByRole('region', { name: 'Registries table' }).getByRole('row').nth(1).waitFor(WAIT);
    // Statuses arrive after the rows.
    await page.getByText('Checking…').first().waitFor({ state: 'detached', ...WAIT });
    await shoot(tour, 'list', screen);
  }
  await tourRegistryTabs(tour, registryPath, name);
  await tourAssets(tour);
  await tourPublish(tour);
  await tourSearch(tour);
  await tourDialogs(tour, registryPath, name);
  await tourDark(tour, registryPath, progressPath);
  await browser.close();
  console.log(`${tour.shots.length} screenshots in ${SHOTS_DIR}`);
  if (tour.sideways.length > 0) {
    console.error(tour.sideways.join('\n'));
    process.exit(1);
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
