// The asset page's and tabs' server actions called directly against an in-process emulator (seeded
// contoso-prod-registry): reads page with nextLink and refuse a link to another list; an Owner edits tags,
// archives, restores and deletes versions; a Reader reads everything and every change is refused before ARM.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createArmClient, type ArmClient } from '@/lib/arm/client';
import { EmulatorCredential } from '@/lib/arm/emulator-credential';
import { SEED_PRINCIPALS } from '@/lib/emulator/seed/principals';
import { SEED_SUBSCRIPTIONS } from '@/lib/emulator/seed/subscriptions';
import { startFixture, type EmulatorFixture } from '@/lib/emulator/testing/emulator-fixture';

const current = vi.hoisted(() => ({ client: null as ArmClient | null }));
vi.mock('@/lib/session/arm-client', () => ({ getConsoleArmClient: async () => current.client }));

const { getAssetPageAction, listAssetFilesAction } = await import('./get-asset-page-action');
const { updateAssetVersionAction } = await import('./update-asset-version-action');
const { setAssetArchivedAction } = await import('./set-asset-archived-action');
const { deleteAssetVersionAction } = await import('./delete-asset-version-action');
const { listAssetsPageAction, countAssetVersionsAction } = await import('../../../list-assets-action');
const { getAssetAccessAction } = await import('../../../get-asset-access-action');

let emu: EmulatorFixture;
const registry = { subscriptionId: SEED_SUBSCRIPTIONS.production.id, resourceGroup: 'rg-ml-prod', name: 'contoso-prod-registry' };
const model = (asset: string) => ({ ...registry, kind: 'models', asset });
const as = (p: keyof typeof SEED_PRINCIPALS) => {
  current.client = createArmClient({ endpoint: emu.url, credential: new EmulatorCredential(emu.url, SEED_PRINCIPALS[p].userPrincipalName), retry: { maxRetries: 0 } });
};

beforeAll(async () => {
  emu = await startFixture({ pageSize: 2 });
});
afterAll(async () => {
  await emu.close();
});

describe('reading', () => {
  it('lists a kind page by page and counts versions; a nextLink to another list is refused', async () => {
    as('reader');
    const first = await listAssetsPageAction(registry, { kind: 'models', view: 'All', nextLink: null });
    if (!first.ok) throw new Error(first.message);
    expect(first.data.rows).toHaveLength(2);
    expect(first.data.nextLink).toBeTruthy();
    const second = await listAssetsPageAction(registry, { kind: 'models', view: 'All', nextLink: first.data.nextLink });
    expect(second.ok && second.data.rows.length).toBeGreaterThan(0);
    // A search reads several pages in one call, to the end of the list.
    const burst = await listAssetsPageAction(registry, { kind: 'models', view: 'All', nextLink: null, pages: 5 });
    expect(burst.ok && burst.data.rows.map((r) => r.name).sort()).toEqual(['credit-risk-classifier', 'fraud-detector', 'legacy-churn-model']);
    expect(burst.ok && burst.data.nextLink).toBeNull();
    const forged = first.data.nextLink!.replace('/models', '/environments');
    const refused = await listAssetsPageAction(registry, { kind: 'models', view: 'All', nextLink: forged });
    expect(!refused.ok && refused.code).toBe('InvalidInput');
    const counts = await countAssetVersionsAction(registry, { kind: 'models', names: ['credit-risk-classifier', 'fraud-detector'] });
    expect(counts.ok && counts.data).toEqual({ 'credit-risk-classifier': 6, 'fraud-detector': 4 });
  });

  it('reads an asset with its versions, the latest selected, and lists its files with download URLs', async () => {
    as('reader');
    const page = await getAssetPageAction(model('credit-risk-classifier'), null);
    if (!page.ok) throw new Error(page.message);
    expect(page.data.versions).toHaveLength(6);
    expect(page.data.selected?.version).toBe(page.data.asset.latestVersion);
    expect(page.data.selected?.properties.map((p) => p.label)).toContain('Flavors');
    const files = await listAssetFilesAction(model('credit-risk-classifier'), page.data.selected!.version, page.data.selected!.artifactUri);
    if (!files.ok || files.data.state !== 'listed') throw new Error(JSON.stringify(files));
    expect(files.data.files.map((f) => f.path)).toContain('MLmodel');
    const download = await fetch(files.data.files.find((f) => f.path === 'MLmodel')!.downloadUrl);
    expect(download.status).toBe(200);
    expect(await download.text()).toContain('flavors');
  });

  it('refuses malformed addresses before ARM', async () => {
    as('owner');
    const bad = await getAssetPageAction({ ...registry, kind: 'models', asset: '../../x' }, null);
    expect(!bad.ok && bad.code).toBe('InvalidInput');
    const badKind = await getAssetPageAction({ ...registry, kind: 'codes', asset: 'credit-risk-src' }, null);
    expect(!badKind.ok && badKind.code).toBe('InvalidInput');
  });
});

describe('as a Reader', () => {
  it('every change is refused with the permission named, and the access guards say why', async () => {
    as('reader');
    const results = [
      await updateAssetVersionAction(model('fraud-detector'), '1', { tags: [{ name: 'x', value: 'y' }], description: '' }),
      await setAssetArchivedAction(model('fraud-detector'), { version: '1', archived: true }),
      await deleteAssetVersionAction(model('fraud-detector'), { version: '1', confirmation: '1' }),
    ];
    for (const r of results) {
      expect(!r.ok && r.code).toBe('AuthorizationFailed');
      expect(!r.ok && r.message).toMatch(/registries\/assets\/(write|delete)/);
    }
    const access = await getAssetAccessAction(registry);
    expect(access.ok && access.data.writeBlocked).toMatch(/assets\/write/);
    expect(access.ok && access.data.deleteBlocked).toMatch(/assets\/delete/);
  });
});

describe('as the Owner', () => {
  it('edits tags and description, archives and restores, and deletes a version once typed', async () => {
    as('owner');
    const ref = model('fraud-detector');
    expect((await updateAssetVersionAction(ref, '2', { tags: [{ name: 'team', value: 'risk' }], description: 'Edited' })).ok).toBe(true);
    let page = await getAssetPageAction(ref, '2');
    expect(page.ok && page.data.selected).toMatchObject({ tags: { team: 'risk' }, description: 'Edited' });
    expect((await setAssetArchivedAction(ref, { version: '2', archived: true })).ok).toBe(true);
    page = await getAssetPageAction(ref, '2');
    expect(page.ok && page.data.selected?.isArchived).toBe(true);
    expect((await setAssetArchivedAction(ref, { version: '2', archived: false })).ok).toBe(true);
    const mistyped = await deleteAssetVersionAction(ref, { version: '3', confirmation: '4' });
    expect(!mistyped.ok && mistyped.fieldErrors?.confirmation).toMatch(/Type the version/);
    expect((await deleteAssetVersionAction(ref, { version: '3', confirmation: '3' })).ok).toBe(true);
    const access = await getAssetAccessAction(registry);
    expect(access.ok && access.data).toEqual({ writeBlocked: null, deleteBlocked: null });
  });
});
