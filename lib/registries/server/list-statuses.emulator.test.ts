// The list's Status column against the in-process emulator at speed 1 (a create takes about a minute, an
// update or delete tens of seconds), so each running state holds while it is read: an added region reads
// Updating, a delete Deleting, a new registry Creating, an untouched one Ready — and when neither Resource
// Graph nor the deployment history can be read, Unknown rather than Ready.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createArmClient, type ArmClient } from '@/lib/arm/client';
import { EmulatorCredential } from '@/lib/arm/emulator-credential';
import { addFault, clearFaults } from '@/lib/emulator/testing/control';
import { registryBody, startFixture, uniqueName, type EmulatorFixture } from '@/lib/emulator/testing/emulator-fixture';
import { statusOfRegistry, type RegistryGroup } from '@/lib/registries/registry-list';
import { listRegistryStatuses } from './list-statuses';

const API = 'api-version=2025-09-01';
type Wire = { id: string; name: string; location: string; properties: { regionDetails: { location: string }[] } };

let emu: EmulatorFixture;
let client: ArmClient;
let registries: Wire[];
let subscriptionId: string;

const groupOf = (id: string): RegistryGroup => {
  const parts = id.split('/');
  return { subscriptionId: parts[2], resourceGroup: parts[4] };
};

beforeAll(async () => {
  emu = await startFixture({ timeScale: 1 });
  client = createArmClient({ endpoint: emu.url, credential: new EmulatorCredential(emu.url, 'owner@contoso.onmicrosoft.com'), retry: { maxRetries: 0 } });
  const seeded = await fetch(`${emu.url}/_emulator/bulk-seed`, { method: 'POST', body: JSON.stringify({ subscriptions: 1, registries: 4, prefix: uniqueName('st').slice(0, 12) }) });
  expect(seeded.status, await seeded.clone().text()).toBe(200);
  subscriptionId = ((await seeded.json()) as { subscriptions: { subscriptionId: string }[] }).subscriptions[0].subscriptionId;
  const list = await emu.arm<{ value: Wire[] }>('GET', `/subscriptions/${subscriptionId}/providers/Microsoft.MachineLearningServices/registries?${API}`);
  registries = list.body.value;
  expect(registries).toHaveLength(4);
});
afterAll(async () => {
  await emu.close();
});

describe('registry statuses (emulator at speed 1)', () => {
  it('reads Updating, Deleting, Creating and Ready while the operations run', async () => {
    const [updated, deleted, untouched] = registries;
    const regions = updated.properties.regionDetails.map((r) => r.location);
    const extra = ['japaneast', 'australiaeast', 'westus2'].find((r) => !regions.includes(r))!;
    expect((await emu.arm('PUT', `${updated.id}?${API}`, { body: registryBody([...regions, extra]) })).status).toBeLessThan(300);
    expect((await emu.arm('DELETE', `${deleted.id}?${API}`)).status).toBe(202);
    const created = `/subscriptions/${subscriptionId}/resourceGroups/${groupOf(untouched.id).resourceGroup}/providers/Microsoft.MachineLearningServices/registries/${uniqueName('new')}`;
    expect((await emu.arm('PUT', `${created}?${API}`, { body: registryBody(['eastus']) })).status).toBe(201);

    const statuses = await listRegistryStatuses(client, [updated, deleted, untouched, { id: created }].map((r) => groupOf(r.id)));
    expect(statusOfRegistry(statuses, updated.id)).toBe('Updating');
    expect(statusOfRegistry(statuses, deleted.id)).toBe('Deleting');
    expect(statusOfRegistry(statuses, created)).toBe('Creating');
    expect(statusOfRegistry(statuses, untouched.id)).toBe('Ready');

    // The rows on screen alone (the server render's first read): the same answers for them, none for the rest.
    const onScreen = await listRegistryStatuses(client, [updated, untouched].map((r) => groupOf(r.id)), { registryIds: [updated.id, untouched.id] });
    expect(statusOfRegistry(onScreen, updated.id)).toBe('Updating');
    expect(statusOfRegistry(onScreen, untouched.id)).toBe('Ready');
    expect(statusOfRegistry(onScreen, deleted.id)).toBeNull();
  });

  it('says Unknown, not Ready, when the status sources cannot be read', async () => {
    const target = registries[3];
    const group = groupOf(target.id);
    const rules = [
      await addFault(emu.url, { match: { method: 'POST', path: '/providers/Microsoft.ResourceGraph/resources' }, status: 500 }),
      await addFault(emu.url, { match: { method: 'GET', path: `/subscriptions/${group.subscriptionId}/resourcegroups/${group.resourceGroup}/providers/Microsoft.Resources/deployments` }, status: 500 }),
    ];
    try {
      const statuses = await listRegistryStatuses(client, [group]);
      expect(statusOfRegistry(statuses, target.id)).toBe('Unknown');
    } finally {
      for (const rule of rules) await clearFaults(emu.url, rule.id);
    }
  });
});
