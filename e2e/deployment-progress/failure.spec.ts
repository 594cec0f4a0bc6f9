// Failure: a provisioning fault on one region's storage account ends the deployment Failed with that error
// (and a plain-words explanation) on the page; once the fault is cleared, Redeploy submits the same template
// and parameters as a new deployment, which succeeds.
import { expect, test } from '@playwright/test';
import { addFault, clearFaults } from '@/lib/emulator/testing/control';
import { signInAs } from '../support/auth';
import { ARM_URL } from '../support/emulator';
import { gotoHydrated } from '../support/hydration';
import { registryBundle, startDeployment, uniqueName } from './support';

test.beforeEach(async ({ page }) => {
  await signInAs(page);
});

test('a storage fault in one region fails the deployment with its error, and Redeploy succeeds after it is cleared', async ({ page, request }) => {
  test.setTimeout(60_000);
  const registryName = uniqueName('e2edf');
  const message = 'The subscription has reached its quota of 250 storage accounts in westus.';
  const fault = await addFault(ARM_URL, {
    kind: 'provisioning',
    resourceType: 'Microsoft.Storage/storageAccounts',
    region: 'westus',
    registryName,
    code: 'QuotaExceeded',
    message,
  });
  try {
    const deployment = await startDeployment(request, registryBundle(registryName, ['eastus', 'westus']));
    await gotoHydrated(page, deployment.path);
    await expect(page.getByRole('heading', { name: 'Deployment failed' })).toBeVisible({ timeout: 20_000 });
    const errors = page.getByRole('region', { name: 'Errors' });
    await expect(errors).toContainText('QuotaExceeded');
    await expect(errors).toContainText(message);
    await expect(errors).toContainText('What this means: The subscription has reached a quota in this region');
    const table = page.getByRole('table', { name: 'Deployment details' });
    const westStorage = table.getByRole('row').filter({ hasText: 'Storage account' }).filter({ hasText: 'West US' });
    await expect(westStorage.locator('[data-status]')).toHaveAttribute('data-status', 'failed');
    await expect(westStorage).toContainText(message);
    await page.screenshot({ path: test.info().outputPath('failed.png'), fullPage: true });

    await clearFaults(ARM_URL, fault.id);
    await page.getByRole('button', { name: 'Redeploy' }).click();
    await page.waitForURL((url) => url.pathname.includes(`${deployment.deploymentName}-r`));
    await expect(page.getByRole('heading', { name: 'Your deployment is complete' })).toBeVisible({ timeout: 25_000 });
    await expect(page.getByRole('link', { name: 'Go to resource' })).toBeVisible();
    await page.screenshot({ path: test.info().outputPath('redeployed.png'), fullPage: true });
  } finally {
    await clearFaults(ARM_URL, fault.id).catch(() => undefined);
  }
});
