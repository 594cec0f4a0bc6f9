// Keyboard focus follows the person: arriving at a page puts focus on its heading, and the current breadcrumb
// is text, not a button that does nothing.
import { expect, test } from '@playwright/test';
import { signInAs } from '../support/auth';
import { gotoHydrated } from '../support/hydration';

test.beforeEach(({ page }) => signInAs(page));

test('moving between pages puts focus on the new page heading', async ({ page }) => {
  await gotoHydrated(page, '/registries');
  await page.getByRole('link', { name: 'Create registry' }).click();
  await expect(page).toHaveURL(/\/registries\/create$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Create a registry' })).toBeFocused();

  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Registries' }).click();
  await expect(page).toHaveURL(/\/registries$/);
  // The loading skeleton has its own heading; focus follows to the page's once the list is there.
  await expect(page.getByRole('region', { name: 'Registries table' })).toBeVisible();
  const heading = page.getByRole('heading', { level: 1, name: 'Registries' });
  await expect(heading).toBeFocused();

  // Tab from the heading goes on into the page's content, not back to the top of the shell.
  await page.keyboard.press('Tab');
  const focusedInMain = await page.evaluate(() => document.querySelector('main')!.contains(document.activeElement));
  expect(focusedInMain).toBe(true);
});

test('a registry opened from the list gets focus on its name', async ({ page }) => {
  await gotoHydrated(page, '/registries');
  const link = page.getByRole('region', { name: 'Registries table' }).getByRole('link').first();
  const name = (await link.textContent())!.trim();
  await link.click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeFocused();
});

test('the current breadcrumb is marked current and is not a tab stop', async ({ page }) => {
  await gotoHydrated(page, '/registries/create');
  const breadcrumb = page.getByRole('navigation', { name: 'Breadcrumb' });
  const current = breadcrumb.locator('[aria-current="page"]');
  await expect(current).toHaveText('Create registry');
  await expect(breadcrumb.getByRole('button')).toHaveCount(0);
  expect(await current.evaluate((element) => element.tabIndex)).toBe(-1);
  await expect(breadcrumb.getByRole('link')).toHaveText(['Registry Hub', 'Registries']);
});
