// Microsoft.MachineLearningServices/registries, api-version pinned in api-versions.ts (arm-contract §1).
// PUT is an LRO (201 + Azure-AsyncOperation; legacy 202 accepted), PATCH is synchronous (tags, identity,
// sku only), DELETE and removeRegions answer 202 + Location + Retry-After. The registry has no
// provisioningState of its own: progress is only visible through the returned OperationHandle.
import 'server-only';
import { API_VERSIONS } from '@/lib/arm-facts/api-versions';
import type { ArmClient, ArmResponse } from './client';
import { handleFromResponse, type OperationHandle } from './lro';
import { listAll, type PagingOptions } from './paging';
import { armPath, registryPath } from './paths';
import type { WireRegistry, WireRegistryPatch } from './wire-types';

const version = API_VERSIONS.registries;

/**
 * GET …/providers/Microsoft.MachineLearningServices/registries across a subscription, all pages; a page that
 * fails transiently is read again (resuming there) before the subscription counts as unreadable.
 */
export function listRegistriesBySubscription(client: ArmClient, subscriptionId: string, options?: PagingOptions): Promise<WireRegistry[]> {
  return listAll<WireRegistry>(client, armPath`/subscriptions/${subscriptionId}/providers/Microsoft.MachineLearningServices/registries`, version, undefined, options);
}

/** GET the registries of one resource group, all pages. */
export function listRegistriesByResourceGroup(client: ArmClient, subscriptionId: string, resourceGroup: string): Promise<WireRegistry[]> {
  return listAll<WireRegistry>(
    client,
    armPath`/subscriptions/${subscriptionId}/resourceGroups/${resourceGroup}/providers/Microsoft.MachineLearningServices/registries`,
    version,
  );
}

/** GET one registry; 404 ResourceNotFound becomes ArmError. */
export async function getRegistry(client: ArmClient, subscriptionId: string, resourceGroup: string, name: string): Promise<WireRegistry> {
  const res = await client.send<WireRegistry>({ method: 'GET', path: registryPath(subscriptionId, resourceGroup, name), apiVersion: version });
  return res.body;
}

// A completed answer still gets a handle (on the resource itself), so callers always have one thing to poll.
function handleOrDone(res: ArmResponse<unknown>, resourceUrl: string): OperationHandle {
  return handleFromResponse(res) ?? { kind: 'provisioning-state', pollUrl: resourceUrl, resourceUrl, startedAt: new Date().toISOString() };
}

/**
 * PUT the full registry (create, or add regions: GET, append regionDetails, PUT). Returns the handle to poll
 * and the registry as ARM echoed it (the sent body when a legacy 202 carries none).
 */
export async function beginCreateOrUpdateRegistry(
  client: ArmClient,
  subscriptionId: string,
  resourceGroup: string,
  name: string,
  body: WireRegistry,
): Promise<{ handle: OperationHandle; registry: WireRegistry }> {
  const res = await client.send<WireRegistry | undefined>({ method: 'PUT', path: registryPath(subscriptionId, resourceGroup, name), apiVersion: version, body });
  return { handle: handleOrDone(res, res.request.url), registry: res.body ?? body };
}

/** PATCH tags / identity / sku (synchronous; a GET right after may briefly show the old tags, §1 "Observed PATCH"). */
export async function updateRegistry(
  client: ArmClient,
  subscriptionId: string,
  resourceGroup: string,
  name: string,
  patch: WireRegistryPatch,
): Promise<WireRegistry> {
  const res = await client.send<WireRegistry>({ method: 'PATCH', path: registryPath(subscriptionId, resourceGroup, name), apiVersion: version, body: patch });
  return res.body;
}

/** DELETE the registry: a handle for 202, or null when ARM answered 200/204 (already gone). */
export async function beginDeleteRegistry(client: ArmClient, subscriptionId: string, resourceGroup: string, name: string): Promise<OperationHandle | null> {
  const res = await client.send({ method: 'DELETE', path: registryPath(subscriptionId, resourceGroup, name), apiVersion: version });
  return handleFromResponse(res);
}

/** POST removeRegions with a Registry-shaped body listing the regions to remove (§1); 200 or 202 + Location. */
export async function beginRemoveRegions(
  client: ArmClient,
  subscriptionId: string,
  resourceGroup: string,
  name: string,
  body: WireRegistry,
): Promise<OperationHandle> {
  const path = registryPath(subscriptionId, resourceGroup, name);
  const res = await client.send({ method: 'POST', path: `${path}/removeRegions`, apiVersion: version, body });
  return handleOrDone(res, new URL(`${path}?api-version=${version}`, client.endpoint).toString());
}
