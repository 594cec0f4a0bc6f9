// Create a registry with two additional regions, watch it provision, inspect what it provisioned, remove a
// region, delete it — through lib/arm, as the console will.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isArmError } from '../errors';
import { decodeHandle, encodeHandle, pollOperation, waitForOperation } from '../lro';
import { beginCreateOrUpdateRegistry, beginDeleteRegistry, beginRemoveRegions, getRegistry, listRegistriesByResourceGroup, listRegistriesBySubscription } from '../registries';
import { listResourcesInGroup, resourceGroupExists } from '../resource-groups';
import { getResourceById } from '../resources';
import type { WireRegistry } from '../wire-types';
import { registryBody } from './fixtures';
import { SPEC_TIMEOUT_MS, startTarget, uniqueName, type ContractTarget } from './target';

let t: ContractTarget;
beforeAll(async () => {
  t = await startTarget();
}, 120_000);
afterAll(async () => {
  await t?.close();
});

function managedGroupOf(registry: WireRegistry): string {
  const id = registry.properties.managedResourceGroup?.resourceId;
  expect(id, 'managedResourceGroup.resourceId').toMatch(/\/resourceGroups\/azureml-rg-/i);
  return id!.split('/')[4];
}

describe('registry lifecycle', () => {
  it('creates a registry in three regions, provisions its managed resources, removes a region and deletes it', async () => {
    const rg = await t.newResourceGroup();
    const name = uniqueName('ctreg');
    const [second, third] = t.additionalLocations;
    const wait = { intervalMs: t.pollIntervalMs, timeoutMs: t.operationTimeoutMs };

    // PUT answers with an operation to poll; the handle survives a trip through a URL.
    const { handle, registry } = await beginCreateOrUpdateRegistry(t.client, t.subscriptionId, rg, name, registryBody(t.location, [second, third]));
    expect(handle.kind).toBe('azure-async-operation');
    expect(registry.location).toBe(t.location);
    const first = await pollOperation(t.client, decodeHandle(encodeHandle(handle), t.client));
    expect(['InProgress', 'Succeeded']).toContain(first.status);

    const done = await waitForOperation(t.client, handle, wait);
    expect(done.status).toBe('Succeeded');

    // regionDetails name every region with its storage account and the (geo-replicated) ACR.
    const provisioned = await getRegistry(t.client, t.subscriptionId, rg, name);
    expect(provisioned.name).toBe(name);
    // Azure's discovery host is https://{region}.api.azureml.ms; the emulator serves the registry data plane itself,
    // on its own TLS listener (loopback) whichever listener the registry was read through.
    const discoveryUrl = provisioned.properties.discoveryUrl ?? '';
    expect(discoveryUrl).toMatch(t.live ? /^https:\/\// : new RegExp(`^https://127\\.0\\.0\\.1:\\d+/registrymanagement/v1\\.0/registries/${name}/discovery$`));
    expect(provisioned.properties.mlFlowRegistryUri).toBeTruthy();
    const regions = provisioned.properties.regionDetails ?? [];
    expect(regions.map((r) => r.location).sort()).toEqual([t.location, second, third].sort());
    for (const region of regions) {
      expect(region.storageAccountDetails?.[0]?.systemCreatedStorageAccount?.armResourceId?.resourceId).toMatch(/Microsoft\.Storage\/storageAccounts\//i);
      expect(region.acrDetails?.[0]?.systemCreatedAcrAccount?.armResourceId?.resourceId).toMatch(/Microsoft\.ContainerRegistry\/registries\//i);
    }

    // The managed resource group holds them, and each id resolves.
    const managedRg = managedGroupOf(provisioned);
    const managed = await listResourcesInGroup(t.client, t.subscriptionId, managedRg);
    const types = managed.map((r) => r.type.toLowerCase());
    expect(types.filter((x) => x === 'microsoft.storage/storageaccounts')).toHaveLength(3);
    expect(types.filter((x) => x === 'microsoft.containerregistry/registries')).toHaveLength(1);
    // Listed with $expand, each says its state and when it was created and last changed (issue 15's durations).
    for (const resource of managed) {
      expect(resource.provisioningState).toBe('Succeeded');
      expect(Date.parse(resource.changedTime ?? '')).toBeGreaterThanOrEqual(Date.parse(resource.createdTime ?? ''));
    }
    const secondRegion = regions.find((r) => r.location === second)!;
    const storageId = secondRegion.storageAccountDetails![0].systemCreatedStorageAccount!.armResourceId!.resourceId!;
    const storage = await getResourceById(t.client, storageId);
    expect(storage.location).toBe(second);
    expect(storage.properties?.provisioningState).toBe('Succeeded');

    // It is listed by subscription and by resource group.
    expect((await listRegistriesBySubscription(t.client, t.subscriptionId)).map((r) => r.name)).toContain(name);
    expect((await listRegistriesByResourceGroup(t.client, t.subscriptionId, rg)).map((r) => r.name)).toEqual([name]);

    // removeRegions takes a Registry-shaped body naming the region to remove (arm-contract §1).
    const removal = await beginRemoveRegions(t.client, t.subscriptionId, rg, name, { location: t.location, properties: { regionDetails: [{ location: third }] } });
    expect((await waitForOperation(t.client, removal, wait)).status).toBe('Succeeded');
    const reduced = await getRegistry(t.client, t.subscriptionId, rg, name);
    expect(reduced.properties.regionDetails?.map((r) => r.location).sort()).toEqual([t.location, second].sort());

    // DELETE answers 202 + Location + Retry-After (Azure-AsyncOperation may come too and is then preferred,
    // as core-lro does); afterwards the registry is 404 and its managed resource group is gone.
    const deletion = await beginDeleteRegistry(t.client, t.subscriptionId, rg, name);
    expect(['location', 'azure-async-operation']).toContain(deletion?.kind);
    expect(deletion?.retryAfterSeconds).toBeGreaterThan(0);
    expect((await waitForOperation(t.client, deletion!, wait)).status).toBe('Succeeded');
    const after = await getRegistry(t.client, t.subscriptionId, rg, name).catch((e: unknown) => e);
    expect(isArmError(after) && after.status).toBe(404);
    expect(await resourceGroupExists(t.client, t.subscriptionId, managedRg)).toBe(false);
  }, SPEC_TIMEOUT_MS);
});
