// Registry assets through lib/arm (mfe.json 2025-09-01): every kind created as an LRO and read back,
// containers' latest/next version, immutability 409, archived filtering, nextLink paging, delete, replication to
// a region added later, and RBAC for the seeded principals and the seed's custom roles. Runs against the
// emulator, or against Azure with ARM_LIVE=1 (RBAC and replication are emulator-only).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { ONE_CLICK_ROLES, oneClickRoleProperties } from '@/lib/session/rbac/one-click-roles';
import { createOrUpdateRoleDefinition, createRoleAssignment } from '../authorization';
import { isArmError, type ArmError } from '../errors';
import { waitForOperation } from '../lro';
import { beginCreateOrUpdateRegistry, updateRegistry } from '../registries';
import { registryPath } from '../paths';
import type { AssetKind, WireAssetVersion } from '../asset-wire-types';
import {
  beginCreateOrUpdateAssetContainer,
  beginCreateOrUpdateAssetVersion,
  beginDeleteAssetContainer,
  beginDeleteAssetVersion,
  getAssetContainer,
  getAssetVersion,
  listAssetContainers,
  listAssetVersions,
  listAssetVersionsPage,
  type RegistryRef,
} from '../registry-assets';
import { registryBody } from './fixtures';
import { emulatorClientAs, seeded, SPEC_TIMEOUT_MS, startTarget, uniqueName, type ContractTarget } from './target';

let t: ContractTarget;
let ref: RegistryRef;
const wait = () => ({ intervalMs: t.pollIntervalMs, timeoutMs: t.operationTimeoutMs });

beforeAll(async () => {
  t = await startTarget();
  const rg = await t.newResourceGroup();
  const registryName = uniqueName('ctassets');
  const { handle } = await beginCreateOrUpdateRegistry(t.client, t.subscriptionId, rg, registryName, registryBody(t.location, [t.additionalLocations[0]]));
  expect((await waitForOperation(t.client, handle, wait())).status).toBe('Succeeded');
  ref = { subscriptionId: t.subscriptionId, resourceGroup: rg, registryName };
}, SPEC_TIMEOUT_MS);
afterAll(async () => {
  await t?.close();
});

async function failure(p: Promise<unknown>): Promise<ArmError> {
  const outcome = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(isArmError(outcome), 'the call should have failed with an ArmError').toBe(true);
  return outcome as ArmError;
}

async function create(kind: AssetKind, name: string, version: string, body: WireAssetVersion): Promise<WireAssetVersion> {
  const { handle } = await beginCreateOrUpdateAssetVersion(t.client, ref, kind, name, version, body);
  expect((await waitForOperation(t.client, handle, wait())).status).toBe('Succeeded');
  return getAssetVersion(t.client, ref, kind, name, version);
}

const BODIES: Record<AssetKind, WireAssetVersion> = {
  models: { properties: { modelUri: 'https://example.com/models/sklearn/', modelType: 'mlflow_model', flavors: { python_function: { data: { loader_module: 'mlflow.sklearn' } } }, description: 'a model' } },
  environments: { properties: { image: 'mcr.microsoft.com/azureml/openmpi4.1.0-ubuntu20.04:latest', condaFile: 'name: env\ndependencies:\n  - python=3.10\n' } },
  components: { properties: { componentSpec: { $schema: 'https://azuremlschemas.azureedge.net/latest/commandComponent.schema.json', name: 'train', type: 'command', command: 'python train.py', environment: 'azureml:env:1' } } },
  data: { properties: { dataType: 'uri_file', dataUri: 'https://azuremlexamples.blob.core.windows.net/datasets/iris.csv' } },
  codes: { properties: { codeUri: 'https://example.com/code/src/' } },
};

describe('registry assets through lib/arm', () => {
  it.each(Object.keys(BODIES) as AssetKind[])('creates a %s version as an LRO, reads it back and lists it', async (kind) => {
    const name = uniqueName(`ct${kind}`);
    const created = await create(kind, name, '1', BODIES[kind]);
    expect(created.properties.provisioningState).toBe('Succeeded');
    expect(created.name).toBe('1');
    expect(created.type).toBe(`Microsoft.MachineLearningServices/registries/${kind}/versions`);
    const container = await getAssetContainer(t.client, ref, kind, name);
    expect(container.properties.latestVersion).toBe('1');
    expect(container.properties.nextVersion).toBe('2');
    expect((await listAssetContainers(t.client, ref, kind)).map((c) => c.name)).toContain(name);
  }, SPEC_TIMEOUT_MS);

  it('keeps versions immutable except description, tags, isArchived and stage (409 otherwise)', async () => {
    const name = uniqueName('ctimm');
    const v1 = await create('models', name, '1', BODIES.models);
    const updated = await beginCreateOrUpdateAssetVersion(t.client, ref, 'models', name, '1', {
      properties: { ...v1.properties, description: 'changed', tags: { reviewed: 'yes' }, stage: 'Archived', isArchived: true },
    });
    expect((await waitForOperation(t.client, updated.handle, wait())).status).toBe('Succeeded');
    expect((await getAssetVersion(t.client, ref, 'models', name, '1')).properties).toMatchObject({ description: 'changed', isArchived: true, stage: 'Archived' });
    const err = await failure(beginCreateOrUpdateAssetVersion(t.client, ref, 'models', name, '1', { properties: { ...v1.properties, modelUri: 'https://example.com/other/' } }));
    expect(err.status).toBe(409);
    expect(err.requestId).toBeTruthy();
  }, SPEC_TIMEOUT_MS);

  it('filters archived versions and follows nextLink across pages', async () => {
    const name = uniqueName('ctpage');
    for (const v of ['1', '2', '3']) await create('models', name, v, { properties: { ...BODIES.models.properties, isArchived: v === '2' } });
    expect((await listAssetVersions(t.client, ref, 'models', name)).map((v) => v.name).sort()).toEqual(['1', '3']);
    expect((await listAssetVersions(t.client, ref, 'models', name, { listViewType: 'ArchivedOnly' })).map((v) => v.name)).toEqual(['2']);
    const first = await listAssetVersionsPage(t.client, ref, 'models', name, { listViewType: 'All', top: 2, orderBy: 'createdtime asc' });
    expect(first.value.map((v) => v.name)).toEqual(['1', '2']);
    expect(first.nextLink).toBeTruthy();
    const second = await listAssetVersionsPage(t.client, ref, 'models', name, { nextLink: first.nextLink! });
    expect(second.value.map((v) => v.name)).toEqual(['3']);
  }, SPEC_TIMEOUT_MS);

  it('archives a container (hidden from ActiveOnly, shown by ArchivedOnly) and deletes it with its versions', async () => {
    const name = uniqueName('ctcont');
    await create('environments', name, '1', BODIES.environments);
    const archived = await beginCreateOrUpdateAssetContainer(t.client, ref, 'environments', name, { properties: { description: 'retired', tags: { status: 'retired' }, isArchived: true } });
    expect((await waitForOperation(t.client, archived.handle, wait())).status).toBe('Succeeded');
    expect((await listAssetContainers(t.client, ref, 'environments')).map((c) => c.name)).not.toContain(name);
    expect((await listAssetContainers(t.client, ref, 'environments', 'ArchivedOnly')).map((c) => c.name)).toContain(name);
    expect((await getAssetContainer(t.client, ref, 'environments', name)).properties).toMatchObject({ description: 'retired', isArchived: true, latestVersion: '1' });

    const deletion = await beginDeleteAssetContainer(t.client, ref, 'environments', name);
    if (deletion) expect((await waitForOperation(t.client, deletion, wait())).status).toBe('Succeeded');
    expect((await failure(getAssetContainer(t.client, ref, 'environments', name))).status).toBe(404);
    expect((await failure(getAssetVersion(t.client, ref, 'environments', name, '1'))).status).toBe(404);
  }, SPEC_TIMEOUT_MS);

  it('refuses a bad asset name with 400', async () => {
    const err = await failure(beginCreateOrUpdateAssetVersion(t.client, ref, 'models', '_starts-with-underscore', '1', BODIES.models));
    expect(err.status).toBe(400);
  });

  it('deletes a version (LRO), after which it is 404', async () => {
    const name = uniqueName('ctdel');
    await create('data', name, '1', BODIES.data);
    const handle = await beginDeleteAssetVersion(t.client, ref, 'data', name, '1');
    if (handle) expect((await waitForOperation(t.client, handle, wait())).status).toBe('Succeeded');
    const err = await failure(getAssetVersion(t.client, ref, 'data', name, '1'));
    expect(err.status).toBe(404);
  }, SPEC_TIMEOUT_MS);
});

describe.skipIf(process.env.ARM_LIVE === '1')('asset replication (emulator: regionReplication is its extension)', () => {
  it('reports every region of the registry per version, and replicates existing versions to a region added later', async () => {
    const rg = await t.newResourceGroup();
    const registryName = uniqueName('ctrepl');
    const first = await beginCreateOrUpdateRegistry(t.client, t.subscriptionId, rg, registryName, registryBody(t.location));
    expect((await waitForOperation(t.client, first.handle, wait())).status).toBe('Succeeded');
    const own: RegistryRef = { subscriptionId: t.subscriptionId, resourceGroup: rg, registryName };
    const { handle } = await beginCreateOrUpdateAssetVersion(t.client, own, 'models', 'm', '1', BODIES.models);
    expect((await waitForOperation(t.client, handle, wait())).status).toBe('Succeeded');
    expect((await getAssetVersion(t.client, own, 'models', 'm', '1')).properties.regionReplication).toEqual([expect.objectContaining({ location: t.location, status: 'Succeeded' })]);

    const grown = await beginCreateOrUpdateRegistry(t.client, t.subscriptionId, rg, registryName, registryBody(t.location, [t.additionalLocations[0]]));
    expect((await waitForOperation(t.client, grown.handle, wait())).status).toBe('Succeeded');
    const deadline = Date.now() + t.operationTimeoutMs;
    let regions = (await getAssetVersion(t.client, own, 'models', 'm', '1')).properties.regionReplication ?? [];
    expect(regions.map((r) => r.location)).toEqual([t.location, t.additionalLocations[0]]);
    while (regions.some((r) => r.status !== 'Succeeded') && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, t.pollIntervalMs));
      regions = (await getAssetVersion(t.client, own, 'models', 'm', '1')).properties.regionReplication ?? [];
    }
    expect(regions.map((r) => [r.location, r.status])).toEqual([
      [t.location, 'Succeeded'],
      [t.additionalLocations[0], 'Succeeded'],
    ]);
  }, SPEC_TIMEOUT_MS);
});

describe.skipIf(process.env.ARM_LIVE === '1')('asset RBAC for the seeded principals (emulator)', () => {
  const as = (upn: string) => emulatorClientAs(t.controlEndpoint, upn);
  it('Owner and Contributor publish, Reader reads only, Registry User publishes and deletes, no role gets 403', async () => {
    const p = seeded.principals;
    const name = uniqueName('ctrbac');
    for (const [principal, version] of [
      [p.owner, '1'],
      [p.contributor, '2'],
      [p.registryUser, '3'],
    ] as const) {
      const { handle } = await beginCreateOrUpdateAssetVersion(as(principal.userPrincipalName), ref, 'models', name, version, BODIES.models);
      expect((await waitForOperation(as(principal.userPrincipalName), handle, wait())).status).toBe('Succeeded');
    }
    const reader = as(p.reader.userPrincipalName);
    expect((await listAssetVersions(reader, ref, 'models', name)).map((v) => v.name).sort()).toEqual(['1', '2', '3']);
    const readerWrite = await failure(beginCreateOrUpdateAssetVersion(reader, ref, 'models', name, '4', BODIES.models));
    expect(readerWrite).toMatchObject({ status: 403, code: 'AuthorizationFailed' });
    const readerDelete = await failure(beginDeleteAssetVersion(reader, ref, 'models', name, '1'));
    expect(readerDelete.status).toBe(403);
    const noRole = await failure(getAssetVersion(as(p.noRole.userPrincipalName), ref, 'models', name, '1'));
    expect(noRole).toMatchObject({ status: 403, code: 'AuthorizationFailed' });
    expect(await beginDeleteAssetVersion(as(p.registryUser.userPrincipalName), ref, 'models', name, '3')).not.toBeNull();
  }, SPEC_TIMEOUT_MS);
});

describe.skipIf(process.env.ARM_LIVE === '1')("asset RBAC for the seed's three custom roles (emulator)", () => {
  const expected: Record<string, { write: boolean; registryWrite: boolean }> = {
    'read-assets': { write: false, registryWrite: false },
    'publish-assets': { write: true, registryWrite: false },
    'manage-registries': { write: true, registryWrite: true },
  };
  it.each(ONE_CLICK_ROLES.map((r) => [r.kind, r] as const))('%s lets its holder do exactly what the seed says', async (kind, role) => {
    // A registry of its own, so the assignment to Nora (no role) is the only thing granting her anything there.
    const rg = await t.newResourceGroup();
    const registryName = uniqueName('ctrole');
    const { handle } = await beginCreateOrUpdateRegistry(t.client, t.subscriptionId, rg, registryName, registryBody(t.location));
    expect((await waitForOperation(t.client, handle, wait())).status).toBe('Succeeded');
    const own: RegistryRef = { subscriptionId: t.subscriptionId, resourceGroup: rg, registryName };
    const roleId = randomUUID();
    await createOrUpdateRoleDefinition(t.client, t.subscriptionId, roleId, { properties: oneClickRoleProperties(role, t.subscriptionId, uniqueName('ct')) });
    await createRoleAssignment(t.client, registryPath(t.subscriptionId, rg, registryName), {
      roleDefinitionId: `/subscriptions/${t.subscriptionId}/providers/Microsoft.Authorization/roleDefinitions/${roleId}`,
      principalId: seeded.principals.noRole.id,
    });
    const created = await beginCreateOrUpdateAssetVersion(t.client, own, 'models', 'shared', '1', BODIES.models);
    expect((await waitForOperation(t.client, created.handle, wait())).status).toBe('Succeeded');

    const nora = emulatorClientAs(t.controlEndpoint, seeded.principals.noRole.userPrincipalName);
    expect((await listAssetVersions(nora, own, 'models', 'shared')).map((v) => v.name)).toEqual(['1']);
    const write = beginCreateOrUpdateAssetVersion(nora, own, 'models', 'mine', '1', BODIES.models);
    const del = beginDeleteAssetVersion(nora, own, 'models', 'shared', '1');
    const tags = updateRegistry(nora, t.subscriptionId, rg, registryName, { tags: { by: kind } });
    if (expected[kind].write) {
      await write;
      expect(await del).not.toBeNull();
    } else {
      expect((await failure(write)).status).toBe(403);
      expect((await failure(del)).status).toBe(403);
    }
    if (expected[kind].registryWrite) await tags;
    else expect((await failure(tags)).status).toBe(403);
  }, SPEC_TIMEOUT_MS);
});
