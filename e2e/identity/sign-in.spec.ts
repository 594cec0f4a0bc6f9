// Sign-in with the emulator directory: the gate in front of every page, the principal list, the session
// cookie's attributes, the header's identity, sign-out, and the cookies that must sign a user out.
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { signInAs, UPN } from '../support/auth';
import { gotoHydrated } from '../support/hydration';
import { sessionCookieValue } from '../support/session-cookie';

const SESSION_COOKIE = 'rh_session';

async function sessionCookie(context: BrowserContext) {
  return (await context.cookies()).find((cookie) => cookie.name === SESSION_COOKIE);
}

async function expectSignedOut(page: Page, context: BrowserContext, from: string) {
  await page.goto(from);
  await expect(page).toHaveURL((url) => url.pathname === '/signin' && url.searchParams.get('next') === from);
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  expect(await sessionCookie(context)).toBeUndefined();
}

test('an unauthenticated visit reaches only the sign-in page, which lists the directory with roles', async ({ page, context }) => {
  await expectSignedOut(page, context, '/registries');
  const form = page.getByRole('form', { name: 'Sign in as' });
  await expect(form.getByRole('button')).toHaveCount(5);
  await expect(form.getByRole('button', { name: /Rita Reader/ })).toContainText('reader@contoso.onmicrosoft.com · Roles: Reader');
  await expect(form.getByRole('button', { name: /Umar Registry-User/ })).toContainText('Roles: AzureML Registry User');
  await expect(form.getByRole('button', { name: /Nora NoRole/ })).toContainText('No role assignments');
  // The header names nobody.
  await expect(page.getByRole('button', { name: /^Signed in as/ })).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('sign-in.png'), fullPage: true });

  // Other pages, and a server action posted without a session, are refused too.
  await page.goto('/registries/create');
  await expect(page).toHaveURL(/\/signin\?next=%2Fregistries%2Fcreate$/);
  // From the console's own origin (an origin-less POST is refused earlier, with 403: e2e/security/csrf.spec.ts).
  const action = await page.request.post('/registries', { headers: { 'Next-Action': 'x', Origin: new URL(page.url()).origin }, data: '[]', maxRedirects: 0 });
  expect(action.status()).toBe(401);
});

test('keyboard sign-in sets an httpOnly, SameSite=Lax session cookie and returns to the requested page', async ({ page, context }) => {
  await page.goto('/registries?view=all');
  await expect(page).toHaveURL(/\/signin\?next=/);
  await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
  const reader = page.getByRole('button', { name: /reader@contoso\.onmicrosoft\.com/ });
  await reader.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/registries\?view=all$/);

  const cookie = await sessionCookie(context);
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', secure: false, path: '/' });
  // 8 hours, give or take the time the test took.
  expect(cookie!.expires * 1000 - Date.now()).toBeGreaterThan(7.9 * 3600_000);
  expect(cookie!.expires * 1000 - Date.now()).toBeLessThanOrEqual(8 * 3600_000);
  await expect(page.getByRole('button', { name: 'Signed in as Rita Reader' })).toBeVisible();
});

test('sign out clears the session; the next visit goes to sign-in', async ({ page, context }) => {
  await signInAs(page, UPN.contributor);
  const copied = (await sessionCookie(context))!;
  await page.getByRole('button', { name: 'Signed in as Carlos Contributor' }).click();
  await expect(page.getByRole('menu')).toContainText(UPN.contributor);
  await page.screenshot({ path: test.info().outputPath('user-menu.png') });
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/signin$/);
  await expect(page.getByRole('button', { name: /^Signed in as/ })).toHaveCount(0);
  await expectSignedOut(page, context, '/registries');

  // A copy of the cookie taken before sign-out no longer works: sign-out ends the session on the server.
  await context.addCookies([copied]);
  await expectSignedOut(page, context, '/registries');
});

test('a tampered session cookie signs the user out and is cleared', async ({ page, context }) => {
  await signInAs(page, UPN.reader);
  const cookie = (await sessionCookie(context))!;
  const [header, payload, signature] = cookie.value.split('.');
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
  // Promote the session to the Owner's id, keeping the reader's signature.
  claims.sub = '0b1f7c2e-5a3d-4e8f-9c61-1a2b3c4d5e01';
  await context.addCookies([{ ...cookie, value: `${header}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${signature}` }]);
  await expectSignedOut(page, context, '/registries');
});

test('an expired session cookie signs the user out and is cleared', async ({ page, context, baseURL }) => {
  const nineHoursAgo = Date.now() - 9 * 3600_000;
  const value = await sessionCookieValue(
    { principalId: '0b1f7c2e-5a3d-4e8f-9c61-1a2b3c4d5e01', userPrincipalName: UPN.owner, displayName: 'Olivia Owner' },
    nineHoursAgo,
  );
  // The browser would have dropped it; a client that keeps cookies too long must still be refused.
  await context.addCookies([{ name: SESSION_COOKIE, value, url: baseURL!, httpOnly: true, sameSite: 'Lax' }]);
  await expectSignedOut(page, context, '/registries');
});

test('a next that points off-site is ignored after sign-in', async ({ page }) => {
  await gotoHydrated(page, `/signin?next=${encodeURIComponent('//evil.example/phish')}`);
  await page.getByRole('button', { name: /owner@contoso\.onmicrosoft\.com/ }).click();
  await expect(page).toHaveURL(/\/registries$/);
  await expect(page.getByRole('button', { name: 'Signed in as Olivia Owner' })).toBeVisible();
});
