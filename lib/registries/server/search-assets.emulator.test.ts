// The tenant-wide asset search against the in-process emulator's seeded tenant: matches by name across
// registries, every registry reported once, one whose asset lists are refused reported with ARM's error,
// and never more than SEARCH_CONCURRENCY requests in flight.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createArmClient, type ArmClient } from '@/lib/arm/client';
import { EmulatorCredential } from '@/lib/arm/emulator-credential';
import { addFault, clearFaults } from '@/lib/emulator/testing/control';
import { startFixture, type EmulatorFixture } from '@/lib/emulator/testing/emulator-fixture';
import { SEED_REGISTRIES } from '@/lib/emulator/seed/registries';
import { SEARCH_CONCURRENCY, type AssetSearchEvent } from '@/lib/registries/assets/asset-search';
import { searchAssets } from './search-assets';

let emu: EmulatorFixture;
let client: ArmClient;
let inFlight = 0;
let maxInFlight = 0;

beforeAll(async () => {
  emu = await startFixture();
  const inner = createArmClient({ endpoint: emu.url, credential: new EmulatorCredential(emu.url, 'owner@contoso.onmicrosoft.com'), retry: { maxRetries: 0 } });
  // Counts the requests in flight, to check the fan-out's bound.
  client = {
    ...inner,
    send: async (...args: Parameters<ArmClient['send']>) => {
      maxInFlight = Math.max(maxInFlight, ++inFlight);
      try {
        return await inner.send(...args);
      } finally {
        inFlight--;
      }
    },
  } as ArmClient;
});
afterAll(async () => {
  await emu.close();
});

async function search(query: string): Promise<AssetSearchEvent[]> {
  const events: AssetSearchEvent[] = [];
  await searchAssets(client, query, (e) => events.push(e));
  return events;
}

describe('searchAssets', () => {
  it('finds assets by name in every registry, reports each registry once, and keeps at most six reads in flight', async () => {
    maxInFlight = 0;
    const events = await search('CREDIT');
    const started = events[0];
    expect(started).toMatchObject({ type: 'started', registries: SEED_REGISTRIES.length });
    expect(events.at(-1)).toEqual({ type: 'done' });
    const reported = events.filter((e) => e.type === 'registry' || e.type === 'unreadable');
    expect(reported).toHaveLength(SEED_REGISTRIES.length);
    const prod = reported.find((e) => e.type === 'registry' && e.registry.name === 'contoso-prod-registry');
    expect(prod?.type === 'registry' && prod.hits.map((h) => `${h.kind}/${h.name}`)).toEqual(['data/credit-applications', 'models/credit-risk-classifier', 'components/train-credit-model']);
    expect(reported.filter((e) => e.type === 'registry' && e.hits.length > 0)).toHaveLength(1);
    expect(maxInFlight).toBeLessThanOrEqual(SEARCH_CONCURRENCY);
  });

  it('names a registry whose assets cannot be read, with ARM’s error, and still reports the others', async () => {
    const refused = SEED_REGISTRIES.find((r) => r.name === 'contoso-vision-models')!;
    await addFault(emu.url, {
      match: { method: 'GET', path: `/subscriptions/${refused.subscriptionId}/resourceGroups/${refused.resourceGroup}/providers/Microsoft.MachineLearningServices/registries/${refused.name}/*` },
      status: 403,
      code: 'AuthorizationFailed',
      message: 'No assets/read here.',
      times: 10,
    });
    try {
      const events = await search('resnet');
      expect(events.find((e) => e.type === 'unreadable')).toMatchObject({ type: 'unreadable', registry: { name: refused.name }, status: 403, code: 'AuthorizationFailed' });
      expect(events.filter((e) => e.type === 'registry')).toHaveLength(SEED_REGISTRIES.length - 1);
    } finally {
      await clearFaults(emu.url);
    }
  });
});
