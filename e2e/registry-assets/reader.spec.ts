// A Reader browses everything but can change nothing: the tabs' Publish and the asset page's changes are
// disabled with the permission they need, and the same server actions called directly are refused. An
// AzureML Registry User (assets write and delete) is offered all of it.
import { expect, test } from '@playwright/test';
import { signInAs, UPN } from '../support/auth';
import { callServerAction, serverActionId } from '../registry-page/server-action';
import { createRegistryWithModel, modelVersionJson, SEEDED } from './asset-fixture';

const ROUTE = 'app/registries/[subscriptionId]/[resourceGroup]/[name]/assets/[kind]/[asset]';

test('a Reader sees assets with every change disabled and the reason; forged action calls are refused', async ({ page, request }) => {
  await signInAs(page, UPN.reader, `${SEEDED.path}?tab=models`);
  await expect(page.getByRole('table', { name: 'Models' }).getByRole('link', { name: 'credit-risk-classifier', exact: true })).toBeVisible();
  const publish = page.getByRole('button', { name: 'Publish model' });
  await expect(publish).toBeDisabled();
  await expect(publish).toHaveAccessibleDescription(/registries\/assets\/write/);

  const registry = await createRegistryWithModel(request, 'e2e-asset-reader', 'guarded-model', 1);
  const assetPath = `${registry.path}/assets/models/guarded-model`;
  await page.goto(assetPath);
  await expect(page.getByRole('heading', { level: 1, name: 'guarded-model' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Versions' }).getByRole('link', { name: '1', exact: true })).toBeVisible();
  for (const [name, permission] of [
    ['Edit tags', /assets\/write/],
    ['Archive version 1', /assets\/write/],
    ['Archive asset', /assets\/write/],
    ['Delete version', /assets\/delete/],
  ] as const) {
    const button = page.getByRole('button', { name, exact: true });
    await expect(button).toBeDisabled();
    await expect(button).toHaveAccessibleDescription(permission);
  }

  const ref = { subscriptionId: registry.subscriptionId, resourceGroup: registry.resourceGroup, name: registry.name, kind: 'models', asset: 'guarded-model' };
  const calls: [string, string, unknown[]][] = [
    ['update-asset-version-action.ts', 'updateAssetVersionAction', [ref, '1', { tags: [{ name: 'stage', value: 'hijacked' }], description: '' }]],
    ['set-asset-archived-action.ts', 'setAssetArchivedAction', [ref, { version: '1', archived: true }]],
    ['delete-asset-version-action.ts', 'deleteAssetVersionAction', [ref, { version: '1', confirmation: '1' }]],
  ];
  for (const [file, exportedName, args] of calls) {
    const reply = await callServerAction(page, assetPath, serverActionId(`${ROUTE}/${file}`, exportedName), args);
    expect(reply, exportedName).toContain('"ok":false');
    expect(reply, exportedName).toContain('AuthorizationFailed');
  }
  // ARM's truth: nothing changed.
  const version = await modelVersionJson(request, registry, 'guarded-model', '1');
  expect(version).toMatchObject({ tags: { stage: 'test' }, isArchived: false });
});

test('an AzureML Registry User is offered Publish and the changes, and an archive goes through', async ({ page, request }) => {
  const registry = await createRegistryWithModel(request, 'e2e-asset-user', 'shared-model', 1);
  await signInAs(page, UPN.registryUser, `${registry.path}?tab=models`);
  const publish = page.getByRole('link', { name: 'Publish model' });
  await expect(publish).toHaveAttribute('href', `${registry.path}/publish/models`);
  await page.getByRole('table', { name: 'Models' }).getByRole('link', { name: 'shared-model', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'shared-model' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Delete version' })).toBeEnabled();
  await page.getByRole('button', { name: 'Archive version 1' }).click();
  await expect(page.getByRole('button', { name: 'Restore version 1' })).toBeVisible();
  expect((await modelVersionJson(request, registry, 'shared-model', '1'))?.isArchived).toBe(true);
});
