// Notifications: the bell's panel lists a deployment started from another tab of the same browser, with
// its live status, on any page of the app.
import { expect, test } from '@playwright/test';
import { signInAs } from '../support/auth';
import { gotoHydrated } from '../support/hydration';
import { createResourceGroup, registryBundle, startDeployment, uniqueName } from './support';

test.beforeEach(async ({ page }) => {
  await signInAs(page);
});

test('the panel shows a deployment started from another tab, live to Succeeded', async ({ page, context, request }) => {
  test.setTimeout(60_000);
  // This tab sits on the registries list.
  await gotoHydrated(page, '/registries');
  const first = await startDeployment(request, registryBundle(uniqueName('e2edn'), ['eastus']), await createResourceGroup(request));

  // Another tab opens the new deployment (as Create would).
  const other = await context.newPage();
  await gotoHydrated(other, first.path);
  await expect(other.getByRole('heading', { level: 1, name: first.deploymentName })).toBeVisible();

  await page.bringToFront();
  await page.getByRole('button', { name: /^Notifications/ }).click();
  const panel = page.getByRole('dialog', { name: 'Notifications' });
  const item = panel.getByRole('listitem').filter({ hasText: first.deploymentName });
  await expect(item).toBeVisible();
  await expect(item).toContainText('Succeeded', { timeout: 20_000 });
  await expect(item.getByRole('link', { name: 'Go to resource' })).toHaveAttribute('href', new RegExp(`/${first.registryName}$`));
  await page.screenshot({ path: test.info().outputPath('notifications.png') });
  await item.getByRole('link', { name: first.deploymentName }).click();
  await expect(page).toHaveURL(new RegExp(`${first.deploymentName}$`));
});
