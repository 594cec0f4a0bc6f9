// Which deployment a page, poll or action is about: route params and action arguments checked (GUID
// subscription, ARM's resource group rule, ARM's deployment name rule: 1–64 of `[-\w._()]`, arm-contract §3)
// before they become ARM path segments.
import { z } from 'zod';
import type { DeploymentRef } from '@/lib/registries/deployment-progress';
import { parseResourceRef } from '@/lib/registries/route-params';

// `.` and `..` match the character rule but are path navigation, never names.
const deploymentNameSchema = z.string().regex(/^[-\w.()]{1,64}$/).refine((name) => name !== '.' && name !== '..');

/** The validated address from `{subscriptionId, resourceGroup, name | deploymentName}`, or null when malformed. */
export function parseDeploymentRef(input: unknown): DeploymentRef | null {
  return parseResourceRef(input, deploymentNameSchema, ['name', 'deploymentName']);
}
