// Waits until React has hydrated the page (AppProviders marks <html data-hydrated>), so clicks reach handlers.
import { expect, type Page } from '@playwright/test';

/** Navigates to `path` and waits for hydration. */
export async function gotoHydrated(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
}
