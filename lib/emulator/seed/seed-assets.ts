// Writes the seeded assets (seed/assets.ts) through the asset resource provider, with clocks in the past so
// every version is created and replicated by "now", and their files as real blobs in each registry's
// primary storage account — so browsing, file lists and downloads work on first start.
import { createHash } from 'node:crypto';
import type { Caller, Emulator, RpContext } from '../context';
import { putAssetContainer } from '../assets/asset-containers-rp';
import { putAssetVersion } from '../assets/asset-versions-rp';
import { blobRoot } from '../blob/blob-root';
import { containerDir, writeBlobSync } from '../blob/blob-disk';
import { findRegistryByName } from '../store/registries';
import { listOwnedResources } from '../store/resources';
import type { SeedAsset } from './assets';
import { SEED_ASSETS } from './assets';

/** Origin written into seeded blob URIs (the default emulator port); datareferences re-issues them on the caller's origin. */
export const SEED_BLOB_ORIGIN = 'http://127.0.0.1:4510';

const DAY = 86_400_000;

const CONTENT_TYPES: Record<string, string> = { csv: 'text/csv', py: 'text/x-python', json: 'application/json', yaml: 'application/x-yaml', txt: 'text/plain' };
const contentType = (file: string) => CONTENT_TYPES[file.split('.').pop() ?? ''] ?? 'application/octet-stream';

function substitute(value: unknown, uri: string): unknown {
  if (typeof value === 'string') return value.replaceAll('{uri}', uri);
  if (Array.isArray(value)) return value.map((v) => substitute(v, uri));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, substitute(v, uri)]));
  return value;
}

function seedAsset(emulator: Emulator, caller: Caller, now: number, asset: SeedAsset): void {
  const registry = findRegistryByName(emulator.db, asset.registry);
  if (!registry) throw new Error(`seed asset ${asset.name}: registry ${asset.registry} is not seeded`);
  const account = listOwnedResources(emulator.db, registry.idKey).find((r) => r.role === 'storage' && r.region === registry.location);
  if (!account) throw new Error(`seed asset ${asset.name}: registry ${asset.registry} has no storage account`);
  const ref = { subscriptionId: registry.subscriptionId, resourceGroup: registry.resourceGroup, registryName: registry.name, kind: asset.kind, name: asset.name };
  const ctxAt = (at: number): RpContext => ({ emulator, caller, baseUrl: SEED_BLOB_ORIGIN, apiVersion: '2025-09-01', now: at });
  for (const v of asset.versions) {
    const at = now - v.daysAgo * DAY;
    const container = createHash('sha256').update(`${registry.name}/${asset.kind}/${asset.name}/${v.version}`).digest('hex').slice(0, 32);
    const folder = `${asset.kind}/${asset.name}/${v.version}`;
    const dir = containerDir(blobRoot(emulator), account.name, container);
    for (const [file, content] of Object.entries(v.files ?? {})) writeBlobSync(dir, `${folder}/${file}`, content, contentType(file), at);
    const uri = `${SEED_BLOB_ORIGIN}/_blob/${account.name}/${container}/${folder}`;
    putAssetVersion(ctxAt(at), { ...ref, version: v.version }, { properties: substitute(v.properties, uri) });
  }
  const last = now - Math.min(...asset.versions.map((v) => v.daysAgo)) * DAY;
  putAssetContainer(ctxAt(last), ref, { properties: { description: asset.description, tags: asset.tags, isArchived: asset.archived === true } });
}

/** Seeds every asset of seed/assets.ts, as the seeded Owner. */
export function seedAssets(emulator: Emulator, caller: Caller, now: number): void {
  emulator.db.transaction(() => {
    for (const asset of SEED_ASSETS) seedAsset(emulator, caller, now, asset);
  })();
}
