// Which asset a page or action is about. Route params and action arguments are untrusted: the registry
// address, the kind, the asset name and the version are checked here before they become ARM path segments
// (lib/arm/paths checks the segments once more). Links to an asset and the plain form actions take are in
// asset-href.ts, without zod, for client code.
import { z } from 'zod';
import { parseRegistryRef, type RegistryRef } from '@/lib/registries/registry-ref';
import type { BrowsableAssetKind } from './asset-kinds';
import { assetKindSchema, assetNameSchema, assetVersionSchema } from './asset-segments';

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

/** `{subscriptionId, resourceGroup, name, kind, asset}` (route params, or assetRefArgument's form), or null when any part is malformed. */
export function parseAssetRef(input: unknown): AssetRef | null {
  if (!input || typeof input !== 'object') return null;
  const raw = input as Record<string, unknown>;
  const registry = parseRegistryRef({ subscriptionId: raw.subscriptionId, resourceGroup: raw.resourceGroup, name: raw.name });
  const parts = assetPartsSchema.safeParse({ kind: decodedOnce(raw.kind), asset: decodedOnce(raw.asset) });
  if (!registry || !parts.success) return null;
  return { registry, kind: parts.data.kind, name: parts.data.asset };
}

/** A version from untrusted input (a search parameter), or null. */
export function parseAssetVersion(value: unknown): string | null {
  const parsed = assetVersionSchema.safeParse(decodedOnce(value));
  return parsed.success ? parsed.data : null;
}
