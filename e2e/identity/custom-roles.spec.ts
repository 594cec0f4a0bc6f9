// The seed's three custom roles, one click each, grant exactly their permissions: the Owner creates the role
// and assigns it to Nora (no role of her own) on a new registry; ARM's permissions API then lists exactly the
// role's actions for her, ARM allows or refuses her tag edit accordingly, and the console offers or disables
// the same things — its server action refusing what ARM would.
import { expect, test, type Page } from '@playwright/test';
import { signInAs, UPN } from '../support/auth';
import { createTestRegistry, getRegistryJson, TEST_SUBSCRIPTION } from '../registry-page/registry-fixture';
import { callServerAction, serverActionId } from '../registry-page/server-action';
import { API, armAs, permittedActions } from './identity-fixture';

const ML = 'Microsoft.MachineLearningServices/registries';
const ROLES = [
  { title: 'Registry asset reader', actions: [`${ML}/read`, `${ML}/assets/read`] },
  { title: 'Registry asset publisher', actions: [`${ML}/read`, `${ML}/assets/read`, `${ML}/assets/write`, `${ML}/assets/delete`] },
  { title: 'Registry manager', actions: [`${ML}/read`, `${ML}/assets/read`, `${ML}/assets/write`, `${ML}/assets/delete`, `${ML}/write`, `${ML}/delete`] },
];
const UPDATE_TAGS = ['app/registries/[subscriptionId]/[resourceGroup]/[name]/update-tags-action.ts', 'updateTagsAction'] as const;

async function assignToNora(page: Page, roleName: string) {
  await page.getByRole('button', { name: 'Add role assignment' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add role assignment' });
  await dialog.getByRole('radio', { name: new RegExp(`^${roleName.replace(/[()]/g, '\\$&')}`) }).check();
  await dialog.getByRole('combobox', { name: 'Principal' }).click();
  await page.getByRole('option', { name: /Nora NoRole/ }).click();
  await dialog.getByRole('button', { name: 'Assign' }).click();
  await expect(dialog).toBeHidden();
}

for (const role of ROLES) {
  test(`"${role.title}" grants exactly ${role.actions.length} actions`, async ({ page, browser, request }) => {
    const roleName = `${role.title} (${TEST_SUBSCRIPTION.displayName})`;
    const writes = role.actions.includes(`${ML}/write`);
    const registry = await createTestRegistry(request, { prefix: 'e2e-role', regions: ['eastus'], tags: { team: 'ml' } });

    // One click as the Owner creates the role at subscription scope, with exactly the seed's actions.
    await signInAs(page, UPN.owner, `${registry.path}?tab=access-control`);
    const card = page.getByRole('group', { name: role.title });
    await expect(card).toContainText(role.actions[role.actions.length - 1]);
    const create = card.getByRole('button', { name: `Create ${role.title}` });
    if (await create.isVisible()) await create.click();
    await expect(card).toContainText('Created');
    const filter = encodeURIComponent(`roleName eq '${roleName}'`);
    const listed = await armAs(request, UPN.owner, 'GET', `/subscriptions/${TEST_SUBSCRIPTION.id}/providers/Microsoft.Authorization/roleDefinitions?${API.authorization}&$filter=${filter}`);
    const definitions = listed.body!.value as { properties: { type: string; assignableScopes: string[]; permissions: { actions: string[]; notActions: string[] }[] } }[];
    expect(definitions).toHaveLength(1);
    expect(definitions[0].properties).toMatchObject({ type: 'CustomRole', assignableScopes: [`/subscriptions/${TEST_SUBSCRIPTION.id}`] });
    expect(definitions[0].properties.permissions).toEqual([{ actions: role.actions, notActions: [], dataActions: [], notDataActions: [] }]);

    await assignToNora(page, roleName);
    await expect(page.getByRole('table', { name: 'Role assignments' }).getByRole('row').filter({ hasText: 'Nora NoRole' })).toContainText(roleName);

    // ARM: exactly the role's actions, and the tag edit allowed only with registries/write.
    expect(await permittedActions(request, UPN.noRole, registry.armPath)).toEqual([...role.actions].sort());
    expect((await armAs(request, UPN.noRole, 'GET', `${registry.armPath}?${API.registry}`)).status).toBe(200);

    // The console, as Nora: she can open the registry; editing tags is offered exactly when ARM allows it.
    const nora = await (await browser.newContext()).newPage();
    await signInAs(nora, UPN.noRole, registry.path);
    await expect(nora.getByRole('heading', { level: 1, name: registry.name })).toBeVisible();
    const editTags = nora.getByRole('button', { name: 'Edit tags', exact: true });
    const deleteButton = nora.getByRole('button', { name: 'Delete', exact: true });
    if (writes) {
      await expect(editTags).toBeEnabled();
      await expect(deleteButton).toBeEnabled();
    } else {
      await expect(editTags).toBeDisabled();
      await expect(editTags).toHaveAccessibleDescription('You need write access to this registry');
      await expect(deleteButton).toBeDisabled();
    }
    await nora.screenshot({ path: test.info().outputPath(`nora-${role.title.replace(/ /g, '-')}.png`), fullPage: true });

    // The server action called directly: refused without registries/write, done with it — as ARM decides.
    const ref = { subscriptionId: registry.subscriptionId, resourceGroup: registry.resourceGroup, name: registry.name };
    const reply = await callServerAction(nora, registry.path, serverActionId(...UPDATE_TAGS), [ref, { tags: [{ name: 'team', value: 'nora' }], description: '' }]);
    const tags = (await getRegistryJson(request, registry)).body.tags;
    if (writes) {
      expect(reply).toContain('"ok":true');
      expect(tags).toEqual({ team: 'nora' });
    } else {
      expect(reply).toContain('AuthorizationFailed');
      expect(tags).toEqual({ team: 'ml' });
      const direct = await armAs(request, UPN.noRole, 'PATCH', `${registry.armPath}?${API.registry}`, { tags: { team: 'nora' } });
      expect(direct.status).toBe(403);
      expect((direct.body!.error as { code: string }).code).toBe('AuthorizationFailed');
    }
    await nora.context().close();

    // Clean up Nora's assignment, so she has no role again.
    const row = page.getByRole('table', { name: 'Role assignments' }).getByRole('row').filter({ hasText: 'Nora NoRole' });
    await row.getByRole('button', { name: `Remove ${roleName} from Nora NoRole` }).click();
    const confirm = page.getByRole('dialog', { name: 'Remove role assignment?' });
    await confirm.getByRole('button', { name: 'Remove' }).click();
    // While the modal dialog is open the table is hidden from the accessibility tree: wait for it to close.
    await expect(confirm).toBeHidden();
    await expect(row).toHaveCount(0);
    expect(await permittedActions(request, UPN.noRole, registry.armPath)).toEqual([]);
  });
}
