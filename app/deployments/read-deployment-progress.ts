// Reads one deployment's progress from ARM on the server (tokens never reach the browser): the deployment
// and its operations, then the registry it creates and that registry's managed resource group, mapped to
// the view by lib/registries/deployment-progress. Every read is from ARM, so a reload, a deep link or a
// restarted console shows the true state. The page's first render and the polling API both use it.
import 'server-only';
import { armErrorViewOf } from '@/lib/registries/arm-error-view';
import type { ArmClient } from '@/lib/arm/client';
import { getDeploymentWithRetryAfter, listDeploymentOperations } from '@/lib/arm/deployments';
import { isArmError } from '@/lib/arm/errors';
import { InvalidPathSegmentError } from '@/lib/arm/paths';
import { getRegistry } from '@/lib/arm/registries';
import { listResourcesInGroup } from '@/lib/arm/resource-groups';
import { getResourceById } from '@/lib/arm/resources';
import type { WireGenericResource, WireRegistry } from '@/lib/arm/wire-types';
import { parseArmId } from '@/lib/registries/arm-id';
import {
  deploymentProgressView,
  deploymentRegistryId,
  managedResourceStateOf,
  type DeploymentRef,
  type ManagedResourceState,
} from '@/lib/registries/deployment-progress';
import type { DeploymentProgressResult } from '@/lib/registries/deployment-progress-types';
import { regionDisplayNames, subscriptionDisplayName } from './reference-names';


const isNotFound = (e: unknown) => isArmError(e) && e.status === 404;

// A registry that does not exist yet (the deployment has not reached it) is not an error.
async function registryOrNull(client: ArmClient, registryId: string | null): Promise<WireRegistry | null> {
  const parts = parseArmId(registryId);
  if (!parts?.resourceGroup || !parts.name) return null;
  try {
    return await getRegistry(client, parts.subscriptionId, parts.resourceGroup, parts.name);
  } catch (e) {
    if (isNotFound(e)) return null;
    throw e;
  }
}

// The listing is asked for provisioningState ($expand); a resource it still comes without is read by id.
async function withState(client: ArmClient, resource: WireGenericResource): Promise<ManagedResourceState | null> {
  const listed = managedResourceStateOf(resource);
  if (listed.provisioningState) return listed;
  try {
    return managedResourceStateOf(await getResourceById(client, resource.id));
  } catch (e) {
    if (isNotFound(e)) return null;
    throw e;
  }
}

// The resources Azure creates for the registry, as far as they exist yet (the group appears with the first).
async function managedResources(client: ArmClient, registry: WireRegistry | null): Promise<ManagedResourceState[]> {
  const group = parseArmId(registry?.properties?.managedResourceGroup?.resourceId);
  if (!group?.resourceGroup) return [];
  let listed: WireGenericResource[];
  try {
    listed = await listResourcesInGroup(client, group.subscriptionId, group.resourceGroup);
  } catch (e) {
    if (isNotFound(e)) return [];
    throw e;
  }
  const states = await Promise.all(listed.map((resource) => withState(client, resource)));
  return states.filter((state): state is ManagedResourceState => state !== null);
}

/** Reads the deployment `ref` and everything it provisions. ARM failures come back as data. */
export async function readDeploymentProgress(client: ArmClient, ref: DeploymentRef): Promise<DeploymentProgressResult> {
  try {
    const [{ deployment, retryAfterSeconds }, operations] = await Promise.all([
      getDeploymentWithRetryAfter(client, ref.subscriptionId, ref.resourceGroup, ref.name),
      listDeploymentOperations(client, ref.subscriptionId, ref.resourceGroup, ref.name),
    ]);
    const registry = await registryOrNull(client, deploymentRegistryId(deployment, operations));
    const [resources, subscriptionName, locationNames] = await Promise.all([
      managedResources(client, registry),
      subscriptionDisplayName(client, ref.subscriptionId),
      regionDisplayNames(client, ref.subscriptionId),
    ]);
    const view = deploymentProgressView({ ref, deployment, operations, registry, managedResources: resources, subscriptionName, locationNames });
    return { ok: true, view, retryAfterSeconds: retryAfterSeconds ?? null };
  } catch (error) {
    if (error instanceof InvalidPathSegmentError) {
      return { ok: false, notFound: true, status: 404, code: 'InvalidResourceName', message: error.message, requestId: null, correlationId: null };
    }
    const view = armErrorViewOf(error);
    if (!view || !isArmError(error)) throw error;
    // A throttled read keeps ARM's Retry-After: the page polls again after it, not every second.
    return { ok: false, notFound: error.status === 404, ...view, ...(error.retryAfterSeconds !== undefined ? { retryAfterSeconds: error.retryAfterSeconds } : {}) };
  }
}
