// Bulk asset seeding for scale tests and the benchmark: created, listed in pages, idempotent per prefix.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_SUBSCRIPTIONS } from '../seed';
import type { EmulatorFixture } from '../testing/emulator-fixture';
import { startFixture } from '../testing/emulator-fixture';

const SUB = SEED_SUBSCRIPTIONS.development.id;
const BASE = `/subscriptions/${SUB}/resourceGroups/rg-ml-experiments/providers/Microsoft.MachineLearningServices/registries/nlp-experiments`;
type Page = { value: { name: string; properties: { latestVersion: string; nextVersion: string } }[]; nextLink?: string };

let emu: EmulatorFixture;
beforeAll(async () => {
  emu = await startFixture();
});
afterAll(() => emu.close());

const seed = (body: Record<string, unknown>) =>
  fetch(`${emu.url}/_emulator/bulk-seed-assets`, { method: 'POST', body: JSON.stringify({ subscriptionId: SUB, resourceGroup: 'rg-ml-experiments', registryName: 'nlp-experiments', ...body }) });

describe('bulk asset seeding', () => {
  it('creates many models with versions once, lists them in nextLink pages', async () => {
    const first = await seed({ assets: 250, versionsPerAsset: 3, prefix: 'scale' });
    expect(first.status).toBe(200);
    expect(((await first.json()) as { assets: { created: number } }).assets.created).toBe(250);
    const again = (await (await seed({ assets: 250, versionsPerAsset: 3, prefix: 'scale' })).json()) as { assets: { created: number; existing: number } };
    expect(again.assets).toMatchObject({ created: 0, existing: 250 });

    const names: string[] = [];
    let url: string | undefined = `${BASE}/models?api-version=2025-09-01`;
    while (url) {
      const page: { body: Page } = await emu.arm<Page>('GET', url);
      names.push(...page.body.value.map((m) => m.name));
      if (page.body.value[0]?.name === 'scale-00000') expect(page.body.value[0].properties).toMatchObject({ latestVersion: '3', nextVersion: '4' });
      url = page.body.nextLink;
    }
    expect(names.filter((n) => n.startsWith('scale-'))).toHaveLength(250);
    expect((await seed({ assets: 0 })).status).toBe(400);
  });
});
