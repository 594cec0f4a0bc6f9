// Which asset a page or action is about. Route params and action arguments are untrusted: the registry
// address, the kind, the asset name and the version are checked here before they become ARM path segments
// (lib/arm/paths checks the segments once more).
import { z } from 'zod';
import { parseRegistryRef, type RegistryRef } from '@/lib/registries/registry-ref';
import { registryHref } from '@/lib/registries/registry-href';
import { assetKindSchema, assetNameSchema, assetVersionSchema, type BrowsableAssetKind } from './asset-kinds';

/** One asset (container) of a registry. */
export interface AssetRef {
  registry: RegistryRef;
  kind: BrowsableAssetKind;
  name: string;
}

const decodedOnce = (value: unknown) => {
  if (typeof value !== 'string' || !value.includes('%')) return value;
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
};

const assetPartsSchema = z.object({ kind: assetKindSchema, asset: assetNameSchema });

/** `{subscriptionId, resourceGroup, name, kind, asset}` (route params or an action argument), or null when any part is malformed. */
export function parseAssetRef(input: unknown): AssetRef | null {
  if (!input || typeof input !== 'object') return null;
  const raw = input as Record<string, unknown>;
  const registry = parseRegistryRef({ subscriptionId: raw.subscriptionId, resourceGroup: raw.resourceGroup, name: raw.name });
  const parts = assetPartsSchema.safeParse({ kind: decodedOnce(raw.kind), asset: decodedOnce(raw.asset) });
  if (!registry || !parts.success) return null;
  return { registry, kind: parts.data.kind, name: parts.data.asset };
}

/** The plain-object form an action takes (what parseAssetRef reads back). */
export function assetRefArgument(ref: AssetRef): Record<string, string> {
  return { ...ref.registry, kind: ref.kind, asset: ref.name };
}

/** A version from untrusted input (a search parameter), or null. */
export function parseAssetVersion(value: unknown): string | null {
  const parsed = assetVersionSchema.safeParse(decodedOnce(value));
  return parsed.success ? parsed.data : null;
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
