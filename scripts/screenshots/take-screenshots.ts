// Screenshots of what a person sees, at a phone (390), a tablet (768) and a laptop (1440) width: the list, each
// wizard step, each registry-page tab and a deployment's progress page. Against a running console and its
// emulator (`npm start`, or the browser tests' server): it signs in as the seeded Owner, creates one registry
// through the wizard (the progress page and registry page need one), and writes PNGs to SHOTS_DIR.
// Each page is also checked for sideways scrolling; the script exits 1 naming any page that scrolls sideways.
//   CONSOLE_URL=http://127.0.0.1:3100 SHOTS_DIR=/tmp/shots npx tsx scripts/screenshots/take-screenshots.ts
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { SEED_SUBSCRIPTIONS } from '@/lib/emulator/seed';

const CONSOLE_URL = process.env.CONSOLE_URL ?? 'http://127.0.0.1:3100';
const SHOTS_DIR = path.resolve(process.env.SHOTS_DIR ?? 'test-results/screenshots');
const WIDTHS = [390, 768, 1440] as const;
const HEIGHTS: Record<(typeof WIDTHS)[number], number> = { 390: 844, 768: 1024, 1440: 900 };
const TABS = ['overview', 'regions', 'connect', 'deployments', 'access-control', 'export'] as const;
const STEPS = ['basics', 'regions', 'tags', 'review'] as const;
const WAIT = { timeout: 30_000 };
const SUB = SEED_SUBSCRIPTIONS.development;

const sideways: string[] = [];

async function settle(page: Page): Promise<void> {
  await page.locator('html[data-hydrated="true"]').waitFor(WAIT);
  await page.locator('[data-hydrating]').first().waitFor({ state: 'detached', ...WAIT }).catch(() => undefined);
  await page.evaluate(() => document.fonts.ready.then(() => Promise.all(document.getAnimations().filter((a) => a.effect?.getComputedTiming().endTime !== Infinity).map((a) => a.finished.catch(() => undefined)))));
}

// Saves `<name>-<width>.png` and notes a page wider than its viewport.
async function shoot(page: Page, name: string, width: number): Promise<void> {
  await settle(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  if (overflow > 0) sideways.push(`${name} at ${width}px scrolls sideways by ${overflow}px`);
  await page.screenshot({ path: path.join(SHOTS_DIR, `${name}-${width}.png`), fullPage: true });
}

async function chooseOption(page: Page, label: string, text: string): Promise<void> {
  await page.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: text, exact: true }).click();
}

// Fills the wizard's steps (kept as a draft in the tab's session storage) up to Review + create.
async function fillWizard(page: Page, name: string): Promise<void> {
  await page.goto('/registries/create');
  await settle(page);
  await chooseOption(page, 'Subscription', SUB.displayName);
  await chooseOption(page, 'Resource group', 'rg-ml-dev');
  await page.getByRole('textbox', { name: 'Registry name' }).fill(name);
  await page.getByText('This name is available.').waitFor(WAIT);
  // Next is judged against the preflight too: let it finish first.
  await page.getByText(/You have permission to create registries/).waitFor(WAIT);
  await page.getByRole('textbox', { name: 'Description' }).fill('Shared models for the screenshot tour.').catch(() => undefined);
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.waitForURL(/step=regions/, WAIT);
  const additional = page.getByRole('combobox', { name: 'Additional regions' });
  await additional.click();
  await page.getByRole('option', { name: '(Europe) West Europe' }).click();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.waitForURL(/step=tags/, WAIT).catch(async (error: unknown) => {
    await page.screenshot({ path: path.join(SHOTS_DIR, 'failed-regions.png'), fullPage: true });
    throw error;
  });
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.waitForURL(/step=review/, WAIT);
}

async function main(): Promise<void> {
  mkdirSync(SHOTS_DIR, { recursive: true });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  const context = await browser.newContext({ baseURL: CONSOLE_URL });
  const page = await context.newPage();
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/signin?next=%2Fregistries');
  await page.locator('html[data-hydrated="true"]').waitFor(WAIT);
  await page.getByRole('button', { name: /owner@/i }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/signin'), WAIT);

  const name = `shots${Date.now().toString(36)}`;
  await fillWizard(page, name);
  // The draft is kept in the tab's session storage: each step can be shown at each width by its URL.
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: HEIGHTS[width] });
    for (const step of STEPS) {
      await page.goto(`/registries/create?step=${step}`);
      await page.getByRole('heading', { level: 2 }).first().waitFor(WAIT);
      // Review + create validates against ARM first; Create is offered once it passes.
      if (step === 'review') await page.getByRole('button', { name: 'Create', exact: true }).and(page.locator(':enabled')).waitFor(WAIT);
      await shoot(page, `wizard-${STEPS.indexOf(step) + 1}-${step}`, width);
    }
  }
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/registries/create?step=review');
  await settle(page);
  await page.getByRole('button', { name: 'Create', exact: true }).click();
  await page.waitForURL(/\/deployments\//, { timeout: 60_000 });
  const progressPath = new URL(page.url()).pathname;
  await page.getByText(/Succeeded|succeeded/).first().waitFor({ timeout: 90_000 });

  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: HEIGHTS[width] });
    await page.goto('/registries');
    await shoot(page, 'list', width);
    await page.goto(progressPath);
    await shoot(page, 'progress', width);
  }
  const registryPath = `/registries/${SUB.id}/rg-ml-dev/${name}`;
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: HEIGHTS[width] });
    for (const tab of TABS) {
      await page.goto(tab === 'overview' ? registryPath : `${registryPath}?tab=${tab}`);
      await page.getByRole('heading', { level: 1, name }).waitFor(WAIT);
      // Some tabs read their data after the page (Access control, Deployments): wait for their skeletons to go.
      await page.locator('.fui-Skeleton').first().waitFor({ state: 'detached', ...WAIT });
      await shoot(page, `registry-${TABS.indexOf(tab) + 1}-${tab}`, width);
    }
  }
  await browser.close();
  console.log(`Screenshots in ${SHOTS_DIR}`);
  if (sideways.length > 0) {
    console.error(sideways.join('\n'));
    process.exit(1);
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
