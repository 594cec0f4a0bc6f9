// The registry page's Access control tab as the Owner: assignments at the registry and inherited ones with
// their scope, Add role assignment (role with its permissions, principal from the directory), Check access,
// and Remove after confirming — each checked against ARM's own role assignment list.
import { expect, test, type APIRequestContext } from '@playwright/test';
import { SEED_PRINCIPALS } from '@/lib/emulator/seed/principals';
import { SEED_SUBSCRIPTIONS } from '@/lib/emulator/seed/subscriptions';
import { signInAs, UPN } from '../support/auth';
import { armList } from '../support/emulator';
import { createTestRegistry, TEST_SUBSCRIPTION } from '../registry-page/registry-fixture';
import { createRegistryIn } from './identity-fixture';

type Assignment = { id: string; properties: { scope: string; principalId: string; roleDefinitionId: string } };
const AUTHZ_API = 'api-version=2022-04-01';
const REGISTRY_USER_ROLE = '1823dd4f-9b8c-4ab6-ab4e-7397a3684615';

function assignmentsAt(request: APIRequestContext, scope: string): Promise<Assignment[]> {
  return armList<Assignment>(request, `${scope}/providers/Microsoft.Authorization/roleAssignments?${AUTHZ_API}&$filter=atScope()`);
}

test('assignments at the registry and inherited ones; add, check access and remove agree with ARM', async ({ page, request }) => {
  const registry = await createTestRegistry(request, { prefix: 'e2e-iam', regions: ['eastus'] });
  await signInAs(page, UPN.owner, `${registry.path}?tab=access-control`);
  const table = page.getByRole('table', { name: 'Role assignments' });

  // The seeded principals' subscription-scope roles are inherited here.
  const inheritedRow = table.getByRole('row').filter({ hasText: 'Rita Reader' });
  await expect(inheritedRow).toContainText('Reader');
  await expect(inheritedRow).toContainText(`Subscription '${TEST_SUBSCRIPTION.displayName}'`);
  await expect(inheritedRow).toContainText('Inherited');
  await expect(inheritedRow.getByRole('button', { name: /^Remove/ })).toHaveCount(0);

  // Add: the role list shows each role's permissions; the principal comes from the directory.
  await page.getByRole('button', { name: 'Add role assignment' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add role assignment' });
  for (const name of ['Reader', 'AzureML Registry User', 'Contributor', 'Owner']) {
    await expect(dialog.getByRole('radio', { name: new RegExp(`^${name}\\b`) })).toBeVisible();
  }
  await dialog.getByRole('radio', { name: /^AzureML Registry User/ }).check();
  await expect(dialog).toContainText('Microsoft.MachineLearningServices/registries/assets/*');
  await dialog.getByRole('combobox', { name: 'Principal' }).click();
  await page.getByRole('option', { name: /Nora NoRole/ }).click();
  await page.screenshot({ path: test.info().outputPath('add-role-assignment.png'), fullPage: true });
  await dialog.getByRole('button', { name: 'Assign' }).click();
  await expect(dialog).toBeHidden();

  const ownRow = table.getByRole('row').filter({ hasText: 'Nora NoRole' });
  await expect(ownRow).toContainText('AzureML Registry User');
  await expect(ownRow).toContainText('This registry');
  await expect(ownRow).not.toContainText('Inherited');
  const atRegistry = (await assignmentsAt(request, registry.armPath)).filter((a) => a.properties.scope.toLowerCase() === registry.armPath.toLowerCase());
  expect(atRegistry.map((a) => [a.properties.principalId, a.properties.roleDefinitionId.split('/').pop()])).toEqual([
    [SEED_PRINCIPALS.noRole.id, REGISTRY_USER_ROLE],
  ]);

  // Check access: which assignment grants each permission.
  await page.getByRole('combobox', { name: 'Principal to check' }).click();
  await page.getByRole('option', { name: /Nora NoRole/ }).click();
  const verdicts = page.getByRole('table', { name: 'Effective permissions' });
  const assetsWrite = verdicts.getByRole('row').filter({ hasText: 'registries/assets/write' });
  await expect(assetsWrite.getByRole('cell').nth(1)).toHaveText('Allowed');
  await expect(assetsWrite.getByRole('cell').nth(2)).toHaveText('AzureML Registry User at This registry');
  await expect(verdicts.getByRole('row').filter({ hasText: 'registries/write' }).first()).toContainText('Not allowed');
  await page.getByRole('combobox', { name: 'Principal to check' }).click();
  await page.getByRole('option', { name: /Rita Reader/ }).click();
  await expect(verdicts.getByRole('row').filter({ hasText: 'registries/read' }).first()).toContainText(
    `Reader at Subscription '${TEST_SUBSCRIPTION.displayName}' (inherited)`,
  );
  await page.screenshot({ path: test.info().outputPath('access-control.png'), fullPage: true });

  // Remove, after confirming.
  await ownRow.getByRole('button', { name: 'Remove AzureML Registry User from Nora NoRole' }).click();
  const confirm = page.getByRole('dialog', { name: 'Remove role assignment?' });
  await expect(confirm).toContainText('Nora NoRole will lose the AzureML Registry User role on this registry');
  await confirm.getByRole('button', { name: 'Remove' }).click();
  await expect(confirm).toBeHidden();
  await expect(ownRow).toHaveCount(0);
  await expect
    .poll(async () => (await assignmentsAt(request, registry.armPath)).filter((a) => a.properties.scope.toLowerCase() === registry.armPath.toLowerCase()).length)
    .toBe(0);
});

test('a Contributor sees the assignments but cannot add or remove them, and is told which permission is missing', async ({ page, request }) => {
  // Development: no spec creates the one-click roles there, so their Create buttons are always offered.
  const registry = await createRegistryIn(request, SEED_SUBSCRIPTIONS.development.id, 'e2e-iam-c');
  await signInAs(page, UPN.contributor, `${registry.path}?tab=access-control`);
  await expect(page.getByRole('table', { name: 'Role assignments' }).getByRole('row').filter({ hasText: 'Carlos Contributor' })).toContainText('Inherited');
  const add = page.getByRole('button', { name: 'Add role assignment' });
  await expect(add).toBeDisabled();
  await expect(add).toHaveAccessibleDescription('You need Microsoft.Authorization/roleAssignments/write (User Access Administrator or Owner)');
  await add.hover();
  await expect(page.getByRole('tooltip')).toHaveText('You need Microsoft.Authorization/roleAssignments/write (User Access Administrator or Owner)');
  const create = page.getByRole('button', { name: 'Create Registry asset reader' });
  await expect(create).toBeDisabled();
  await expect(create).toHaveAccessibleDescription(/Microsoft\.Authorization\/roleDefinitions\/write/);
  await page.screenshot({ path: test.info().outputPath('contributor-access-control.png'), fullPage: true });
});
