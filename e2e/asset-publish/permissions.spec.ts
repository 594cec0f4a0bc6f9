// Who may publish: a Reader sees the form with the permission it lacks and cannot submit, and the action
// called directly is refused too; an AzureML Registry User publishes. An unknown kind is a 404.
import { expect, test } from '@playwright/test';
import { signInAs, UPN } from '../support/auth';
import { createTestRegistry, uniqueName, type TestRegistry } from '../registry-page/registry-fixture';
import { callServerAction, serverActionId } from '../registry-page/server-action';
import { expectVersion, getVersion, openPublishForm, publishPath } from './asset-fixture';

const ROUTE = 'app/registries/[subscriptionId]/[resourceGroup]/[name]/publish/[kind]';

let registry: TestRegistry;
test.beforeAll(async ({ request }) => {
  registry = await createTestRegistry(request, { prefix: 'e2e-pubperm', regions: ['eastus'] });
});

test('a Reader sees which permission publishing needs, cannot submit, and is refused by the server anyway', async ({ page, request }) => {
  await signInAs(page, UPN.reader, publishPath(registry, 'models'));
  await expect(page.getByText("You can't publish to this registry")).toBeVisible();
  await expect(page.getByText(/Microsoft\.MachineLearningServices\/registries\/assets\/write/).first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Publish model' })).toBeDisabled();

  const name = uniqueName('e2e-reader-data');
  const input = { kind: 'data', name, version: '1', description: '', tags: '', dataType: 'uri_file', source: 'uri', uri: 'https://example.com/a.csv' };
  const ref = { subscriptionId: registry.subscriptionId, resourceGroup: registry.resourceGroup, name: registry.name };
  const reply = await callServerAction(page, publishPath(registry, 'data'), serverActionId(`${ROUTE}/create-version-action.ts`, 'createVersionAction'), [ref, input]);
  expect(reply).toContain('"ok":false');
  expect(reply).toContain('AuthorizationFailed');
  expect(reply).toContain("You don't have permission to create assets in registries");
  expect((await getVersion(request, registry, 'data', name, '1')).status).toBe(404);
});

test('an AzureML Registry User publishes', async ({ page, request }) => {
  const name = uniqueName('e2e-user-data');
  await openPublishForm(page, UPN.registryUser, registry, 'data', 'data asset');
  await expect(page.getByText("You can't publish to this registry")).toHaveCount(0);
  await page.getByLabel('Name').fill(name);
  await page.getByRole('radio', { name: 'Already stored: give its URI' }).check();
  await page.getByRole('textbox', { name: 'URI' }).fill('azureml://datastores/workspaceblobstore/paths/data/');
  await page.getByRole('button', { name: 'Publish data asset' }).click();
  await page.waitForURL((url) => url.pathname.endsWith(`/assets/data/${name}`));
  expect(await expectVersion(request, registry, 'data', name, '1')).toMatchObject({ dataType: 'uri_folder', dataUri: 'azureml://datastores/workspaceblobstore/paths/data/' });
});

test('a kind that is not publishable is a 404 page', async ({ page }) => {
  await signInAs(page, UPN.owner, `${registry.path}/publish/codes`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/not found|doesn.t exist|no registry/i);
});
