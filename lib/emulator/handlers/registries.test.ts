// Registries over real HTTP: create with two additional regions polled to Succeeded, managed resources
// and regionDetails, delete, removeRegions, name rules, uniqueness, regions, registration, RBAC,
// conflicts during a running operation, PATCH.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_PRINCIPALS, SEED_SUBSCRIPTIONS } from '../seed';
import type { EmulatorFixture } from '../testing/emulator-fixture';
import { pollUntil, registryBody, startFixture, uniqueName } from '../testing/emulator-fixture';

const PROD: string = SEED_SUBSCRIPTIONS.production.id;
const DEV = SEED_SUBSCRIPTIONS.development.id;
const V = 'api-version=2025-09-01';
const registryPath = (sub: string, rg: string, name: string) => `/subscriptions/${sub}/resourceGroups/${rg}/providers/Microsoft.MachineLearningServices/registries/${name}`;

type Registry = {
  id: string;
  properties: {
    provisioningState: string;
    managedResourceGroup: { resourceId: string };
    discoveryUrl: string;
    regionDetails: {
      location: string;
      acrDetails: { systemCreatedAcrAccount: { acrAccountName?: string; armResourceId?: { resourceId: string } } }[];
      storageAccountDetails: { systemCreatedStorageAccount: { storageAccountName?: string; armResourceId?: { resourceId: string } } }[];
    }[];
  };
};
type Err = { error: { code: string; message: string; target?: string } };

let emu: EmulatorFixture;

async function newResourceGroup(sub = PROD): Promise<string> {
  const rg = uniqueName('rg-reg');
  const res = await emu.arm('PUT', `/subscriptions/${sub}/resourcegroups/${rg}?api-version=2021-04-01`, { body: { location: 'eastus' } });
  expect(res.status).toBe(201);
  return rg;
}

async function waitForOperation(url: string): Promise<{ status: string; error?: { code: string; message: string } }> {
  const done = await pollUntil(
    () => emu.arm<{ status: string }>('GET', url),
    (r) => r.status === 200 && ['Succeeded', 'Failed', 'Canceled'].includes(r.body.status),
  );
  return done.body;
}

async function createRegistry(sub: string, rg: string, name: string, regions: string[]): Promise<Registry> {
  const put = await emu.arm<Registry>('PUT', `${registryPath(sub, rg, name)}?${V}`, { body: registryBody(regions) });
  expect(put.status).toBe(201);
  expect((await waitForOperation(put.headers.get('azure-asyncoperation')!)).status).toBe('Succeeded');
  return (await emu.arm<Registry>('GET', `${registryPath(sub, rg, name)}?${V}`)).body;
}

beforeAll(async () => {
  emu = await startFixture();
});
afterAll(() => emu.close());

describe('create', () => {
  it('provisions a registry with two additional regions to Succeeded, with managed resources and filled regionDetails', async () => {
    const rg = await newResourceGroup();
    const name = uniqueName('reg3');
    const put = await emu.arm<Registry>('PUT', `${registryPath(PROD, rg, name)}?${V}`, { body: registryBody(['eastus', 'westeurope', 'japaneast']) });
    expect(put.status).toBe(201);
    const asyncUrl = put.headers.get('azure-asyncoperation')!;
    expect(asyncUrl).toMatch(new RegExp(`/subscriptions/${PROD}/providers/Microsoft.MachineLearningServices/locations/eastus/registryOperationsStatus/[0-9a-f-]+\\?api-version=2025-09-01$`));
    expect(put.body.properties.provisioningState).toBe('Creating');
    expect(put.body.properties.regionDetails[0].storageAccountDetails[0].systemCreatedStorageAccount.storageAccountName).toBeUndefined();
    const first = await emu.arm<{ status: string; percentComplete: number }>('GET', asyncUrl);
    expect(first.body.status).toBe('InProgress');

    expect(await waitForOperation(asyncUrl)).toMatchObject({ status: 'Succeeded' });
    const registry = (await emu.arm<Registry>('GET', `${registryPath(PROD, rg, name)}?${V}`)).body;
    expect(registry.properties.provisioningState).toBe('Succeeded');
    // The registry data plane is the emulator itself (issue 12), not azureml.ms, on its TLS listener.
    expect(registry.properties.discoveryUrl).toBe(`${emu.httpsUrl}/registrymanagement/v1.0/registries/${name}/discovery`);
    const mrg = registry.properties.managedResourceGroup.resourceId.split('/')[4];
    expect(mrg).toMatch(new RegExp(`^azureml-rg-${name}_[0-9a-f-]{36}$`));
    for (const region of registry.properties.regionDetails) {
      expect(region.storageAccountDetails[0].systemCreatedStorageAccount.storageAccountName).toMatch(/^[a-z0-9]{3,24}$/);
      expect(region.acrDetails[0].systemCreatedAcrAccount.armResourceId?.resourceId).toContain('/providers/Microsoft.ContainerRegistry/registries/');
    }

    const resources = await emu.arm<{ value: { id: string; type: string; provisioningState: string }[] }>(
      'GET',
      `/subscriptions/${PROD}/resourceGroups/${mrg}/resources?api-version=2021-04-01&$expand=provisioningState`,
    );
    const types = resources.body.value.map((r) => r.type).sort();
    expect(types).toEqual([
      'Microsoft.ContainerRegistry/registries',
      'Microsoft.ContainerRegistry/registries/replications',
      'Microsoft.ContainerRegistry/registries/replications',
      'Microsoft.Storage/storageAccounts',
      'Microsoft.Storage/storageAccounts',
      'Microsoft.Storage/storageAccounts',
    ]);
    expect(resources.body.value.every((r) => r.provisioningState === 'Succeeded')).toBe(true);
    const storageId = registry.properties.regionDetails[1].storageAccountDetails[0].systemCreatedStorageAccount.armResourceId!.resourceId;
    const storage = await emu.arm<{ location: string; properties: { provisioningState: string; isHnsEnabled: boolean } }>('GET', `${storageId}?api-version=2023-05-01`);
    expect(storage.body).toMatchObject({ location: 'westeurope', properties: { provisioningState: 'Succeeded', isHnsEnabled: false } });
    const replication = resources.body.value.find((r) => r.id.endsWith('/replications/japaneast'))!;
    expect((await emu.arm('GET', `${replication.id}?api-version=2023-07-01`)).status).toBe(200);
    const group = await emu.arm<{ managedBy: string }>('GET', `/subscriptions/${PROD}/resourcegroups/${mrg}?api-version=2021-04-01`);
    expect(group.body.managedBy).toBe(registry.id);
  });

  it('rejects bad names, unsupported regions, and names taken anywhere in the tenant (case-insensitive)', async () => {
    const rg = await newResourceGroup();
    const badName = await emu.arm<Err>('PUT', `${registryPath(PROD, rg, '-bad')}?${V}`, { body: registryBody(['eastus']) });
    expect([badName.status, badName.body.error.code]).toEqual([400, 'InvalidResourceName']);

    const region = await emu.arm<Err>('PUT', `${registryPath(PROD, rg, uniqueName('reg'))}?${V}`, { body: registryBody(['eastus', 'qatarcentral']) });
    expect([region.status, region.body.error.code]).toEqual([400, 'LocationNotAvailableForResourceType']);
    expect(region.body.error.message).toContain("The provided location 'qatarcentral' is not available for resource type 'Microsoft.MachineLearningServices/registries'. List of available regions for the resource type is 'australiaeast,");

    const name = uniqueName('taken');
    await createRegistry(PROD, rg, name, ['eastus']);
    const devRg = await newResourceGroup(DEV);
    const dup = await emu.arm<Err>('PUT', `${registryPath(DEV, devRg, name.toUpperCase())}?${V}`, { body: registryBody(['westus2']) });
    expect(dup.status).toBe(409);
    expect(dup.body.error).toEqual({ code: 'Conflict', message: `Registry name '${name.toUpperCase()}' is already in use` });
  });

  it('answers 409 MissingSubscriptionRegistration until the provider is registered', async () => {
    const sandbox = SEED_SUBSCRIPTIONS.sandbox.id;
    const path = `${registryPath(sandbox, 'rg-sandbox', uniqueName('sbx'))}?${V}`;
    const refused = await emu.arm<Err>('PUT', path, { body: registryBody(['eastus']) });
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({ code: 'MissingSubscriptionRegistration', target: 'Microsoft.MachineLearningServices' });
    expect(refused.body.error.message).toContain("The subscription is not registered to use namespace 'Microsoft.MachineLearningServices'");

    const providerPath = `/subscriptions/${sandbox}/providers/Microsoft.MachineLearningServices`;
    const before = await emu.arm<{ registrationState: string }>('GET', `${providerPath}?api-version=2021-04-01`);
    expect(before.body.registrationState).toBe('NotRegistered');
    const reg = await emu.arm<{ registrationState: string }>('POST', `${providerPath}/register?api-version=2021-04-01`);
    expect(reg.body.registrationState).toBe('Registering');
    await pollUntil(
      () => emu.arm<{ registrationState: string }>('GET', `${providerPath}?api-version=2021-04-01`),
      (r) => r.body.registrationState === 'Registered',
    );
    expect((await emu.arm('PUT', path, { body: registryBody(['eastus']) })).status).toBe(201);
  });

  it('gives a Reader 403 AuthorizationFailed with ARM message shape', async () => {
    const rg = await newResourceGroup();
    const name = uniqueName('ro');
    const res = await emu.arm<Err>('PUT', `${registryPath(PROD, rg, name)}?${V}`, { principal: 'reader@contoso.onmicrosoft.com', body: registryBody(['eastus']) });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('AuthorizationFailed');
    expect(res.body.error.message).toBe(
      `The client 'reader@contoso.onmicrosoft.com' with object id '${SEED_PRINCIPALS.reader.id}' does not have authorization to perform action 'Microsoft.MachineLearningServices/registries/write' over scope '${registryPath(PROD, rg, name)}' or the scope is invalid. If access was recently granted, please refresh your credentials.`,
    );
    const userRead = await emu.arm('GET', `/subscriptions/${PROD}/providers/Microsoft.MachineLearningServices/registries?${V}`, { principal: 'registryuser@contoso.onmicrosoft.com' });
    expect(userRead.status).toBe(200);
  });
});

describe('writes while an operation runs', () => {
  it('answers 409 Conflict naming the running operation', async () => {
    const rg = await newResourceGroup();
    const name = uniqueName('busy');
    const put = await emu.arm('PUT', `${registryPath(PROD, rg, name)}?${V}`, { body: registryBody(['eastus', 'westus2']) });
    expect(put.status).toBe(201);
    const again = await emu.arm<Err>('PATCH', `${registryPath(PROD, rg, name)}?${V}`, { body: { tags: { a: 'b' } } });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('Conflict');
    expect(again.body.error.message).toContain("'create' operation in progress");
  });
});

describe('update, removeRegions and delete', () => {
  it('PATCHes tags synchronously and rejects keys outside tags/identity/sku', async () => {
    const rg = await newResourceGroup();
    const name = uniqueName('patch');
    await createRegistry(PROD, rg, name, ['eastus']);
    const ok = await emu.arm<{ tags: Record<string, string> }>('PATCH', `${registryPath(PROD, rg, name)}?${V}`, { body: { tags: { team: 'x' } } });
    expect([ok.status, ok.body.tags]).toEqual([200, { team: 'x' }]);
    const bad = await emu.arm<Err>('PATCH', `${registryPath(PROD, rg, name)}?${V}`, { body: { location: 'westus' } });
    expect([bad.status, bad.body.error.code]).toEqual([400, 'InvalidRequestContent']);
  });

  it('adds a region by PUT (200 + async), refuses a new primary, then removes it with removeRegions', async () => {
    const rg = await newResourceGroup();
    const name = uniqueName('regions');
    const created = await createRegistry(PROD, rg, name, ['eastus', 'westus2']);
    const moved = await emu.arm<Err>('PUT', `${registryPath(PROD, rg, name)}?${V}`, { body: registryBody(['westus2', 'eastus']) });
    expect([moved.status, moved.body.error.code]).toEqual([400, 'InvalidResourceLocation']);

    const add = await emu.arm<Registry>('PUT', `${registryPath(PROD, rg, name)}?${V}`, { body: registryBody(['eastus', 'westus2', 'northeurope']) });
    expect(add.status).toBe(200);
    expect(await waitForOperation(add.headers.get('azure-asyncoperation')!)).toMatchObject({ status: 'Succeeded' });
    const withThree = (await emu.arm<Registry>('GET', `${registryPath(PROD, rg, name)}?${V}`)).body;
    expect(withThree.properties.regionDetails.map((r) => r.location)).toEqual(['eastus', 'westus2', 'northeurope']);
    expect(withThree.properties.regionDetails[2].storageAccountDetails[0].systemCreatedStorageAccount.storageAccountName).toBeTruthy();

    const primary = await emu.arm<Err>('POST', `${registryPath(PROD, rg, name)}/removeRegions?${V}`, { body: { location: 'eastus', properties: { regionDetails: [{ location: 'eastus' }] } } });
    expect([primary.status, primary.body.error.code]).toEqual([400, 'UserError']);

    const removedStorage = created.properties.regionDetails[1].storageAccountDetails[0].systemCreatedStorageAccount.armResourceId!.resourceId;
    const remove = await emu.arm('POST', `${registryPath(PROD, rg, name)}/removeRegions?${V}`, { body: { location: 'eastus', properties: { regionDetails: [{ location: 'westus2' }] } } });
    expect(remove.status).toBe(202);
    expect(remove.headers.get('retry-after')).toMatch(/^\d+$/);
    const location = remove.headers.get('location')!;
    expect(location).toContain('/registryOperationResults/');
    const result = await pollUntil(() => emu.arm<Registry>('GET', location), (r) => r.status !== 202);
    expect(result.status).toBe(200);
    expect(result.body.properties.regionDetails.map((r) => r.location)).toEqual(['eastus', 'northeurope']);
    expect((await emu.arm<Err>('GET', `${removedStorage}?api-version=2023-05-01`)).status).toBe(404);
  });

  it('deletes a registry with 202 + Location; the managed resource group goes too; a missing one is 204', async () => {
    const rg = await newResourceGroup();
    const name = uniqueName('del');
    const registry = await createRegistry(PROD, rg, name, ['eastus', 'westus2']);
    const mrgPath = `${registry.properties.managedResourceGroup.resourceId}?api-version=2021-04-01`;
    const del = await emu.arm('DELETE', `${registryPath(PROD, rg, name)}?${V}`);
    expect(del.status).toBe(202);
    expect(Number(del.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    const done = await pollUntil(() => emu.arm('GET', del.headers.get('location')!), (r) => r.status !== 202);
    expect(done.status).toBe(204);
    expect((await emu.arm<Err>('GET', `${registryPath(PROD, rg, name)}?${V}`)).body.error.code).toBe('ResourceNotFound');
    expect((await emu.arm<Err>('GET', mrgPath)).body.error.code).toBe('ResourceGroupNotFound');
    expect((await emu.arm('DELETE', `${registryPath(PROD, rg, name)}?${V}`)).status).toBe(204);
    // The name is free again once the registry is gone.
    expect((await emu.arm('PUT', `${registryPath(PROD, rg, name)}?${V}`, { body: registryBody(['eastus']) })).status).toBe(201);
  });
});
