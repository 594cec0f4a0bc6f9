// Which registry a page or action is about. Route params and action arguments are untrusted: they are
// checked here (GUID subscription, ARM's resource group rule, the registry name rule) before they become
// ARM path segments, which lib/arm/paths validates once more.
import { z } from 'zod';
import { registryNameSchema, resourceGroupNameSchema } from '@/lib/registries/names';

/** A registry's address: subscription id, resource group and name. */
export interface RegistryRef {
  subscriptionId: string;
  resourceGroup: string;
  name: string;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The registry address schema shared by the route and every action. */
export const registryRefSchema = z.strictObject({
  subscriptionId: z.string().regex(GUID, { error: 'The subscription id must be a GUID.' }),
  resourceGroup: resourceGroupNameSchema,
  name: registryNameSchema,
});

// Route params may arrive percent-encoded; none of the three may contain '%', so decoding once is safe.
function decoded(value: unknown): unknown {
  if (typeof value !== 'string' || !value.includes('%')) return value;
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** The validated address, or null when any part is malformed (the page then answers 404). */
export function parseRegistryRef(input: unknown): RegistryRef | null {
  if (!input || typeof input !== 'object') return null;
  const raw = input as Record<string, unknown>;
  const parsed = registryRefSchema.safeParse({
    subscriptionId: decoded(raw.subscriptionId),
    resourceGroup: decoded(raw.resourceGroup),
    name: decoded(raw.name),
  });
  return parsed.success ? parsed.data : null;
}

/** `/registries/{subscriptionId}/{resourceGroup}/{name}`. */
export function registryHref(ref: RegistryRef): string {
  return `/registries/${encodeURIComponent(ref.subscriptionId)}/${encodeURIComponent(ref.resourceGroup)}/${encodeURIComponent(ref.name)}`;
}
