// The permission matrix of issue 8: for each seeded principal (Owner, Contributor, Reader, AzureML Registry
// User, no role) and each action (list, open, create, add region, edit tags, delete, assign roles), what the
// console offers and what the server allows agree with Azure RBAC. Each principal gets a registry of its own
// (made by the Owner through ARM); the UI is read as that principal, the server actions are called directly
// as that principal (as if the UI had offered them), and ARM's state afterwards is the judge.
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { SEED_PRINCIPALS } from '@/lib/emulator/seed/principals';
import { SEED_SUBSCRIPTIONS } from '@/lib/emulator/seed/subscriptions';
import { signInAs, UPN } from '../support/auth';
import { gotoHydrated } from '../support/hydration';
import { chooseByKeyboard, fillBasics, uniqueRegistryName } from '../create-registry/wizard';
import { callServerAction, serverActionId } from '../registry-page/server-action';
import { registryRequestBody, type TestRegistry } from '../registry-page/registry-fixture';
import { API, armAs, createRegistryIn } from './identity-fixture';

type Action = 'list' | 'open' | 'create' | 'addRegion' | 'editTags' | 'delete' | 'assignRoles';
// How far the create wizard gets: to its permission preflight (principals that can read resource groups),
// to a refused resource group list (AzureML Registry User lacks resourceGroups/read), or not even a subscription.
type WizardStop = 'preflight' | 'resource-groups-refused' | 'no-subscription';
type Row = { key: string; upn: string; allowed: Record<Action, boolean>; wizard: WizardStop };

const ALL = { list: true, open: true, create: true, addRegion: true, editTags: true, delete: true, assignRoles: true };
const READ_ONLY = { list: true, open: true, create: false, addRegion: false, editTags: false, delete: false, assignRoles: false };
const NOTHING = { list: false, open: false, create: false, addRegion: false, editTags: false, delete: false, assignRoles: false };

// Azure RBAC for the seeded roles (assigned at subscription scope): Contributor's notActions remove
// Microsoft.Authorization/*/Write; Reader is */read; AzureML Registry User is registries/read + assets/*.
const MATRIX: Row[] = [
  { key: 'Owner', upn: UPN.owner, allowed: ALL, wizard: 'preflight' },
  { key: 'Contributor', upn: UPN.contributor, allowed: { ...ALL, assignRoles: false }, wizard: 'preflight' },
  { key: 'Reader', upn: UPN.reader, allowed: READ_ONLY, wizard: 'preflight' },
  { key: 'AzureML Registry User', upn: UPN.registryUser, allowed: READ_ONLY, wizard: 'resource-groups-refused' },
  { key: 'no role', upn: UPN.noRole, allowed: NOTHING, wizard: 'no-subscription' },
];

const SUBSCRIPTION = SEED_SUBSCRIPTIONS.production;
const ROUTE = 'app/registries/[subscriptionId]/[resourceGroup]/[name]';
const ACTIONS = {
  updateTags: [`${ROUTE}/update-tags-action.ts`, 'updateTagsAction'],
  addRegions: [`${ROUTE}/add-regions-action.ts`, 'addRegionsAction'],
  deleteRegistry: [`${ROUTE}/delete-registry-action.ts`, 'deleteRegistryAction'],
  addRoleAssignment: [`${ROUTE}/add-role-assignment-action.ts`, 'addRoleAssignmentAction'],
  removeRoleAssignment: [`${ROUTE}/remove-role-assignment-action.ts`, 'removeRoleAssignmentAction'],
} as const;

async function getRegistry(request: APIRequestContext, registry: TestRegistry) {
  return armAs(request, UPN.owner, 'GET', `${registry.armPath}?${API.registry}`);
}

async function regionsOf(request: APIRequestContext, registry: TestRegistry): Promise<string[]> {
  const body = (await getRegistry(request, registry)).body as { properties?: { regionDetails?: { location: string }[] } } | null;
  return (body?.properties?.regionDetails ?? []).map((r) => r.location);
}

function refused(reply: string): boolean {
  return reply.includes('"ok":false') && reply.includes('AuthorizationFailed');
}

// A write button on the registry page: enabled when offered, else disabled with the reason.
async function expectOffered(page: Page, name: string, offered: boolean, missing: RegExp) {
  const button = page.getByRole('button', { name, exact: true });
  if (offered) return expect(button).toBeEnabled();
  await expect(button).toBeDisabled();
  await expect(button).toHaveAccessibleDescription(missing);
}

for (const row of MATRIX) {
  test(`${row.key}: the console offers and the server allows what Azure RBAC does`, async ({ page, request }) => {
    test.setTimeout(120_000);
    const { allowed } = row;
    const registry = await createRegistryIn(request, SUBSCRIPTION.id, 'e2e-mx');
    const ref = { subscriptionId: registry.subscriptionId, resourceGroup: registry.resourceGroup, name: registry.name };
    const target = { subscriptionId: registry.subscriptionId, resourceGroup: registry.resourceGroup, registryName: registry.name };
    const call = (action: keyof typeof ACTIONS, args: unknown[]) => callServerAction(page, registry.path, serverActionId(ACTIONS[action][0], ACTIONS[action][1]), args);

    // list — UI: the registry's row (search narrows the list to it); server: ARM's list for the subscription.
    await signInAs(page, row.upn, `/registries?q=${registry.name}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Registries' })).toBeVisible();
    await expect(page.getByRole('link', { name: registry.name, exact: true })).toHaveCount(allowed.list ? 1 : 0);
    const listed = await armAs(request, row.upn, 'GET', `/subscriptions/${SUBSCRIPTION.id}/providers/Microsoft.MachineLearningServices/registries?${API.registry}`);
    const names = ((listed.body?.value as { name: string }[] | undefined) ?? []).map((r) => r.name);
    expect(names.includes(registry.name), `ARM list as ${row.key} (HTTP ${listed.status})`).toBe(allowed.list);

    // open — UI: the registry page, or the page naming the roles that would allow it; server: ARM GET.
    await gotoHydrated(page, registry.path);
    const heading = allowed.open ? registry.name : `You don't have access to ${registry.name}`;
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    expect((await armAs(request, row.upn, 'GET', `${registry.armPath}?${API.registry}`)).status).toBe(allowed.open ? 200 : 403);

    // edit tags, add region, delete, assign roles — what the page offers.
    if (allowed.open) {
      await expectOffered(page, 'Edit tags', allowed.editTags, /You need write access/);
      await expectOffered(page, 'Delete', allowed.delete, /You need delete access/);
      await page.getByRole('tab', { name: 'Regions' }).click();
      await expectOffered(page, 'Add regions', allowed.addRegion, /You need write access/);
      await page.getByRole('tab', { name: 'Access control' }).click();
      await expectOffered(page, 'Add role assignment', allowed.assignRoles, /roleAssignments\/write/);
    } else {
      for (const name of ['Edit tags', 'Delete', 'Add regions', 'Add role assignment']) await expect(page.getByRole('button', { name, exact: true })).toHaveCount(0);
    }
    await page.screenshot({ path: test.info().outputPath(`${row.key.replace(/ /g, '-')}.png`), fullPage: true });

    // edit tags — server: the action called directly.
    const tagsReply = await call('updateTags', [ref, { tags: [{ name: 'team', value: 'matrix' }], description: '' }]);
    expect(refused(tagsReply), `updateTagsAction as ${row.key}: ${tagsReply.slice(0, 300)}`).toBe(!allowed.editTags);
    expect(((await getRegistry(request, registry)).body as { tags: Record<string, string> }).tags).toEqual(allowed.editTags ? { team: 'matrix' } : { team: 'ml' });

    // assign roles — server: assign Reader to Nora on this registry, then remove it again.
    const assignReply = await call('addRoleAssignment', [target, { roleGuid: 'acdd72a7-3385-48ef-bd42-f606fba81ae7', principalId: SEED_PRINCIPALS.noRole.id, principalType: 'User' }]);
    expect(refused(assignReply), `addRoleAssignmentAction as ${row.key}: ${assignReply.slice(0, 300)}`).toBe(!allowed.assignRoles);
    const atRegistry = async () => {
      const list = await armAs(request, UPN.owner, 'GET', `${registry.armPath}/providers/Microsoft.Authorization/roleAssignments?${API.authorization}&$filter=atScope()`);
      return (list.body!.value as { id: string; properties: { scope: string } }[]).filter((a) => a.properties.scope.toLowerCase() === registry.armPath.toLowerCase());
    };
    const assignments = await atRegistry();
    expect(assignments).toHaveLength(allowed.assignRoles ? 1 : 0);
    if (allowed.assignRoles) {
      expect(refused(await call('removeRoleAssignment', [target, assignments[0].id]))).toBe(false);
      await expect.poll(async () => (await atRegistry()).length).toBe(0);
    }

    // add region — server: the action starts the long operation; ARM then lists the new region.
    const regionReply = await call('addRegions', [ref, { regions: ['westus2'] }]);
    expect(refused(regionReply), `addRegionsAction as ${row.key}: ${regionReply.slice(0, 300)}`).toBe(!allowed.addRegion);
    if (allowed.addRegion) {
      await expect.poll(() => regionsOf(request, registry), { timeout: 30_000 }).toEqual(['eastus', 'westus2']);
      await expect
        .poll(async () => ((await getRegistry(request, registry)).body as { properties: { provisioningState?: string } }).properties.provisioningState, { timeout: 30_000 })
        .toBe('Succeeded');
    } else {
      expect(await regionsOf(request, registry)).toEqual(['eastus']);
    }

    // delete — server: the action starts the delete; ARM then answers 404.
    const deleteReply = await call('deleteRegistry', [ref, { confirmName: registry.name }]);
    expect(refused(deleteReply), `deleteRegistryAction as ${row.key}: ${deleteReply.slice(0, 300)}`).toBe(!allowed.delete);
    if (allowed.delete) await expect.poll(async () => (await getRegistry(request, registry)).status, { timeout: 30_000 }).toBe(404);
    else expect((await getRegistry(request, registry)).status).toBe(200);

    // create — UI: the list's "Create registry" (toolbar, or the empty state for a principal who sees no
    // registry) links to the wizard, or is disabled with the missing permission named; then the wizard's
    // preflight for the principal's subscription; server: ARM PUT as the principal.
    await gotoHydrated(page, '/registries');
    if (allowed.create) {
      await expect(page.getByRole('link', { name: 'Create registry', exact: true })).toHaveAttribute('href', '/registries/create');
    } else {
      const createButton = page.getByRole('button', { name: 'Create registry', exact: true });
      await expect(createButton).toBeDisabled();
      await expect(createButton).toHaveAccessibleDescription(/You need Microsoft\.MachineLearningServices\/registries\/write \(Contributor or Owner\)/);
      await expect(page.getByRole('link', { name: 'Create registry', exact: true })).toHaveCount(0);
    }
    const name = uniqueRegistryName('e2emx');
    await gotoHydrated(page, '/registries/create');
    if (row.wizard === 'preflight') {
      await fillBasics(page, { subscription: SUBSCRIPTION.displayName, resourceGroup: 'rg-ml-prod', name });
      const verdict = allowed.create ? 'You have permission to create registries' : "You don't have permission to create a registry here";
      await expect(page.getByText(verdict)).toBeVisible();
    } else if (row.wizard === 'resource-groups-refused') {
      await chooseByKeyboard(page, 'Subscription', SUBSCRIPTION.displayName);
      await expect(page.getByRole('alert').filter({ hasText: 'Resource groups could not be read' })).toContainText('Microsoft.Resources/subscriptions/resourceGroups/read');
    } else {
      const subscriptions = page.getByRole('combobox', { name: 'Subscription', exact: true });
      await subscriptions.click();
      await expect(subscriptions).toHaveAttribute('aria-expanded', 'true');
      await expect(page.getByRole('option', { name: SUBSCRIPTION.displayName })).toHaveCount(0);
    }
    await page.screenshot({ path: test.info().outputPath(`${row.key.replace(/ /g, '-')}-create.png`), fullPage: true });
    const created = await armAs(request, row.upn, 'PUT', `/subscriptions/${SUBSCRIPTION.id}/resourceGroups/rg-ml-prod/providers/Microsoft.MachineLearningServices/registries/${name}?${API.registry}`, registryRequestBody(['eastus']));
    expect(created.status, JSON.stringify(created.body)).toBe(allowed.create ? 201 : 403);
    if (allowed.create) {
      const path = `/subscriptions/${SUBSCRIPTION.id}/resourceGroups/rg-ml-prod/providers/Microsoft.MachineLearningServices/registries/${name}?${API.registry}`;
      // The seeded resource group is shared: leave it as it was once the registry exists.
      await expect.poll(async () => (await armAs(request, UPN.owner, 'DELETE', path)).status, { timeout: 30_000 }).toBeLessThan(300);
    }
  });
}
