// Microsoft.Authorization over HTTP: routes at every scope shape (including resource-group scope, which
// shares its shape with the generic resource GET), built-in role definitions with their real GUIDs and
// filters, role assignment filters and refusals, and custom roles enforced on every ARM call.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_IDS } from '../rbac/built-in-roles';
import { SEED_PRINCIPALS } from '../seed/principals';
import { SEED_SUBSCRIPTIONS } from '../seed/subscriptions';
import type { EmulatorFixture } from '../testing/emulator-fixture';
import { startFixture } from '../testing/emulator-fixture';

const V = 'api-version=2022-04-01';
const SUB = `/subscriptions/${SEED_SUBSCRIPTIONS.production.id}`;
const RG = `${SUB}/resourceGroups/rg-ml-prod`;
const REGISTRY = `${RG}/providers/Microsoft.MachineLearningServices/registries/contoso-prod-registry`;
const AUTHZ = 'providers/Microsoft.Authorization';
type RoleDefinition = { id: string; name: string; properties: { roleName: string; type: string } };
type RoleAssignment = { id: string; name: string; type: string; properties: { scope: string; principalType: string } };
type List<T = RoleAssignment> = { value: T[] };

let f: EmulatorFixture;
beforeAll(async () => {
  f = await startFixture();
});
afterAll(async () => {
  await f?.close();
});

describe('permissions', () => {
  it('answers one block per role in force, at subscription, resource group, resource and child scope', async () => {
    const reader = SEED_PRINCIPALS.reader.userPrincipalName;
    for (const scope of [SUB, RG, REGISTRY]) {
      const res = await f.arm<List<unknown>>('GET', `${scope}/${AUTHZ}/permissions?${V}`, { principal: reader });
      expect(res.status).toBe(200);
      expect(res.body.value).toEqual([{ actions: ['*/read'], notActions: [], dataActions: [], notDataActions: [] }]);
    }
    const missing = await f.arm('GET', `${RG}/providers/Microsoft.MachineLearningServices/registries/nope/${AUTHZ}/permissions?${V}`);
    expect(missing.status).toBe(404);
    const noRole = await f.arm<List<unknown>>('GET', `${SUB}/${AUTHZ}/permissions?${V}`, { principal: SEED_PRINCIPALS.noRole.userPrincipalName });
    expect(noRole.body.value).toEqual([]);
  });
});

describe('role definitions', () => {
  it('lists the built-in roles with their real GUIDs and filters by name and type', async () => {
    const all = await f.arm<List<RoleDefinition>>('GET', `${SUB}/${AUTHZ}/roleDefinitions?${V}`);
    const byName = new Map(all.body.value.map((d) => [d.properties.roleName, d.name]));
    expect(byName.get('Owner')).toBe(ROLE_IDS.owner);
    expect(byName.get('AzureML Registry User')).toBe(ROLE_IDS.azureMlRegistryUser);
    const reader = await f.arm<List<RoleDefinition>>('GET', `${RG}/${AUTHZ}/roleDefinitions?${V}&$filter=${encodeURIComponent("roleName eq 'Reader'")}`);
    expect(reader.body.value).toHaveLength(1);
    expect(reader.body.value[0].id).toBe(`${SUB}/${AUTHZ}/roleDefinitions/${ROLE_IDS.reader}`);
    const custom = await f.arm<List<RoleDefinition>>('GET', `${SUB}/${AUTHZ}/roleDefinitions?${V}&$filter=${encodeURIComponent("type eq 'CustomRole'")}`);
    expect(custom.body.value.every((d) => d.properties.type === 'CustomRole')).toBe(true);
    const bad = await f.arm('GET', `${SUB}/${AUTHZ}/roleDefinitions?${V}&$filter=${encodeURIComponent("startswith(roleName, 'R')")}`);
    expect(bad.status).toBe(400);
  });

  it('refuses to modify a built-in role and a custom role assignable outside the tenant', async () => {
    const builtIn = await f.arm('PUT', `${SUB}/${AUTHZ}/roleDefinitions/${ROLE_IDS.reader}?${V}`, {
      body: { properties: { roleName: 'Reader', permissions: [{ actions: ['*'] }], assignableScopes: [SUB] } },
    });
    expect(builtIn.status).toBe(403);
    const outside = await f.arm('PUT', `${SUB}/${AUTHZ}/roleDefinitions/${randomUUID()}?${V}`, {
      body: { properties: { roleName: `r-${randomUUID()}`, permissions: [{ actions: ['*/read'] }], assignableScopes: [`/subscriptions/${randomUUID()}`] } },
    });
    expect(outside.status).toBe(400);
    const byContributor = await f.arm('PUT', `${SUB}/${AUTHZ}/roleDefinitions/${randomUUID()}?${V}`, {
      principal: SEED_PRINCIPALS.contributor.userPrincipalName,
      body: { properties: { roleName: `r-${randomUUID()}`, permissions: [{ actions: ['*/read'] }], assignableScopes: [SUB] } },
    });
    expect(byContributor.status).toBe(403);
  });

  it('enforces a custom role with a notActions wildcard on ARM calls at resource scope', async () => {
    const roleId = randomUUID();
    const put = await f.arm<RoleDefinition>('PUT', `${SUB}/${AUTHZ}/roleDefinitions/${roleId}?${V}`, {
      body: { properties: { roleName: `All but delete ${roleId}`, permissions: [{ actions: ['Microsoft.MachineLearningServices/*'], notActions: ['*/delete'] }], assignableScopes: [SUB] } },
    });
    expect(put.status).toBe(201);
    const assignment = await f.arm<RoleAssignment>('PUT', `${REGISTRY}/${AUTHZ}/roleAssignments/${randomUUID()}?${V}`, {
      body: { properties: { roleDefinitionId: `${SUB}/${AUTHZ}/roleDefinitions/${roleId}`, principalId: SEED_PRINCIPALS.noRole.id } },
    });
    expect(assignment.status).toBe(201);
    const as = { principal: SEED_PRINCIPALS.noRole.userPrincipalName };
    expect((await f.arm('GET', `${REGISTRY}?api-version=2025-09-01`, as)).status).toBe(200);
    expect((await f.arm('PATCH', `${REGISTRY}?api-version=2025-09-01`, { ...as, body: {} })).status).toBe(200);
    expect((await f.arm('DELETE', `${REGISTRY}?api-version=2025-09-01`, as)).status).toBe(403);
    // Granted at the registry only: its resource group stays out of reach.
    expect((await f.arm('GET', `${RG}/providers/Microsoft.MachineLearningServices/registries?api-version=2025-09-01`, as)).status).toBe(403);
    expect((await f.arm('DELETE', `${assignment.body.id}?${V}`)).status).toBe(200);
  });
});

describe('role assignments', () => {
  it('serves GET, repeat PUT and DELETE at resource-group scope, ahead of the generic resource route', async () => {
    const name = randomUUID();
    const body = { properties: { roleDefinitionId: `${SUB}/${AUTHZ}/roleDefinitions/${ROLE_IDS.reader}`, principalId: SEED_PRINCIPALS.noRole.id } };
    const created = await f.arm<RoleAssignment>('PUT', `${RG}/${AUTHZ}/roleAssignments/${name}?${V}`, { body });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name, type: 'Microsoft.Authorization/roleAssignments', properties: { scope: RG, principalType: 'User' } });
    expect((await f.arm('PUT', `${RG}/${AUTHZ}/roleAssignments/${name}?${V}`, { body })).status).toBe(200);
    const changed = await f.arm<{ error: { code: string } }>('PUT', `${RG}/${AUTHZ}/roleAssignments/${name}?${V}`, {
      body: { properties: { ...body.properties, roleDefinitionId: `${SUB}/${AUTHZ}/roleDefinitions/${ROLE_IDS.contributor}` } },
    });
    expect(changed.body.error.code).toBe('RoleAssignmentUpdateNotPermitted');
    expect((await f.arm('GET', `${RG}/${AUTHZ}/roleAssignments/${name}?${V}`, { principal: SEED_PRINCIPALS.reader.userPrincipalName })).status).toBe(200);
    expect((await f.arm('GET', `${SUB}/${AUTHZ}/roleAssignments/${name}?${V}`)).status).toBe(404);
    // No filter: at, above and below; atScope(): at and above only.
    const below = await f.arm<List>('GET', `${SUB}/${AUTHZ}/roleAssignments?${V}`);
    expect(below.body.value.map((a) => a.name)).toContain(name);
    const atScope = await f.arm<List>('GET', `${SUB}/${AUTHZ}/roleAssignments?${V}&$filter=atScope()`);
    expect(atScope.body.value.map((a) => a.name)).not.toContain(name);
    expect((await f.arm('DELETE', `${RG}/${AUTHZ}/roleAssignments/${name}?${V}`, { principal: SEED_PRINCIPALS.reader.userPrincipalName })).status).toBe(403);
    const deleted = await f.arm<RoleAssignment>('DELETE', `${RG}/${AUTHZ}/roleAssignments/${name}?${V}`);
    expect(deleted.status).toBe(200);
    expect(deleted.body.name).toBe(name);
    expect((await f.arm('DELETE', `${RG}/${AUTHZ}/roleAssignments/${name}?${V}`)).status).toBe(204);
  });

  it('refuses a name that is not a GUID and a missing resource group', async () => {
    const body = { properties: { roleDefinitionId: `${SUB}/${AUTHZ}/roleDefinitions/${ROLE_IDS.reader}`, principalId: SEED_PRINCIPALS.noRole.id } };
    expect((await f.arm('PUT', `${RG}/${AUTHZ}/roleAssignments/not-a-guid?${V}`, { body })).status).toBe(400);
    const missing = await f.arm<{ error: { code: string } }>('PUT', `${SUB}/resourceGroups/rg-missing-${randomUUID().slice(0, 8)}/${AUTHZ}/roleAssignments/${randomUUID()}?${V}`, { body });
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('ResourceGroupNotFound');
  });
});
