// Which deployment a page, poll or action is about. Route params and action arguments are untrusted: they are
// checked here (GUID subscription, ARM's resource group rule, ARM's deployment name rule: 1–64 of `[-\w._()]`,
// arm-contract §3) before they become ARM path segments, which lib/arm/paths validates once more.
import { z } from 'zod';
import type { DeploymentRef } from '@/lib/registries/deployment-progress';
import { resourceGroupNameSchema } from '@/lib/registries/names';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The deployment address schema shared by the page, the polling API and the redeploy action. */
export const deploymentRefSchema = z.strictObject({
  subscriptionId: z.string().regex(GUID),
  resourceGroup: resourceGroupNameSchema,
  name: z.string().regex(/^[-\w.()]{1,64}$/),
});

// Params may arrive percent-encoded; none of the three may contain '%', so decoding once is safe.
function decoded(value: unknown): unknown {
  if (typeof value !== 'string' || !value.includes('%')) return value;
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** The validated address from `{subscriptionId, resourceGroup, name | deploymentName}`, or null when malformed. */
export function parseDeploymentRef(input: unknown): DeploymentRef | null {
  if (!input || typeof input !== 'object') return null;
  const raw = input as Record<string, unknown>;
  const parsed = deploymentRefSchema.safeParse({
    subscriptionId: decoded(raw.subscriptionId),
    resourceGroup: decoded(raw.resourceGroup),
    name: decoded(raw.name ?? raw.deploymentName),
  });
  return parsed.success ? parsed.data : null;
}
