// Tags and description: edited on the registry page (PATCH), shown in the list; a write refused with
// ARM's 409 (another operation running) is said in plain words and the page keeps working.
import { expect, test } from '@playwright/test';
import { signInAs } from '../support/auth';
import { gotoHydrated } from '../support/hydration';
import { addHttpFault, createTestRegistry, getRegistryJson } from './registry-fixture';

test.beforeEach(async ({ page }) => {
  await signInAs(page);
});

test('edits tags and description, and the list shows the new tags', async ({ page, request }) => {
  const registry = await createTestRegistry(request, { prefix: 'e2e-tags', regions: ['eastus'], tags: { team: 'vision' } });
  await gotoHydrated(page, registry.path);
  const dialog = page.getByRole('dialog', { name: 'Edit tags and description' });
  await page.getByRole('button', { name: 'Edit tags' }).click();
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Tag 1 name')).toHaveValue('team');
  await dialog.getByLabel('Description').fill('Models shared by the vision team');
  await dialog.getByLabel('Tag 1 value').fill('vision-platform');
  await dialog.getByRole('button', { name: 'Add tag' }).click();
  // The wizard's rules apply: a reserved prefix is refused before anything is sent.
  await dialog.getByLabel('Tag 2 name').fill('azure-cost');
  await dialog.getByLabel('Tag 2 value').fill('cc-4711');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toContainText('Azure reserves that prefix');
  await dialog.getByLabel('Tag 2 name').fill('costcenter');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();

  const tags = page.getByRole('toolbar', { name: 'Registry tags' }).or(page.getByLabel('Registry tags'));
  await expect(tags).toContainText('team: vision-platform');
  await expect(tags).toContainText('costcenter: cc-4711');
  await expect(page.getByRole('region', { name: 'Description' })).toContainText('Models shared by the vision team');
  await expect.poll(async () => (await getRegistryJson(request, registry)).body?.tags).toEqual({
    team: 'vision-platform',
    costcenter: 'cc-4711',
    description: 'Models shared by the vision team',
  });
  await page.screenshot({ path: test.info().outputPath('tags-saved.png'), fullPage: true });

  await gotoHydrated(page, `/registries?q=${registry.name}`);
  const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: registry.name, exact: true }) });
  await expect(row).toContainText('costcenter');
  await expect(row).toContainText('cc-4711');
});

test('a change refused with 409 Conflict is explained in plain words and the page keeps working', async ({ page, request }) => {
  const registry = await createTestRegistry(request, { prefix: 'e2e-conflict', regions: ['eastus'] });
  const message = `The registry '${registry.name}' has a 'update' operation in progress. Retry after it completes.`;
  await addHttpFault(request, { match: { method: 'PATCH', path: `${registry.armPath}` }, status: 409, code: 'Conflict', message, times: 1 });
  await gotoHydrated(page, registry.path);
  const dialog = page.getByRole('dialog', { name: 'Edit tags and description' });
  await page.getByRole('button', { name: 'Edit tags' }).click();
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Description').fill('first try');
  await dialog.getByRole('button', { name: 'Save' }).click();
  const alert = dialog.getByRole('alert');
  await expect(alert).toContainText('another operation is still running on this registry');
  await expect(alert).toContainText(message);
  await expect(alert).toContainText('Code Conflict · HTTP 409');
  await page.screenshot({ path: test.info().outputPath('conflict.png') });
  // Nothing broke: the same dialog saves once the other operation is over.
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('region', { name: 'Description' })).toContainText('first try');
});
