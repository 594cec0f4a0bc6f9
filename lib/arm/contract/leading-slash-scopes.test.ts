// Resource ids passed with their leading '/' as scopes to the official @azure/arm-authorization client, as
// callers do (`roleDefinitions.list('/subscriptions/…')`): the client's `{scope}` template then yields
// `https://host//subscriptions/…`, which ARM accepts. Runs over TLS with Azure's own pipeline (no policy swap).
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuthorizationManagementClient } from '@azure/arm-authorization';
import { resourceGroupPath } from '../paths';
import { beginCreateOrUpdateRegistry } from '../registries';
import { registryBody } from './fixtures';
import { officialClientOptions, seeded, SPEC_TIMEOUT_MS, startTarget, uniqueName, type ContractTarget } from './target';

const emulatorOnly = process.env.ARM_LIVE === '1' ? describe.skip : describe;
const READER_ROLE = 'acdd72a7-3385-48ef-bd42-f606fba81ae7';

let t: ContractTarget;
let authz: AuthorizationManagementClient;
let sent: string[];
beforeAll(async () => {
  t = await startTarget();
  sent = [];
  authz = new AuthorizationManagementClient(t.credential, t.subscriptionId, officialClientOptions(t.endpoint, t.tls));
  authz.pipeline.addPolicy({ name: 'recordUrls', sendRequest: (req, next) => (sent.push(req.url), next(req)) });
}, 120_000);
afterAll(async () => {
  await t?.close();
});

describe('scopes with a leading slash', () => {
  it(
    'lists role definitions at /subscriptions/{id}',
    async () => {
      const roles = [];
      for await (const role of authz.roleDefinitions.list(`/subscriptions/${t.subscriptionId}`, { filter: "roleName eq 'Reader'" })) roles.push(role);
      expect(roles.map((r) => r.name)).toEqual([READER_ROLE]);
      expect(sent.some((url) => url.includes('//subscriptions/'))).toBe(true);
    },
    SPEC_TIMEOUT_MS,
  );
});

emulatorOnly('role assignments at a registry id with its leading slash', () => {
  it(
    'creates, lists (with the inherited ones) and deletes an assignment',
    async () => {
      const rg = await t.newResourceGroup();
      const name = uniqueName('ctslash');
      await beginCreateOrUpdateRegistry(t.client, t.subscriptionId, rg, name, registryBody(t.location));
      const registryId = `${resourceGroupPath(t.subscriptionId, rg)}/providers/Microsoft.MachineLearningServices/registries/${name}`;
      expect(registryId.startsWith('/')).toBe(true);
      const assignmentName = randomUUID();
      const created = await authz.roleAssignments.create(registryId, assignmentName, {
        roleDefinitionId: `/subscriptions/${t.subscriptionId}/providers/Microsoft.Authorization/roleDefinitions/${READER_ROLE}`,
        principalId: seeded.principals.noRole.id,
      });
      expect(created).toMatchObject({ name: assignmentName, scope: registryId, principalId: seeded.principals.noRole.id });

      const atScope = [];
      for await (const a of authz.roleAssignments.listForScope(registryId, { filter: 'atScope()' })) atScope.push(a);
      const scopes = atScope.map((a) => a.scope);
      expect(scopes).toContain(registryId);
      expect(scopes).toContain(`/subscriptions/${t.subscriptionId}`);

      const deleted = await authz.roleAssignments.delete(registryId, assignmentName);
      expect(deleted.name).toBe(assignmentName);
      expect(sent.some((url) => url.includes(`//subscriptions/${t.subscriptionId}/resourceGroups/${rg}/providers/`))).toBe(true);
    },
    SPEC_TIMEOUT_MS,
  );
});
