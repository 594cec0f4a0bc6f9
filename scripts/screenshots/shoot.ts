// What every part of the tour shares: the three screens, waiting until a page has settled, and saving one
// PNG while noting a page that scrolls sideways (the tour reports those at the end and exits 1).
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';

/** A phone, a tablet (portrait) and a laptop, as e2e/responsive checks them. */
export const SCREENS = [
  { width: 390, height: 844 },
  { width: 768, height: 1024 },
  { width: 1440, height: 900 },
] as const;

/** One of the tour's screens. */
export type Screen = (typeof SCREENS)[number];

export const PHONE = SCREENS[0];
export const LAPTOP = SCREENS[2];
export const WAIT = { timeout: 30_000 };

/** Where the PNGs go, and what the tour found along the way. */
export interface Tour {
  page: Page;
  context: BrowserContext;
  consoleUrl: string;
  emulatorUrl: string;
  shotsDir: string;
  shots: string[];
  sideways: string[];
}

/** Waits for hydration, for streamed buttons to hydrate, for the page to stop growing, for fonts and animations. */
export async function settle(page: Page): Promise<void> {
  await page.locator('html[data-hydrated="true"]').waitFor(WAIT);
  await page.locator('[data-hydrating]').first().waitFor({ state: 'detached', ...WAIT }).catch(() => undefined);
  // Streamed sections (Access control's custom roles) arrive after the heading: a full-page shot taken
  // meanwhile is cut at the height the page had. Settled once the height is the same two polls running.
  await page.waitForFunction(
    () => {
      const w = window as unknown as { __tourHeight?: number };
      const height = document.documentElement.scrollHeight;
      const same = w.__tourHeight === height;
      w.__tourHeight = height;
      return same;
    },
    undefined,
    { polling: 300, ...WAIT },
  );
  await page.evaluate(() =>
    document.fonts.ready.then(() =>
      Promise.all(document.getAnimations().filter((a) => a.effect?.getComputedTiming().endTime !== Infinity).map((a) => a.finished.catch(() => undefined))),
    ),
  );
}

/**
 * Saves `<name>-<width>.png` and notes a page wider than its window. The whole page, except for what opens
 * over it (`window`): a dialog covers the window, not the page, so only the window is shot.
 */
export async function shoot(tour: Tour, name: string, screen: Screen, extent: 'page' | 'window' = 'page'): Promise<void> {
  const { page } = tour;
  await settle(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  if (overflow > 0) tour.sideways.push(`${name} at ${screen.width}px scrolls sideways by ${overflow}px`);
  const file = `${name}-${screen.width}.png`;
  await page.screenshot({ path: path.join(tour.shotsDir, file), fullPage: extent === 'page' });
  tour.shots.push(file);
}

/** Sets the window to `screen`. */
export function resize(tour: Tour, screen: Screen): Promise<void> {
  return tour.page.setViewportSize({ width: screen.width, height: screen.height });
}

/** Light or dark for the pages loaded from now on (the console reads the person's choice from a cookie). */
export async function chooseTheme(tour: Tour, theme: 'light' | 'dark'): Promise<void> {
  await tour.context.addCookies([{ name: 'rh-theme', value: theme, url: tour.consoleUrl }]);
}

/** Goes to `path` and waits for hydration. */
export async function visit(tour: Tour, pathAndQuery: string): Promise<void> {
  await tour.page.goto(pathAndQuery);
  await tour.page.locator('html[data-hydrated="true"]').waitFor(WAIT);
}
