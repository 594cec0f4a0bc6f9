// Microsoft.Authorization through lib/arm: each seeded principal's effective permissions match its role;
// a custom role with registries/read + registries/assets/read lets its holder read a registry and not
// write it; role assignment refusals (409 RoleAssignmentExists, 400 PrincipalNotFound and
// RoleDefinitionDoesNotExist, 403 for a Contributor). Seeded principals exist only on the emulator.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createOrUpdateRoleDefinition,
  createRoleAssignment,
  deleteRoleAssignment,
  deleteRoleDefinition,
  isActionAllowed,
  listPermissions,
  listRoleAssignments,
  listRoleDefinitions,
} from '../authorization';
import type { ArmError } from '../errors';
import { resourceGroupPath, subscriptionPath } from '../paths';
import { beginCreateOrUpdateRegistry, getRegistry, updateRegistry } from '../registries';
import { registryBody } from './fixtures';
import { emulatorClientAs, seeded, startTarget, uniqueName, type ContractTarget } from './target';

const emulatorOnly = process.env.ARM_LIVE === '1' ? describe.skip : describe;
const ML = 'Microsoft.MachineLearningServices/registries';
const READER_ROLE = 'acdd72a7-3385-48ef-bd42-f606fba81ae7';

let t: ContractTarget;
beforeAll(async () => {
  t = await startTarget();
}, 120_000);
afterAll(async () => {
  await t?.close();
});

async function failure(p: Promise<unknown>): Promise<ArmError> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect((e as Error | undefined)?.name, 'the call should have failed with ArmError').toBe('ArmError');
  return e as ArmError;
}

emulatorOnly('permissions of the seeded principals', () => {
  const expectations = [
    ['owner', true, true, true],
    ['contributor', true, true, false],
    ['reader', false, true, false],
    ['registryUser', false, true, false],
    ['noRole', false, false, false],
  ] as const;

  it.each(expectations)('%s: registries/write %s, registries/read %s, roleAssignments/write %s', async (key, write, read, assign) => {
    const client = emulatorClientAs(t.controlEndpoint, seeded.principals[key].userPrincipalName);
    for (const scope of [subscriptionPath(t.subscriptionId), resourceGroupPath(t.subscriptionId, 'rg-ml-prod'), `${resourceGroupPath(t.subscriptionId, 'rg-ml-prod')}/providers/${ML}/contoso-prod-registry`]) {
      const perms = await listPermissions(client, scope);
      expect(isActionAllowed(perms, `${ML}/write`), `${key} write at ${scope}`).toBe(write);
      expect(isActionAllowed(perms, `${ML}/read`), `${key} read at ${scope}`).toBe(read);
      expect(isActionAllowed(perms, 'Microsoft.Authorization/roleAssignments/write'), `${key} assign at ${scope}`).toBe(assign);
    }
  });

  it('lets an AzureML Registry User use assets but not delete registries', async () => {
    const perms = await listPermissions(emulatorClientAs(t.controlEndpoint, seeded.principals.registryUser.userPrincipalName), subscriptionPath(t.subscriptionId));
    expect(isActionAllowed(perms, `${ML}/assets/write`)).toBe(true);
    expect(isActionAllowed(perms, `${ML}/delete`)).toBe(false);
  });
});

emulatorOnly('custom roles', () => {
  it('lets the holder of a read-assets role read a registry and refuses its writes with 403', async () => {
    const rg = await t.newResourceGroup();
    const name = uniqueName('ctcustom');
    await beginCreateOrUpdateRegistry(t.client, t.subscriptionId, rg, name, registryBody(t.location));
    const roleId = randomUUID();
    const role = await createOrUpdateRoleDefinition(t.client, t.subscriptionId, roleId, {
      properties: {
        roleName: uniqueName('Registry asset reader '),
        description: 'Read registries and their assets',
        permissions: [{ actions: [`${ML}/read`, `${ML}/assets/read`], notActions: [] }],
        assignableScopes: [subscriptionPath(t.subscriptionId)],
      },
    });
    expect(role.properties).toMatchObject({ type: 'CustomRole' });
    const custom = await listRoleDefinitions(t.client, resourceGroupPath(t.subscriptionId, rg), "type eq 'CustomRole'");
    expect(custom.map((d) => d.name)).toContain(roleId);

    const scope = resourceGroupPath(t.subscriptionId, rg);
    const holder = seeded.principals.noRole;
    const assignment = await createRoleAssignment(t.client, scope, { roleDefinitionId: roleId, principalId: holder.id, principalType: 'User' });
    const client = emulatorClientAs(t.controlEndpoint, holder.userPrincipalName);
    expect((await getRegistry(client, t.subscriptionId, rg, name)).name).toBe(name);
    const put = await failure(beginCreateOrUpdateRegistry(client, t.subscriptionId, rg, name, registryBody(t.location)));
    expect(put).toMatchObject({ status: 403, code: 'AuthorizationFailed' });
    const patch = await failure(updateRegistry(client, t.subscriptionId, rg, name, { tags: { x: 'y' } }));
    expect(patch).toMatchObject({ status: 403, code: 'AuthorizationFailed' });

    // An assigned role cannot be deleted; once unassigned it can.
    expect((await failure(deleteRoleDefinition(t.client, t.subscriptionId, roleId))).code).toBe('RoleDefinitionHasAssignments');
    expect((await deleteRoleAssignment(t.client, assignment.id))?.name).toBe(assignment.name);
    expect((await failure(getRegistry(client, t.subscriptionId, rg, name))).status).toBe(403);
    expect((await deleteRoleDefinition(t.client, t.subscriptionId, roleId))?.name).toBe(roleId);
    expect(await deleteRoleDefinition(t.client, t.subscriptionId, roleId)).toBeUndefined();
  });

  it('refuses a second custom role with the same name with 409 RoleDefinitionWithSameNameExists', async () => {
    const roleName = uniqueName('Dup role ');
    const body = { properties: { roleName, permissions: [{ actions: [`${ML}/read`], notActions: [] }], assignableScopes: [subscriptionPath(t.subscriptionId)] } };
    const first = randomUUID();
    await createOrUpdateRoleDefinition(t.client, t.subscriptionId, first, body);
    const err = await failure(createOrUpdateRoleDefinition(t.client, t.subscriptionId, randomUUID(), body));
    expect(err).toMatchObject({ status: 409, code: 'RoleDefinitionWithSameNameExists' });
    await deleteRoleDefinition(t.client, t.subscriptionId, first);
  });
});

emulatorOnly('role assignments', () => {
  it('refuses a duplicate, an unknown principal and an unknown role, and a Contributor', async () => {
    const scope = resourceGroupPath(t.subscriptionId, await t.newResourceGroup());
    const principalId = seeded.principals.noRole.id;
    const created = await createRoleAssignment(t.client, scope, { roleDefinitionId: READER_ROLE, principalId });
    expect(created.properties).toMatchObject({ principalId, scope, principalType: 'User' });
    expect(created.properties.roleDefinitionId).toBe(`/subscriptions/${t.subscriptionId}/providers/Microsoft.Authorization/roleDefinitions/${READER_ROLE}`);

    expect(await failure(createRoleAssignment(t.client, scope, { roleDefinitionId: READER_ROLE, principalId }))).toMatchObject({ status: 409, code: 'RoleAssignmentExists' });
    expect(await failure(createRoleAssignment(t.client, scope, { roleDefinitionId: READER_ROLE, principalId: randomUUID() }))).toMatchObject({
      status: 400,
      code: 'PrincipalNotFound',
    });
    expect(await failure(createRoleAssignment(t.client, scope, { roleDefinitionId: randomUUID(), principalId }))).toMatchObject({ status: 400, code: 'RoleDefinitionDoesNotExist' });
    const contributor = emulatorClientAs(t.controlEndpoint, seeded.principals.contributor.userPrincipalName);
    const denied = await failure(createRoleAssignment(contributor, scope, { roleDefinitionId: READER_ROLE, principalId: seeded.principals.reader.id }));
    expect(denied).toMatchObject({ status: 403, code: 'AuthorizationFailed' });
    expect(denied.message).toContain('Microsoft.Authorization/roleAssignments/write');

    // atScope(): the assignment itself and the inherited subscription-level ones; principalId narrows to one principal.
    const atScope = await listRoleAssignments(t.client, scope, 'atScope()');
    expect(atScope.map((a) => a.id)).toContain(created.id);
    expect(atScope.some((a) => a.properties.scope === subscriptionPath(t.subscriptionId))).toBe(true);
    const mine = await listRoleAssignments(t.client, subscriptionPath(t.subscriptionId), `principalId eq '${principalId}'`);
    expect(mine.map((a) => a.id)).toEqual([created.id]);
    await deleteRoleAssignment(t.client, created.id);
    expect(await deleteRoleAssignment(t.client, created.id)).toBeUndefined();
  });
});
