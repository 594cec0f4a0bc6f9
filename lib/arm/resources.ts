// Any resource by its ARM id — e.g. the storage accounts and container registry a registry's regionDetails
// point at. The id is re-validated segment by segment (paths.ts), since ids come from responses and URLs.
import 'server-only';
import { API_VERSIONS, apiVersionForResourceType } from '@/lib/arm-facts/api-versions';
import type { ArmClient } from './client';
import { resourceIdPath } from './paths';
import type { WireGenericResource } from './wire-types';

/** The resource type of an ARM id: `Namespace/type[/childType…]`, or resource groups / subscriptions. */
export function resourceTypeOfId(id: string): string {
  const parts = id.split('/').filter(Boolean);
  const providerAt = parts.map((p) => p.toLowerCase()).lastIndexOf('providers');
  if (providerAt >= 0 && parts.length > providerAt + 2) {
    const namespace = parts[providerAt + 1];
    const types = parts.slice(providerAt + 2).filter((_, i) => i % 2 === 0);
    return [namespace, ...types].join('/');
  }
  if (parts.length === 4 && parts[2].toLowerCase() === 'resourcegroups') return 'Microsoft.Resources/resourceGroups';
  if (parts.length === 2 && parts[0].toLowerCase() === 'subscriptions') return 'Microsoft.Resources/subscriptions';
  throw new Error(`Cannot tell the resource type of ARM id '${id}'`);
}

/** GET {id}; the api-version defaults to the one pinned for the id's resource type. */
export async function getResourceById<T = WireGenericResource>(client: ArmClient, id: string, apiVersion?: string): Promise<T> {
  const path = resourceIdPath(id);
  const type = resourceTypeOfId(id);
  const version =
    apiVersion ??
    apiVersionForResourceType(type) ??
    (type === 'Microsoft.Resources/subscriptions' ? API_VERSIONS.subscriptions : undefined);
  if (!version) throw new Error(`No api-version is pinned for resource type '${type}'; pass one explicitly`);
  const res = await client.send<T>({ method: 'GET', path, apiVersion: version });
  return res.body;
}
