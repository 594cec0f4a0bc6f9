// Resource groups (arm-contract §3 "Resource groups"): PUT is synchronous (201 create, 200 update),
// HEAD answers 204 or 404, DELETE is an LRO (202 + Location).
import 'server-only';
import { API_VERSIONS } from '@/lib/arm-facts/api-versions';
import type { ArmClient } from './client';
import { isArmError } from './errors';
import { handleFromResponse, type OperationHandle } from './lro';
import { listAll } from './paging';
import { armPath, resourceGroupPath } from './paths';
import type { WireGenericResourceExpanded, WireResourceGroup } from './wire-types';

const version = API_VERSIONS.resources;

/** GET /subscriptions/{s}/resourcegroups, all pages. */
export function listResourceGroups(client: ArmClient, subscriptionId: string): Promise<WireResourceGroup[]> {
  return listAll<WireResourceGroup>(client, armPath`/subscriptions/${subscriptionId}/resourcegroups`, version);
}

/** GET one resource group; 404 ResourceGroupNotFound becomes ArmError. */
export async function getResourceGroup(client: ArmClient, subscriptionId: string, resourceGroup: string): Promise<WireResourceGroup> {
  const res = await client.send<WireResourceGroup>({ method: 'GET', path: resourceGroupPath(subscriptionId, resourceGroup), apiVersion: version });
  return res.body;
}

/** HEAD the resource group: 204 → true, 404 → false; any other failure throws. */
export async function resourceGroupExists(client: ArmClient, subscriptionId: string, resourceGroup: string): Promise<boolean> {
  try {
    await client.send({ method: 'HEAD', path: resourceGroupPath(subscriptionId, resourceGroup), apiVersion: version });
    return true;
  } catch (e) {
    if (isArmError(e) && e.status === 404) return false;
    throw e;
  }
}

/** PUT the resource group (create or update location/tags); ARM answers synchronously. */
export async function createOrUpdateResourceGroup(
  client: ArmClient,
  subscriptionId: string,
  resourceGroup: string,
  body: { location: string; tags?: Record<string, string> },
): Promise<WireResourceGroup> {
  const res = await client.send<WireResourceGroup>({
    method: 'PUT',
    path: resourceGroupPath(subscriptionId, resourceGroup),
    apiVersion: version,
    body: { location: body.location, ...(body.tags ? { tags: body.tags } : {}) },
  });
  return res.body;
}

/** DELETE the resource group and everything in it: a handle to poll, or null if ARM finished synchronously (200). */
export async function beginDeleteResourceGroup(client: ArmClient, subscriptionId: string, resourceGroup: string): Promise<OperationHandle | null> {
  const res = await client.send({ method: 'DELETE', path: resourceGroupPath(subscriptionId, resourceGroup), apiVersion: version });
  return handleFromResponse(res);
}

// What ARM's list adds per resource on request: when it was created and last changed, and its state.
const EXPAND_TIMES_AND_STATE = { $expand: 'createdTime,changedTime,provisioningState' };

/** GET /subscriptions/{s}/resourceGroups/{rg}/resources, all pages, each with its created/changed time and provisioningState. */
export function listResourcesInGroup(client: ArmClient, subscriptionId: string, resourceGroup: string): Promise<WireGenericResourceExpanded[]> {
  return listAll<WireGenericResourceExpanded>(client, `${resourceGroupPath(subscriptionId, resourceGroup)}/resources`, version, EXPAND_TIMES_AND_STATE);
}
