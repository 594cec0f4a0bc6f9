// A server action called after the session ended (the cookie is gone): the proxy answers 401 and the page
// says so in words, with a sign-in link that comes back to the same page, instead of Next's generic error.
import { expect, test } from '@playwright/test';
import { signInAs } from '../support/auth';
import { gotoHydrated } from '../support/hydration';
import { createTestRegistry, getRegistryJson } from './registry-fixture';

test('saving tags without a session says it expired and links to sign-in and back', async ({ page, context, request }) => {
  const registry = await createTestRegistry(request, { prefix: 'e2e-expired', regions: ['eastus'], tags: { team: 'ml' } });
  await signInAs(page);
  await gotoHydrated(page, `${registry.path}?tab=regions`);
  const dialog = page.getByRole('dialog', { name: 'Edit tags and description' });
  await page.getByRole('button', { name: 'Edit tags' }).click();
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Tag 1 value').fill('after-expiry');

  await context.clearCookies();
  await dialog.getByRole('button', { name: 'Save' }).click();
  const notice = page.getByRole('alertdialog', { name: 'Session expired' });
  await expect(notice).toContainText('Your session has expired. Sign in again.');
  const signIn = notice.getByRole('link', { name: 'Sign in again' });
  await expect(signIn).toHaveAttribute('href', `/signin?next=${encodeURIComponent(`${registry.path}?tab=regions`)}`);
  await expect(page.getByText('An unexpected response was received from the server')).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('session-expired.png') });
  expect((await getRegistryJson(request, registry)).body.tags).toEqual({ team: 'ml' });

  await signIn.click();
  await expect(page).toHaveURL(/\/signin\?next=/);
  await page.getByRole('button', { name: /owner@contoso\.onmicrosoft\.com/ }).click();
  await page.waitForURL((url) => url.pathname === registry.path && url.searchParams.get('tab') === 'regions');
  await expect(page.getByRole('heading', { level: 1, name: registry.name })).toBeVisible();
});
