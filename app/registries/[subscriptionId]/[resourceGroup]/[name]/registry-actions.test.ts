// The route's server actions called directly, against an in-process emulator over HTTP: the Owner can
// change the registry; a Reader calling the very same actions is refused by ARM, and the refusal comes
// back in plain words with ARM's code.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createArmClient, type ArmClient } from '@/lib/arm/client';
import { EmulatorCredential } from '@/lib/arm/emulator-credential';
import { SEED_PRINCIPALS } from '@/lib/emulator/seed/principals';
import { SEED_SUBSCRIPTIONS } from '@/lib/emulator/seed/subscriptions';
import { pollUntil, registryBody, startFixture, uniqueName, type EmulatorFixture } from '@/lib/emulator/testing/emulator-fixture';

const current = vi.hoisted(() => ({ client: null as ArmClient | null }));
vi.mock('@/lib/session/arm-client', () => ({ getConsoleArmClient: async () => current.client }));

const { addRegionsAction } = await import('./add-regions-action');
const { removeRegionsAction } = await import('./remove-regions-action');
const { updateTagsAction } = await import('./update-tags-action');
const { deleteRegistryAction } = await import('./delete-registry-action');
const { getWriteAccessAction } = await import('./get-write-access-action');
const { getRegistryDetailsAction } = await import('./get-registry-details-action');

let emu: EmulatorFixture;
const sub = SEED_SUBSCRIPTIONS.production.id;
const rg = 'rg-ml-prod';
const clientFor = (principal: string) => createArmClient({ endpoint: emu.url, credential: new EmulatorCredential(emu.url, principal), retry: { maxRetries: 0 } });

type Wire = { properties: { provisioningState?: string; regionDetails: { location: string; storageAccountDetails: { systemCreatedStorageAccount: { storageAccountName?: string } }[] }[] } };

// The emulator's own provisioningState (Azure's registries have none) says when its operation ended.
function settled(get: () => Promise<{ body: Wire }>) {
  return pollUntil(get, (r) => r.body.properties.provisioningState === 'Succeeded');
}

async function createRegistry(regions: string[]) {
  const name = uniqueName('actions');
  const path = `/subscriptions/${sub}/resourceGroups/${rg}/providers/Microsoft.MachineLearningServices/registries/${name}`;
  expect((await emu.arm('PUT', `${path}?api-version=2025-09-01`, { body: registryBody(regions) })).status).toBe(201);
  const get = () => emu.arm<Wire>('GET', `${path}?api-version=2025-09-01`);
  await settled(get);
  return { ref: { subscriptionId: sub, resourceGroup: rg, name }, get };
}

beforeAll(async () => {
  emu = await startFixture();
});
afterAll(async () => {
  await emu.close();
});

describe('as a Reader', () => {
  it('every write action is refused before ARM is asked, in plain words naming the permission; write access says why', async () => {
    const { ref, get } = await createRegistry(['eastus', 'westus2']);
    current.client = clientFor(SEED_PRINCIPALS.reader.userPrincipalName);
    const results = [
      await addRegionsAction(ref, { regions: ['japaneast'] }),
      await removeRegionsAction(ref, { regions: ['westus2'] }),
      await updateTagsAction(ref, { tags: [{ name: 'team', value: 'x' }], description: '' }),
      await deleteRegistryAction(ref, { confirmName: ref.name }),
    ];
    for (const result of results) {
      expect(result.ok).toBe(false);
      expect(!result.ok && result.code).toBe('AuthorizationFailed');
      expect(!result.ok && result.message).toMatch(/^You don't have permission to .+\. You need Microsoft\.MachineLearningServices\/registries\/(write|delete)/);
    }
    const after = await get();
    expect(after.body.properties.regionDetails.map((d) => d.location)).toEqual(['eastus', 'westus2']);
    const access = await getWriteAccessAction(ref);
    expect(access.ok && access.data).toMatchObject({ canWrite: false, canDelete: false, missing: [expect.stringMatching(/registries\/write$/), expect.stringMatching(/registries\/delete$/)] });
    // Reading is allowed.
    const details = await getRegistryDetailsAction(ref);
    expect(details.ok && details.data.view.name).toBe(ref.name);
  });
});

describe('as the Owner', () => {
  it('adds a region (full PUT) and removes it again (removeRegions), each as a pollable operation', async () => {
    const { ref, get } = await createRegistry(['eastus']);
    current.client = clientFor(SEED_PRINCIPALS.owner.userPrincipalName);
    expect(await getWriteAccessAction(ref)).toEqual({ ok: true, data: { canWrite: true, canDelete: true, missing: [], reason: null } });
    const added = await addRegionsAction(ref, { regions: ['japaneast'] });
    expect(added.ok && added.data).toMatchObject({ kind: 'addRegions', regions: ['japaneast'], title: 'Adding region japaneast', handle: expect.stringMatching(/^[A-Za-z0-9_-]+$/) });
    await pollUntil(get, (r) => r.body.properties.regionDetails.some((d) => d.location === 'japaneast' && d.storageAccountDetails[0].systemCreatedStorageAccount.storageAccountName));
    await settled(get);
    // The primary cannot be removed; the action refuses before ARM is asked.
    expect(await removeRegionsAction(ref, { regions: ['eastus'] })).toMatchObject({ ok: false, message: '"eastus" is the primary region: it cannot be removed.' });
    const removed = await removeRegionsAction(ref, { regions: ['japaneast'] });
    expect(removed.ok && removed.data.kind).toBe('removeRegions');
    await pollUntil(get, (r) => r.body.properties.regionDetails.length === 1);
  });

  it('saves tags with the wizard rules and refuses a delete whose typed name does not match', async () => {
    const { ref, get } = await createRegistry(['eastus']);
    current.client = clientFor(SEED_PRINCIPALS.owner.userPrincipalName);
    const bad = await updateTagsAction(ref, { tags: [{ name: 'windows-thing', value: '1' }], description: '' });
    expect(bad).toMatchObject({ ok: false, fieldErrors: { 'tags.0.name': expect.stringMatching(/reserves that prefix/) } });
    const saved = await updateTagsAction(ref, { tags: [{ name: 'team', value: 'nlp' }], description: 'Shared' });
    expect(saved).toEqual({ ok: true, data: { tags: { team: 'nlp' }, description: 'Shared' } });
    expect((await get()).body).toMatchObject({ tags: { team: 'nlp', description: 'Shared' } });
    expect(await deleteRegistryAction(ref, { confirmName: ref.name.toUpperCase() })).toMatchObject({ ok: false, fieldErrors: { confirmName: expect.any(String) } });
    expect(await addRegionsAction({ ...ref, subscriptionId: '../../x' }, { regions: ['japaneast'] })).toMatchObject({ ok: false });
  });
});
