// Managing a version on the asset page as the Owner: edit its tags and description, archive and restore
// it, and delete it after typing the version — each read back from ARM.
import { expect, test } from '@playwright/test';
import { signInAs } from '../support/auth';
import { gotoHydrated } from '../support/hydration';
import { createRegistryWithModel, modelVersionJson } from './asset-fixture';

test.beforeEach(async ({ page }) => {
  await signInAs(page);
});

test('edits a version\'s tags and description', async ({ page, request }) => {
  const registry = await createRegistryWithModel(request, 'e2e-asset-tags', 'tagged-model', 2);
  await gotoHydrated(page, `${registry.path}/assets/models/tagged-model?version=1`);
  await page.getByRole('button', { name: 'Edit tags' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit tags and description' });
  await expect(dialog.getByLabel('Tag 1 name')).toHaveValue('stage');
  await dialog.getByLabel('Description').fill('Reviewed by the risk team');
  await dialog.getByLabel('Tag 1 value').fill('reviewed');
  await dialog.getByRole('button', { name: 'Add tag' }).click();
  await dialog.getByLabel('Tag 2 name').fill('owner');
  await dialog.getByLabel('Tag 2 value').fill('risk');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByLabel('Properties', { exact: true })).toContainText('owner=risk');
  await expect(page.getByLabel('Properties', { exact: true })).toContainText('Reviewed by the risk team');
  await expect.poll(async () => (await modelVersionJson(request, registry, 'tagged-model', '1'))?.tags).toEqual({ stage: 'reviewed', owner: 'risk' });
  expect((await modelVersionJson(request, registry, 'tagged-model', '1'))?.description).toBe('Reviewed by the risk team');
});

test('archives and restores a version', async ({ page, request }) => {
  const registry = await createRegistryWithModel(request, 'e2e-asset-archive', 'archived-model', 2);
  await gotoHydrated(page, `${registry.path}/assets/models/archived-model?version=1`);
  await page.getByRole('button', { name: 'Archive version 1' }).click();
  await expect(page.getByRole('button', { name: 'Restore version 1' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Versions' }).getByRole('row').filter({ hasText: 'v1' })).toContainText('Archived');
  expect((await modelVersionJson(request, registry, 'archived-model', '1'))?.isArchived).toBe(true);
  await page.getByRole('button', { name: 'Restore version 1' }).click();
  await expect(page.getByRole('button', { name: 'Archive version 1' })).toBeVisible();
  expect((await modelVersionJson(request, registry, 'archived-model', '1'))?.isArchived).toBe(false);
});

test('deletes a version once the version is typed', async ({ page, request }) => {
  const registry = await createRegistryWithModel(request, 'e2e-asset-delete', 'short-lived', 2);
  await gotoHydrated(page, `${registry.path}/assets/models/short-lived?version=2`);
  await page.getByRole('button', { name: 'Delete version' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete version 2 of short-lived?' });
  await expect(dialog).toContainText('azureml://registries/');
  const confirm = dialog.getByRole('button', { name: 'Delete version' });
  await expect(confirm).toBeDisabled();
  await dialog.getByLabel(/Type the version/).fill('1');
  await expect(confirm).toBeDisabled();
  await dialog.getByLabel(/Type the version/).fill('2');
  await confirm.click();
  await expect(dialog).toBeHidden();
  await expect.poll(() => modelVersionJson(request, registry, 'short-lived', '2'), { timeout: 20_000 }).toBeNull();
  // The page re-reads until the delete has settled and then shows only version 1.
  await expect(page.getByRole('table', { name: 'Versions' }).getByRole('link')).toHaveText(['1'], { timeout: 20_000 });
});
