// Delete: the dialog asks for the name, says what breaks, runs the delete with live status, returns to the
// list with a toast; the registry is gone from the list and its managed resource group from ARM.
import { expect, test } from '@playwright/test';
import { signInAs } from '../support/auth';
import { gotoHydrated } from '../support/hydration';
import { addHttpFault, createTestRegistry, getRegistryJson, resourceGroupStatus } from './registry-fixture';

test.beforeEach(async ({ page }) => {
  await signInAs(page);
});

test('deletes after the name is typed, returns to the list with a toast, and the managed resource group is gone', async ({ page, request }) => {
  // Its own primary region, so the slowed status read below concerns only this test's operation.
  const registry = await createTestRegistry(request, { prefix: 'e2e-delete', regions: ['swedencentral', 'northeurope'] });
  const managedGroupId: string = (await getRegistryJson(request, registry)).body.properties.managedResourceGroup.resourceId;
  const managedGroup = managedGroupId.split('/').at(-1)!;
  expect(await resourceGroupStatus(request, registry.subscriptionId, managedGroup)).toBe(200);

  await gotoHydrated(page, registry.path);
  const dialog = page.getByRole('dialog', { name: `Delete ${registry.name}?` });
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(`azureml://registries/${registry.name}/…`);
  await expect(dialog).toContainText('stops resolving');
  await expect(dialog).toContainText(managedGroup);
  const confirm = dialog.getByRole('button', { name: 'Delete registry' });
  await expect(confirm).toBeDisabled();
  await dialog.getByLabel(/Type the registry name/).fill(registry.name.toUpperCase());
  await expect(confirm).toBeDisabled();
  await dialog.getByLabel(/Type the registry name/).fill(registry.name);
  await page.screenshot({ path: test.info().outputPath('delete-dialog.png') });
  // At test speed the delete ends within a second: slow the first status read so the running state can be seen.
  const statusPath = `/subscriptions/${registry.subscriptionId}/providers/Microsoft.MachineLearningServices/locations/swedencentral/registryOperationsStatus/*`;
  await addHttpFault(request, { match: { method: 'GET', path: statusPath }, latencyMs: 2000, times: 1 });
  await confirm.click();

  await expect(page.getByRole('status').filter({ hasText: `Deleting ${registry.name}` })).toBeVisible();
  await page.waitForURL((url) => url.pathname === '/registries', { timeout: 20_000 });
  // The toast (its text is also announced through Fluent's live region, hence exact matches).
  await expect(page.getByText('Registry deleted', { exact: true })).toBeVisible();
  await expect(page.getByText(`${registry.name} and its managed resource group were deleted.`, { exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Registries' })).toBeVisible();
  await expect(page.getByRole('link', { name: registry.name, exact: true })).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('deleted-toast.png'), animations: 'disabled' });

  expect((await getRegistryJson(request, registry)).status).toBe(404);
  await expect.poll(() => resourceGroupStatus(request, registry.subscriptionId, managedGroup), { timeout: 20_000 }).toBe(404);
  await gotoHydrated(page, registry.path);
  await expect(page.getByRole('heading', { level: 1, name: 'Registry not found' })).toBeVisible();
});
