// Waits until React has hydrated the page (AppProviders marks <html data-hydrated>). Buttons inside streamed
// content render disabled until their own part hydrates (useHydrated), so a spec's click waits for that.
import { expect, type Page } from '@playwright/test';

/** Navigates to `path` and waits for hydration. */
export async function gotoHydrated(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
}

/**
 * Waits until the buttons on screen are interactive: HydratedButton and GuardedButton render a disabled
 * placeholder marked data-hydrating until their own part of the page (streamed after the shell) hydrates.
 */
export async function expectInteractive(page: Page): Promise<void> {
  await expect(page.locator('[data-hydrating]')).toHaveCount(0);
}
