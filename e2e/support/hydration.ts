// Waits until React has hydrated the page (AppProviders marks <html data-hydrated>), so clicks reach handlers.
import { expect, type Locator, type Page } from '@playwright/test';

/** Navigates to `path` and waits for hydration. */
export async function gotoHydrated(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
}

/**
 * Clicks `trigger` until `opened` shows. A page's own content streams in after the shell (loading.tsx) and
 * hydrates a moment after <html data-hydrated>; a click in that moment lands on server HTML with no handler.
 */
export async function clickUntilVisible(trigger: Locator, opened: Locator): Promise<void> {
  await expect(async () => {
    if (!(await opened.isVisible())) await trigger.click({ timeout: 2_000 });
    await expect(opened).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
}
