// What every asset operation does first and last: find the registry (ARM's resource group and registry
// 404s), finish due deletions, stamp systemData, and start the asynchronous operations whose polling URLs
// the spec's headers carry (PUT 201 + Azure-AsyncOperation; DELETE 202 + Location + Retry-After).
import { randomUUID } from 'node:crypto';
import type { RpContext } from '../context';
import { resourceNotFound } from '../errors';
import { retryAfterSeconds } from '../provisioning/timing';
import { requireResourceGroup } from '../rp/scope-checks';
import { insertAssetOperation } from '../store/asset-operations';
import type { AssetOperationKind } from '../store/asset-operations';
import type { AssetKind, ContainerKey } from '../store/assets';
import { purgeDeletedAssets } from '../store/assets';
import type { RegistryRecord, SystemData } from '../store/registries';
import { getRegistry } from '../store/registries';
import { checkAssetName } from './asset-validation';

/** Names one asset container under a registry. */
export interface AssetRef {
  subscriptionId: string;
  resourceGroup: string;
  registryName: string;
  kind: AssetKind;
  name: string;
}

/** The registry an asset request addresses (404s as ARM gives them), with due deletions applied. */
export function requireRegistry(ctx: RpContext, ref: Omit<AssetRef, 'kind' | 'name'>, opts: { forWrite: boolean }): RegistryRecord {
  const rg = requireResourceGroup(ctx, ref.subscriptionId, ref.resourceGroup, opts);
  const registry = getRegistry(ctx.emulator.db, rg.subscriptionId, rg.name, ref.registryName);
  if (!registry) throw resourceNotFound(`Microsoft.MachineLearningServices/registries/${ref.registryName}`, ref.resourceGroup);
  purgeDeletedAssets(ctx.emulator.db, ctx.now);
  return registry;
}

/** The registry plus the container key, after checking the asset name. */
export function resolveAsset(ctx: RpContext, ref: AssetRef, opts: { forWrite: boolean }): { registry: RegistryRecord; key: ContainerKey } {
  checkAssetName(ref.kind, ref.name);
  const registry = requireRegistry(ctx, ref, opts);
  return { registry, key: { registryKey: registry.idKey, kind: ref.kind, name: ref.name } };
}

/** systemData for a new or modified asset. */
export function stampSystemData(ctx: RpContext, previous?: SystemData): SystemData {
  const at = new Date(ctx.now).toISOString();
  const modified = { lastModifiedBy: ctx.caller.upn, lastModifiedByType: 'User', lastModifiedAt: at };
  return previous ? { ...previous, ...modified } : { createdBy: ctx.caller.upn, createdByType: 'User', createdAt: at, ...modified };
}

/** The absolute time `ms` (at time scale 1) after the request. */
export function assetDue(ctx: RpContext, ms: number): number {
  return ctx.now + Math.round(ms * ctx.emulator.config.timeScale);
}

const operationBase = (ctx: RpContext, registry: RegistryRecord) =>
  `${ctx.baseUrl}/subscriptions/${registry.subscriptionId}/providers/Microsoft.MachineLearningServices/locations/${registry.location}`;

/** Records an operation and returns the headers of the answer that started it. */
export function startAssetOperation(ctx: RpContext, registry: RegistryRecord, kind: AssetOperationKind, targetId: string, endAt: number): Record<string, string> {
  const id = randomUUID();
  insertAssetOperation(ctx.emulator.db, { id, subscriptionId: registry.subscriptionId, location: registry.location, kind, targetId, startedAt: ctx.now, endAt });
  const query = `?api-version=${encodeURIComponent(ctx.apiVersion)}`;
  const status = `${operationBase(ctx, registry)}/mfeOperationsStatus/${id}${query}`;
  if (kind === 'create') return { 'Azure-AsyncOperation': status, 'x-ms-async-operation-timeout': 'PT1H' };
  return {
    Location: `${operationBase(ctx, registry)}/mfeOperationResults/${id}${query}`,
    'Retry-After': retryAfterSeconds(ctx),
    'x-ms-async-operation-timeout': 'PT1H',
  };
}
