// A Reader sees the registry page with every write action disabled and a short reason (the exact permission
// behind a disclosure); the same server actions called directly by the Reader are refused by ARM. A principal
// with no role gets a page naming the roles.
import { expect, test } from '@playwright/test';
import { signInAs, UPN } from '../support/auth';
import { createTestRegistry, getRegistryJson, registryRegions } from './registry-fixture';
import { callServerAction, serverActionId } from './server-action';

const ROUTE = 'app/registries/[subscriptionId]/[resourceGroup]/[name]';

test('a Reader sees every write action disabled with the reason, and the actions called directly are refused', async ({ page, request }) => {
  const registry = await createTestRegistry(request, { prefix: 'e2e-reader', regions: ['eastus', 'westus2'], tags: { team: 'ml' } });
  await signInAs(page, UPN.reader, registry.path);
  await expect(page.getByRole('heading', { level: 1, name: registry.name })).toBeVisible();
  await expect(page.getByText('Read-only')).toBeVisible();
  await expect(page.getByText('You can view this registry but not change it.')).toBeVisible();
  // The exact permissions are one click away, not in the sentence.
  const exact = page.getByText(/Your role lacks Microsoft\.MachineLearningServices\/registries\/write and .*registries\/delete/);
  await expect(exact).toBeHidden();
  await page.getByText('Which permission is missing').click();
  await expect(exact).toBeVisible();
  for (const [name, reason] of [['Edit tags', 'You need write access to this registry'], ['Delete', 'You need delete access to this registry']]) {
    const button = page.getByRole('button', { name, exact: true });
    await expect(button).toBeDisabled();
    await expect(button).toHaveAccessibleDescription(reason);
  }

  await page.getByRole('tab', { name: 'Regions' }).click();
  await expect(page.getByRole('button', { name: 'Add regions' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Add regions' })).toHaveAccessibleDescription('You need write access to this registry');
  await expect(page.getByRole('button', { name: /Remove region/ })).toBeDisabled();
  await expect(page.getByRole('button', { name: /Remove region/ })).toHaveAccessibleDescription('You need write access to this registry');
  await page.getByText('Which permission is missing').click();
  await expect(exact).toBeHidden();
  await page.screenshot({ path: test.info().outputPath('reader.png'), fullPage: true });

  const ref = { subscriptionId: registry.subscriptionId, resourceGroup: registry.resourceGroup, name: registry.name };
  const calls: [string, string, unknown][] = [
    ['update-tags-action.ts', 'updateTagsAction', { tags: [{ name: 'team', value: 'hijacked' }], description: '' }],
    ['add-regions-action.ts', 'addRegionsAction', { regions: ['japaneast'] }],
    ['remove-regions-action.ts', 'removeRegionsAction', { regions: ['westus2'] }],
    ['delete-registry-action.ts', 'deleteRegistryAction', { confirmName: registry.name }],
  ];
  for (const [file, exportedName, input] of calls) {
    const reply = await callServerAction(page, registry.path, serverActionId(`${ROUTE}/${file}`, exportedName), [ref, input]);
    expect(reply, exportedName).toContain('"ok":false');
    expect(reply, exportedName).toContain('AuthorizationFailed');
  }
  // ARM's truth: nothing changed.
  expect((await getRegistryJson(request, registry)).body.tags).toEqual({ team: 'ml' });
  expect((await registryRegions(request, registry)).map((r) => r.location)).toEqual(['eastus', 'westus2']);
});

test('a principal without any role is told which role would let them read the registry', async ({ page, request }) => {
  const registry = await createTestRegistry(request, { prefix: 'e2e-norole', regions: ['eastus'] });
  await signInAs(page, UPN.noRole, registry.path);
  await expect(page.getByRole('heading', { level: 1, name: `You don't have access to ${registry.name}` })).toBeVisible();
  for (const text of ['Reader', 'AzureML Registry User', 'Microsoft.MachineLearningServices/registries/read']) {
    await expect(page.getByRole('listitem').filter({ hasText: text }).first()).toBeVisible();
  }
  await expect(page.getByRole('alert', { name: 'Azure refused to read the registry' })).toContainText('AuthorizationFailed');
  await page.screenshot({ path: test.info().outputPath('no-access.png'), fullPage: true });
});
