// A registry page's URL, apart from registry-ref.ts: client components build it, and registry-ref's
// validation (zod schemas) is not code their first download needs.
import type { RegistryRef } from './registry-ref';

/** `/registries/{subscriptionId}/{resourceGroup}/{name}`. */
export function registryHref(ref: RegistryRef): string {
  return `/registries/${encodeURIComponent(ref.subscriptionId)}/${encodeURIComponent(ref.resourceGroup)}/${encodeURIComponent(ref.name)}`;
}
