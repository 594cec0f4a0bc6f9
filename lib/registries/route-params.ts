// Route params and action arguments that name an ARM resource are untrusted: they are decoded once and
// checked against ARM's rules here, before they become path segments (which lib/arm/paths checks again).
import { z } from 'zod';
import { resourceGroupNameSchema } from './names';

/** A subscription id: a GUID. */
export const subscriptionIdSchema = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, {
  error: 'The subscription id must be a GUID.',
});

// Params may arrive percent-encoded; no valid subscription, group or resource name contains '%', so decoding
// once is safe (and a malformed escape is left to fail validation).
function decoded(value: unknown): unknown {
  if (typeof value !== 'string' || !value.includes('%')) return value;
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** `{subscriptionId, resourceGroup, name}` checked with `nameSchema`, or null when any part is malformed. */
export function parseResourceRef(
  input: unknown,
  nameSchema: z.ZodType<string>,
  nameKeys: readonly string[] = ['name'],
): { subscriptionId: string; resourceGroup: string; name: string } | null {
  if (!input || typeof input !== 'object') return null;
  const raw = input as Record<string, unknown>;
  const schema = z.strictObject({ subscriptionId: subscriptionIdSchema, resourceGroup: resourceGroupNameSchema, name: nameSchema });
  const parsed = schema.safeParse({
    subscriptionId: decoded(raw.subscriptionId),
    resourceGroup: decoded(raw.resourceGroup),
    name: decoded(nameKeys.map((key) => raw[key]).find((v) => v !== undefined)),
  });
  return parsed.success ? parsed.data : null;
}
