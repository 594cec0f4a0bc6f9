// The hub shell: / lands on Registries, the nav and breadcrumbs show where you are, the skip link reaches the
// content, and the theme choice persists across reloads (server-rendered from its cookie).
import { expect, test, type Page } from '@playwright/test';
import { signInAs } from '../support/auth';
import { gotoHydrated } from '../support/hydration';

const DARK_BACKGROUND = 'rgb(41, 41, 41)'; // webDarkTheme colorNeutralBackground1 (#292929)
const LIGHT_BACKGROUND = 'rgb(255, 255, 255)'; // webLightTheme colorNeutralBackground1 (#ffffff)

test.beforeEach(({ page }) => signInAs(page));

function shellBackground(page: Page): Promise<string> {
  return page.locator('.fui-FluentProvider').first().evaluate((element) => getComputedStyle(element).backgroundColor);
}

test('/ redirects to the Registries hub, marked current in the nav and the breadcrumbs', async ({ page }) => {
  await gotoHydrated(page, '/');
  await expect(page).toHaveURL(/\/registries$/);
  await expect(page.getByRole('banner')).toContainText('Registry Hub');

  const nav = page.getByRole('navigation', { name: 'Hubs' });
  await expect(nav.getByRole('link', { name: 'Registries' })).toHaveAttribute('aria-current', 'page');

  const breadcrumb = page.getByRole('navigation', { name: 'Breadcrumb' });
  await expect(breadcrumb.getByRole('link', { name: 'Registry Hub' })).toHaveAttribute('href', '/');
  await expect(breadcrumb.locator('[aria-current="page"]')).toHaveText('Registries');
});

test('keyboard: the skip link is the first stop and moves focus to the content; the nav link is reachable', async ({ page }) => {
  await gotoHydrated(page, '/registries');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();

  await page.getByRole('navigation', { name: 'Hubs' }).getByRole('link', { name: 'Registries' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/registries$/);
});

test('an unknown path shows the not-found page inside the shell', async ({ page }) => {
  const response = await page.goto('/no-such-page');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Hubs' })).toBeVisible();
});

test('the theme choice persists across a reload and is rendered by the server', async ({ page, context }) => {
  await gotoHydrated(page, '/registries');
  await expect(page.getByRole('button', { name: 'Theme: System' })).toBeVisible();

  await page.getByRole('button', { name: 'Theme: System' }).click();
  await page.getByRole('menuitemradio', { name: 'Dark' }).click();
  await expect(page.getByRole('button', { name: 'Theme: Dark' })).toBeVisible();
  await expect.poll(() => shellBackground(page)).toBe(DARK_BACKGROUND);

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme-preference', 'dark');
  await expect(page.getByRole('button', { name: 'Theme: Dark' })).toBeVisible();
  expect(await shellBackground(page)).toBe(DARK_BACKGROUND);

  // The server alone (no JavaScript) renders the dark theme from the cookie.
  const cookies = await context.cookies();
  const response = await page.request.get('/registries', {
    headers: { Cookie: cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join('; ') },
  });
  expect(await response.text()).toContain('data-theme-preference="dark"');

  await page.getByRole('button', { name: 'Theme: Dark' }).click();
  await page.getByRole('menuitemradio', { name: 'Light' }).click();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Theme: Light' })).toBeVisible();
  expect(await shellBackground(page)).toBe(LIGHT_BACKGROUND);
});

test.describe('System theme follows the OS before any JavaScript runs', () => {
  test.use({ colorScheme: 'dark', javaScriptEnabled: false });

  test('dark OS, no stored choice: the first paint is dark', async ({ page }) => {
    await page.goto('/registries');
    await expect(page.locator('html')).toHaveAttribute('data-theme-preference', 'system');
    expect(await shellBackground(page)).toBe(DARK_BACKGROUND);
  });

  test('dark OS, light chosen: the first paint is light', async ({ page, context, baseURL }) => {
    await context.addCookies([{ name: 'rh-theme', value: 'light', url: baseURL! }]);
    await page.goto('/registries');
    await expect(page.locator('html')).toHaveAttribute('data-theme-preference', 'light');
    expect(await shellBackground(page)).toBe(LIGHT_BACKGROUND);
  });
});
