// The shell on phones, tablets and laptops: below 1024 px the nav is an overlay drawer, closed by default and
// kept as the person left it across reloads (rendered by the server from its cookie); the header keeps one
// row and stays at the top; the grey nav column spans the viewport's height.
import { expect, test, type Page } from '@playwright/test';
import { NAV_COOKIE } from '@/components/shell/nav-state';
import { signInAs } from '../support/auth';
import { gotoHydrated } from '../support/hydration';
import { VIEWPORTS } from './pages-under-test';

const nav = (page: Page) => page.getByRole('navigation', { name: 'Hubs' });
const toggle = (page: Page) => page.getByRole('banner').getByRole('button', { name: /navigation$/ });
// The nav cookie as the browser's cookie store holds it, which is what a reload sends. The page writes it as
// the nav changes, but that write reaches the store a moment later than a reload from the test can: wait for
// it, as a person's reload comes long after.
const navCookie = async (page: Page) => (await page.context().cookies()).find((cookie) => cookie.name === NAV_COOKIE)?.value;

test.beforeEach(({ page }) => signInAs(page));

test.describe('phone', () => {
  test.use({ viewport: VIEWPORTS.phone });

  test('the nav is a closed overlay drawer that opens over the content and stays open across a reload', async ({ page }) => {
    await gotoHydrated(page, '/registries');
    await expect(nav(page)).toBeHidden();
    await expect(toggle(page)).toHaveAttribute('aria-expanded', 'false');
    const contentLeft = (await page.getByRole('main').boundingBox())!.x;

    await toggle(page).click();
    await expect(nav(page)).toBeVisible();
    await expect(toggle(page)).toHaveAttribute('aria-expanded', 'true');
    // An overlay: the content did not move aside for it.
    expect((await page.getByRole('main').boundingBox())!.x).toBe(contentLeft);

    await expect.poll(() => navCookie(page)).toBe('open');
    await page.reload();
    await expect(nav(page)).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
    await nav(page).getByRole('link', { name: 'Registries' }).press('Escape');
    await expect(nav(page)).toBeHidden();
    // Closing the drawer goes back to "auto", which removes the cookie.
    await expect.poll(() => navCookie(page)).toBeUndefined();
    await page.reload();
    await expect(nav(page)).toBeHidden();
  });

  test('choosing a hub or tapping beside the drawer closes it', async ({ page }) => {
    await gotoHydrated(page, '/registries/create');
    await toggle(page).click();
    await page.getByTestId('nav-backdrop').click({ position: { x: 350, y: 400 } });
    await expect(nav(page)).toBeHidden();
    await toggle(page).click();
    await nav(page).getByRole('link', { name: 'Registries' }).click();
    await expect(page).toHaveURL(/\/registries$/);
    await expect(nav(page)).toBeHidden();
  });

  test('the header keeps one row: theme and account fold into a More menu', async ({ page }) => {
    await gotoHydrated(page, '/registries');
    const header = page.getByRole('banner');
    expect((await header.boundingBox())!.height).toBe(48);
    await expect(header.getByRole('button', { name: /^Theme:/ })).toBeHidden();
    await header.getByRole('button', { name: 'More: theme and account' }).click();
    await page.getByRole('menuitemradio', { name: 'Dark' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme-preference', 'dark');
    await header.getByRole('button', { name: 'More: theme and account' }).click();
    await expect(page.getByRole('menuitem', { name: 'Sign out' })).toBeVisible();
  });

  test('without JavaScript the server renders the drawer the cookie asks for', async ({ browser }) => {
    const context = await browser.newContext({ viewport: VIEWPORTS.phone, javaScriptEnabled: false });
    const page = await context.newPage();
    await signInAs(page);
    await expect(nav(page)).toBeHidden();
    const { hostname } = new URL(page.url());
    await context.addCookies([{ name: NAV_COOKIE, value: 'open', domain: hostname, path: '/' }]);
    await page.goto('/registries');
    await expect(nav(page)).toBeVisible();
    await context.close();
  });
});

test.describe('laptop', () => {
  test.use({ viewport: { width: VIEWPORTS.laptop.width, height: 420 } });

  test('the nav sits beside the content; collapsing it is kept across a reload', async ({ page }) => {
    await gotoHydrated(page, '/registries');
    await expect(nav(page)).toBeVisible();
    expect((await page.getByRole('main').boundingBox())!.x).toBeGreaterThanOrEqual(220);
    await toggle(page).click();
    await expect(nav(page)).toBeHidden();
    await expect.poll(() => navCookie(page)).toBe('closed');
    await page.reload();
    await expect(nav(page)).toBeHidden();
    await expect(toggle(page)).toHaveAttribute('aria-expanded', 'false');
    await page.locator('html[data-hydrated="true"]').waitFor();
    await toggle(page).click();
    await expect(nav(page)).toBeVisible();
  });

  test('on a page taller than the window the header stays at the top and the nav column reaches the bottom', async ({ page }) => {
    await gotoHydrated(page, '/registries/create');
    // The wizard's form loads behind a spinner; the page is taller than the window once it is there.
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight)).toBeGreaterThan(100);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(100);
    expect((await page.getByRole('banner').boundingBox())!.y).toBe(0);
    const navBox = (await nav(page).boundingBox())!;
    expect(Math.abs(navBox.y - 48)).toBeLessThan(1);
    expect(Math.abs(navBox.y + navBox.height - 420)).toBeLessThan(1);
  });
});
