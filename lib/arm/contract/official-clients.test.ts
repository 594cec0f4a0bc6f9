// The same ARM surface through Microsoft's own SDK clients (as Azurite runs the storage SDKs against
// itself): @azure/arm-resources for resource groups and providers, @azure/arm-resources-subscriptions for
// subscriptions and locations — plus lib/arm reading what they wrote.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getResourceGroup, listResourceGroups, resourceGroupExists } from '../resource-groups';
import { ML_PROVIDER_NAMESPACE } from '../providers';
import { SPEC_TIMEOUT_MS, startTarget, uniqueName, type ContractTarget } from './target';

let t: ContractTarget;
beforeAll(async () => {
  t = await startTarget();
}, 120_000);
afterAll(async () => {
  await t?.close();
});

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

describe('@azure/arm-resources-subscriptions', () => {
  it('lists the subscriptions and the locations of one', async () => {
    const client = t.subscriptionClient();
    const subscriptions = await collect(client.subscriptions.list());
    expect(subscriptions.map((s) => s.subscriptionId)).toEqual(expect.arrayContaining([t.subscriptionId, t.otherSubscriptionId]));
    const mine = subscriptions.find((s) => s.subscriptionId === t.subscriptionId)!;
    expect(mine.state).toBe('Enabled');
    expect(mine.displayName).toBeTruthy();

    const locations = await collect(client.subscriptions.listLocations(t.subscriptionId));
    const primary = locations.find((l) => l.name === t.location);
    expect(primary?.regionalDisplayName).toBeTruthy();
    expect(primary?.metadata?.regionType).toBe('Physical');
    expect(locations.length).toBeGreaterThan(20);
  });
});

describe('@azure/arm-resources', () => {
  it('creates, reads, tags, lists and deletes a resource group', async () => {
    const client = t.resourceClient();
    const name = uniqueName('ct-rg-sdk-');
    const created = await client.resourceGroups.createOrUpdate(name, { location: t.location, tags: { owner: 'contract' } });
    expect(created).toMatchObject({ name, location: t.location, properties: { provisioningState: 'Succeeded' } });
    expect((await client.resourceGroups.checkExistence(name)).body).toBe(true);

    await client.resourceGroups.createOrUpdate(name, { location: t.location, tags: { owner: 'contract', round: '2' } });
    const viaArm = await getResourceGroup(t.client, t.subscriptionId, name);
    expect(viaArm.tags).toEqual({ owner: 'contract', round: '2' });
    expect((await collect(client.resourceGroups.list())).map((g) => g.name)).toContain(name);
    expect((await listResourceGroups(t.client, t.subscriptionId)).map((g) => g.name)).toContain(name);

    // The official client's own LRO (202 + Location) runs to the end against the emulator.
    await client.resourceGroups.beginDeleteAndWait(name, { updateIntervalInMs: t.pollIntervalMs });
    expect((await client.resourceGroups.checkExistence(name)).body).toBe(false);
    expect(await resourceGroupExists(t.client, t.subscriptionId, name)).toBe(false);
  }, SPEC_TIMEOUT_MS);

  it('reads the ML provider: Registered, with the regions that support registries', async () => {
    const client = t.resourceClient();
    const provider = await client.providers.get(ML_PROVIDER_NAMESPACE);
    expect(provider.namespace).toBe(ML_PROVIDER_NAMESPACE);
    expect(provider.registrationState).toBe('Registered');
    const registries = provider.resourceTypes?.find((r) => r.resourceType?.toLowerCase() === 'registries');
    const normalized = (registries?.locations ?? []).map((l) => l.toLowerCase().replace(/\s+/g, ''));
    expect(normalized).toEqual(expect.arrayContaining([t.location, ...t.additionalLocations]));
    expect(normalized).not.toContain(t.unsupportedLocation);

    // Registering an already-registered provider is harmless and answers with the provider.
    const again = await client.providers.register(ML_PROVIDER_NAMESPACE);
    expect(again.namespace).toBe(ML_PROVIDER_NAMESPACE);
    expect(['Registered', 'Registering']).toContain(again.registrationState);
  });
});
