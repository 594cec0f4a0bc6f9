// Debian's azure-cli (2.45), unchanged, against the emulator over TLS: cloud registered from the emulator's
// metadata, `az login --identity` through its managed-identity endpoint, then the everyday commands. Needs `az`
// (scripts/ensure-azure-cli.sh, run by `npm run test:unit`). Covered: cloud register/set, login --identity,
// group create, deployment group create (template file with comments) + wait, deployment operation group list,
// resource show/list (group, subscription, --resource-type), provider show, az rest (role assignments at a
// registry, with the inherited ones), tag create/update, resource delete.
// `az role assignment list` itself cannot be driven: in Debian's 2.45 it fails before sending anything
// (AttributeError: 'RoleDefinitionsOperations' object has no attribute 'config', from the packaged
// azure-mgmt-authorization 3.0.0), so the same ARM call goes through `az rest`.
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_IDS } from '../rbac/built-in-roles';
import { SEED_PRINCIPALS, SEED_SUBSCRIPTIONS } from '../seed';
import type { EmulatorFixture } from '../testing/emulator-fixture';
import { startFixture, uniqueName } from '../testing/emulator-fixture';
import type { AzSession } from './az-runner';
import { azSession } from './az-runner';

const STEP_MS = 120_000;
const SUB = SEED_SUBSCRIPTIONS.production.id;
const REGISTRY_TYPE = 'Microsoft.MachineLearningServices/registries';

// What `az deployment group create --template-file` reads: comments are part of the file, as ARM allows.
const TEMPLATE = `{
  // A registry in the group's region (comments are legal in ARM templates).
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "parameters": { "registryName": { "type": "string" } },
  /* one resource */
  "resources": [
    {
      "type": "${REGISTRY_TYPE}",
      "apiVersion": "2025-09-01",
      "name": "[parameters('registryName')]",
      "location": "[resourceGroup().location]",
      "identity": { "type": "SystemAssigned" },
      "properties": {
        "regionDetails": [
          {
            "location": "[resourceGroup().location]",
            "acrDetails": [ { "systemCreatedAcrAccount": { "acrAccountSku": "Premium" } } ],
            "storageAccountDetails": [ { "systemCreatedStorageAccount": { "storageAccountType": "Standard_LRS" } } ]
          }
        ]
      }
    }
  ]
}
`;

let emu: EmulatorFixture;
let az: AzSession;
const group = uniqueName('az-rg');
const registry = uniqueName('azreg');
const registryId = `/subscriptions/${SUB}/resourceGroups/${group}/providers/${REGISTRY_TYPE}/${registry}`;

beforeAll(async () => {
  try {
    execFileSync('az', ['version'], { stdio: 'ignore', timeout: 60_000 });
  } catch {
    throw new Error('az is not installed: run `bash scripts/ensure-azure-cli.sh` (npm run test:unit does).');
  }
  emu = await startFixture();
  az = azSession({ httpUrl: emu.url, caPem: emu.caPem });
}, STEP_MS);
afterAll(async () => {
  az?.dispose();
  await emu?.close();
});

describe('az against the emulator', () => {
  it(
    'registers the emulator as a cloud from its metadata and logs in with its managed identity',
    async () => {
      // The trailing slash is what users type; az then reads //metadata/endpoints, as it does from Azure.
      await az.run(['cloud', 'register', '-n', 'emulator', '--endpoint-resource-manager', `${emu.httpsUrl}/`]);
      await az.run(['cloud', 'set', '-n', 'emulator']);
      const accounts = (await az.run(['login', '--identity', '-o', 'json'])).json<{ id: string; environmentName: string; user: { type: string } }[]>();
      expect(accounts.map((a) => a.id)).toContain(SUB);
      expect(accounts.every((a) => a.environmentName === 'emulator' && a.user.type === 'servicePrincipal')).toBe(true);
    },
    STEP_MS,
  );

  it(
    'creates a group, deploys a template file with comments, and lists the deployment operations',
    async () => {
      const created = (await az.run(['group', 'create', '-n', group, '-l', 'westeurope', '--subscription', SUB, '-o', 'json'])).json<{ name: string }>();
      expect(created.name).toBe(group);
      const file = az.writeFile('registry.json', TEMPLATE);
      const deploy = ['deployment', 'group', 'create', '-g', group, '-n', 'registry', '--subscription', SUB, '--template-file', file, '--parameters', `registryName=${registry}`, '--no-wait'];
      await az.run(deploy);
      await az.run(['deployment', 'group', 'wait', '-g', group, '-n', 'registry', '--subscription', SUB, '--created', '--interval', '1', '--timeout', '90']);
      const operations = (await az.run(['deployment', 'operation', 'group', 'list', '-g', group, '-n', 'registry', '--subscription', SUB, '-o', 'json'])).json<
        { properties: { provisioningState: string; targetResource: { id: string } } }[]
      >();
      expect(operations.map((o) => [o.properties.provisioningState, o.properties.targetResource.id])).toEqual([['Succeeded', registryId]]);
    },
    STEP_MS,
  );

  it(
    'shows the registry and lists it in its group and, by resource type, in the subscription',
    async () => {
      const shown = (await az.run(['resource', 'show', '--ids', registryId, '-o', 'json'])).json<{ id: string; location: string }>();
      expect(shown).toMatchObject({ id: registryId, location: 'westeurope' });
      const inGroup = (await az.run(['resource', 'list', '-g', group, '--subscription', SUB, '-o', 'json'])).json<{ id: string }[]>();
      expect(inGroup.map((r) => r.id)).toEqual([registryId]);
      const byType = (await az.run(['resource', 'list', '--resource-type', REGISTRY_TYPE, '--subscription', SUB, '-o', 'json'])).json<{ id: string; type: string }[]>();
      expect(byType.map((r) => r.id)).toContain(registryId);
      expect(byType.every((r) => r.type === REGISTRY_TYPE)).toBe(true);
    },
    STEP_MS,
  );

  it(
    'shows the provider',
    async () => {
      const provider = (await az.run(['provider', 'show', '-n', 'Microsoft.MachineLearningServices', '--subscription', SUB, '-o', 'json'])).json<{
        registrationState: string;
        resourceTypes: { resourceType: string }[];
      }>();
      expect(provider.registrationState).toBe('Registered');
      expect(provider.resourceTypes.map((t) => t.resourceType)).toContain('registries');
    },
    STEP_MS,
  );

  it(
    'lists the role assignments at the registry with the inherited ones (az rest)',
    async () => {
      const assignment = await emu.arm('PUT', `${registryId}/providers/Microsoft.Authorization/roleAssignments/${randomUUID()}?api-version=2022-04-01`, {
        body: { properties: { roleDefinitionId: `/subscriptions/${SUB}/providers/Microsoft.Authorization/roleDefinitions/${ROLE_IDS.reader}`, principalId: SEED_PRINCIPALS.noRole.id } },
      });
      expect(assignment.status).toBe(201);
      const url = `${emu.httpsUrl}${registryId}/providers/Microsoft.Authorization/roleAssignments?api-version=2022-04-01&$filter=atScope()`;
      const listed = (await az.run(['rest', '--method', 'get', '--url', url, '-o', 'json'])).json<{ value: { properties: { scope: string; principalId: string } }[] }>();
      const scopes = listed.value.map((a) => a.properties.scope);
      expect(scopes).toContain(registryId);
      expect(scopes).toContain(`/subscriptions/${SUB}`);
    },
    STEP_MS,
  );

  it(
    'creates and merges tags on the registry',
    async () => {
      await az.run(['tag', 'create', '--resource-id', registryId, '--tags', 'team=ml', 'env=dev', '-o', 'json']);
      const merged = (await az.run(['tag', 'update', '--resource-id', registryId, '--operation', 'merge', '--tags', 'owner=platform', '-o', 'json'])).json<{
        properties: { tags: Record<string, string> };
      }>();
      expect(merged.properties.tags).toEqual({ team: 'ml', env: 'dev', owner: 'platform' });
      const read = await emu.arm<{ tags: Record<string, string> }>('GET', `${registryId}?api-version=2025-09-01`);
      expect(read.body.tags).toEqual({ team: 'ml', env: 'dev', owner: 'platform' });
    },
    STEP_MS,
  );

  it(
    'deletes the registry',
    async () => {
      await az.run(['resource', 'delete', '--ids', registryId]);
      const gone = await emu.arm<{ error: { code: string } }>('GET', `${registryId}?api-version=2025-09-01`);
      expect([gone.status, gone.body.error.code]).toEqual([404, 'ResourceNotFound']);
    },
    STEP_MS,
  );
});
