// The registry page's regions: open a registry from the list and see each region's storage account and
// the container registry; add a region and watch it appear; remove it after confirming.
import { expect, test } from '@playwright/test';
import { signInAs } from '../support/auth';
import { gotoHydrated } from '../support/hydration';
import { createTestRegistry, registryRegions } from './registry-fixture';

test.beforeEach(async ({ page }) => {
  await signInAs(page);
});

test('opens from the list and shows each region with its storage account and the container registry', async ({ page, request }) => {
  const registry = await createTestRegistry(request, { prefix: 'e2e-regions', regions: ['eastus', 'westeurope'] });
  const arm = await registryRegions(request, registry);

  // Search for it, as a person would in a long (virtualised, still loading) list.
  await gotoHydrated(page, `/registries?q=${registry.name}`);
  await page.getByRole('link', { name: registry.name, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${registry.path}$`));
  await expect(page.getByRole('heading', { level: 1, name: registry.name })).toBeVisible();
  await expect(page.getByLabel('Registry properties')).toContainText('Permanent');

  await page.getByRole('tab', { name: 'Regions' }).click();
  const table = page.getByRole('table', { name: 'Regions' });
  const primary = table.getByRole('row', { name: /East US/ }).first();
  await expect(primary).toContainText('Primary · permanent');
  for (const region of arm) {
    const row = table.getByRole('row').filter({ hasText: region.storage! });
    await expect(row).toContainText('Standard_LRS');
    await expect(row).toContainText('Disabled'); // hierarchical namespace
    await expect(row).toContainText('Succeeded (available)');
  }
  await expect(table.getByRole('row', { name: /West Europe/ })).toContainText(/Replication\s*Succeeded \(Ready\)/);
  const acr = page.getByRole('region', { name: 'Container registry' });
  await expect(acr).toContainText(arm[0].acr!);
  await expect(acr).toContainText('Premium');
  await page.screenshot({ path: test.info().outputPath('regions.png'), fullPage: true });

  // The other tabs: Connect's snippets name the registry; Access control is mounted for it.
  await page.getByRole('tab', { name: 'Connect' }).click();
  await expect(page.getByRole('region', { name: 'Asset id prefix' })).toContainText(`azureml://registries/${registry.name}/`);
  await expect(page.getByRole('region', { name: 'Python SDK (azure-ai-ml)' })).toContainText(`registry_name="${registry.name}", registry_location="eastus"`);
  await page.getByRole('tab', { name: 'Access control' }).click();
  await expect(page).toHaveURL(/tab=access-control/);
  await expect(page.getByRole('tabpanel', { name: 'Access control' })).toContainText('Owner');
  await page.screenshot({ path: test.info().outputPath('access-control.png'), fullPage: true });
});

test('adds a region, watches it appear, then removes it after confirming', async ({ page, request }) => {
  const registry = await createTestRegistry(request, { prefix: 'e2e-addrm', regions: ['eastus'] });
  await gotoHydrated(page, `${registry.path}?tab=regions`);
  const table = page.getByRole('table', { name: 'Regions' });
  await expect(table.getByRole('row')).toHaveCount(2); // header + primary

  const dialog = page.getByRole('dialog', { name: 'Add regions' });
  await page.getByRole('button', { name: 'Add regions' }).click();
  await expect(dialog).toBeVisible();
  await dialog.getByRole('combobox').click();
  await page.getByRole('menuitemcheckbox', { name: /Japan East/ }).click();
  await page.keyboard.press('Escape'); // closes the listbox, not the dialog
  await expect(dialog.getByText(/Japan East/)).toBeVisible();
  await dialog.getByRole('button', { name: 'Add region' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Adding region japaneast' })).toBeVisible();

  // The new region's storage account appears once ARM created it, with the name ARM reports.
  await expect.poll(async () => (await registryRegions(request, registry)).find((r) => r.location === 'japaneast')?.storage ?? null, { timeout: 20_000 }).not.toBeNull();
  const added = (await registryRegions(request, registry)).find((r) => r.location === 'japaneast')!;
  const row = table.getByRole('row', { name: /Japan East/ });
  await expect(row).toContainText(added.storage!, { timeout: 20_000 });
  await expect(page.getByText('Adding region japaneast: done')).toBeVisible({ timeout: 20_000 });
  await expect(row).toContainText(/Replication\s*Succeeded/);
  await page.screenshot({ path: test.info().outputPath('region-added.png'), fullPage: true });

  const confirm = page.getByRole('dialog', { name: /Remove .*Japan East/ });
  await row.getByRole('button', { name: /Remove region .*Japan East/ }).click();
  await expect(confirm).toBeVisible();
  await expect(confirm).toContainText(added.storage!);
  await expect(confirm).toContainText('replication of the container registry');
  await expect(confirm).toContainText(/primary region \(.*East US\) cannot be removed/);
  await page.screenshot({ path: test.info().outputPath('remove-confirm.png') });
  await confirm.getByRole('button', { name: 'Remove region' }).click();
  await expect(page.getByText('Removing region japaneast: done')).toBeVisible({ timeout: 20_000 });
  await expect(table.getByRole('row', { name: /Japan East/ })).toHaveCount(0);
  expect((await registryRegions(request, registry)).map((r) => r.location)).toEqual(['eastus']);
});
