// An asset's links and the plain form an action takes, apart from asset-ref.ts: client components build them,
// and asset-ref's validation (zod schemas) is not code their first download needs.
import type { RegistryRef } from '@/lib/registries/registry-ref';
import { registryHref } from '@/lib/registries/registry-href';
import type { BrowsableAssetKind } from './asset-kinds';
import type { AssetRef } from './asset-ref';

/** The plain-object form an action takes (what asset-ref's parseAssetRef reads back). */
export function assetRefArgument(ref: AssetRef): Record<string, string> {
  return { ...ref.registry, kind: ref.kind, asset: ref.name };
}

/** `/registries/{sub}/{rg}/{registry}/assets/{kind}/{asset}`, with `?version=` when given. */
export function assetHref(ref: AssetRef, version?: string | null): string {
  const base = `${registryHref(ref.registry)}/assets/${ref.kind}/${encodeURIComponent(ref.name)}`;
  return version ? `${base}?version=${encodeURIComponent(version)}` : base;
}

/** The registry page opened on the kind's tab. */
export function assetTabHref(registry: RegistryRef, kind: BrowsableAssetKind): string {
  return `${registryHref(registry)}?tab=${kind}`;
}

/** Where a new asset of the kind is published (the publish flow's route). */
export function publishHref(registry: RegistryRef, kind: BrowsableAssetKind): string {
  return `${registryHref(registry)}/publish/${kind}`;
}
