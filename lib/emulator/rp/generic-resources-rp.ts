// The generic resource lists ARM serves over every provider: GET /subscriptions/{s}/resources and
// …/resourceGroups/{rg}/resources (what `az resource list` calls), with `$filter` on resourceType, name and
// tags, trimmed to what the caller may read (`{type}/read` at the resource, as ARM trims them).
import type { RpContext } from '../context';
import { ArmHttpError } from '../errors';
import { isAuthorized } from '../rbac/authorize';
import type { ResourceRecord } from '../store/resources';
import { listResourcesInGroup, listResourcesInSubscription } from '../store/resources';
import { listRegistryResources } from './registries-rp';

/** A parsed `$filter` (every clause must hold). */
export interface ResourceFilter {
  resourceType?: string;
  resourceGroup?: string;
  location?: string;
  name?: string;
  tagName?: string;
  tagValue?: string;
}

const FIELDS: Record<string, keyof ResourceFilter> = {
  resourcetype: 'resourceType',
  resourcegroup: 'resourceGroup',
  location: 'location',
  name: 'name',
  tagname: 'tagName',
  tagvalue: 'tagValue',
};

/** Parses `resourceType`, `resourceGroup` (what `az resource list -g` sends), `location`, `name`, `tagName` and
 * `tagValue` equality clauses joined by `and`. */
export function parseResourceFilter(filter: string | null): ResourceFilter {
  const parsed: ResourceFilter = {};
  if (!filter?.trim()) return parsed;
  for (const clause of filter.trim().split(/\s+and\s+/i)) {
    const m = /^(\w+)\s+eq\s+'((?:[^']|'')*)'$/i.exec(clause.trim());
    const field = m && FIELDS[m[1].toLowerCase()];
    if (!m || !field) {
      // Emulator choice of code; the message names what is supported instead of ignoring the filter.
      throw new ArmHttpError(400, 'InvalidFilterInQueryString', `The $filter clause '${clause.trim()}' is not supported by the ARM emulator. Use resourceType, resourceGroup, location, name, tagName or tagValue eq '…', joined by 'and'.`);
    }
    parsed[field] = m[2].replace(/''/g, "'");
  }
  if (parsed.tagValue !== undefined && parsed.tagName === undefined) throw new ArmHttpError(400, 'InvalidFilterInQueryString', "A tagValue filter needs a tagName filter.");
  return parsed;
}

/** The `$expand` properties ARM adds at the top level of each listed resource (resources.json, 2021-04-01). */
export interface ResourceExpand {
  provisioningState: boolean;
  createdTime: boolean;
  changedTime: boolean;
}

/** Parses ARM's comma-separated `$expand` (`createdTime,changedTime,provisioningState`), case-insensitively. */
export function parseResourceExpand(expand: string | null): ResourceExpand {
  const asked = new Set((expand ?? '').split(',').map((part) => part.trim().toLowerCase()));
  return { provisioningState: asked.has('provisioningstate'), createdTime: asked.has('createdtime'), changedTime: asked.has('changedtime') };
}

function expanded(expand: ResourceExpand, state: unknown, createdAt: string | undefined, changedAt: string | undefined): Record<string, unknown> {
  return {
    ...(expand.createdTime && createdAt ? { createdTime: createdAt } : {}),
    ...(expand.changedTime && changedAt ? { changedTime: changedAt } : {}),
    ...(expand.provisioningState ? { provisioningState: state } : {}),
  };
}

const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString());

function wireOf(r: ResourceRecord, expand: ResourceExpand): Record<string, unknown> {
  const wire: Record<string, unknown> = { id: r.id, name: r.name, type: r.type, location: r.location, tags: r.tags };
  if (r.kind) wire.kind = r.kind;
  if (r.sku) wire.sku = r.sku;
  return { ...wire, ...expanded(expand, r.provisioningState, iso(r.createdAt), iso(r.changedAt ?? r.createdAt)) };
}

function matches(item: Record<string, unknown>, f: ResourceFilter): boolean {
  if (f.resourceType !== undefined && String(item.type).toLowerCase() !== f.resourceType.toLowerCase()) return false;
  if (f.name !== undefined && String(item.name).toLowerCase() !== f.name.toLowerCase()) return false;
  if (f.location !== undefined && String(item.location).toLowerCase() !== f.location.toLowerCase()) return false;
  if (f.resourceGroup !== undefined && String(item.id).split('/')[4]?.toLowerCase() !== f.resourceGroup.toLowerCase()) return false;
  const tags = (item.tags ?? {}) as Record<string, string>;
  if (f.tagName !== undefined) {
    const key = Object.keys(tags).find((k) => k.toLowerCase() === f.tagName!.toLowerCase());
    if (key === undefined || (f.tagValue !== undefined && tags[key] !== f.tagValue)) return false;
  }
  return true;
}

/** Every resource of a subscription (or one group) the caller may read, filtered, ordered by id. */
export function listGenericResources(ctx: RpContext, subscriptionId: string, resourceGroup: string | undefined, filter: ResourceFilter, expand: ResourceExpand): Record<string, unknown>[] {
  const registries = listRegistryResources(ctx, subscriptionId, resourceGroup).map((r): Record<string, unknown> => {
    const { id, name, type, location, tags, identity, systemData, sku, kind } = r;
    const props = r.properties as { provisioningState?: string };
    const times = systemData as { createdAt?: string; lastModifiedAt?: string } | undefined;
    return { id, name, type, location, tags, identity, systemData, ...(sku ? { sku } : {}), ...(kind ? { kind } : {}), ...expanded(expand, props.provisioningState, times?.createdAt, times?.lastModifiedAt) };
  });
  const db = ctx.emulator.db;
  const stored = resourceGroup ? listResourcesInGroup(db, subscriptionId, resourceGroup) : listResourcesInSubscription(db, subscriptionId);
  return [...registries, ...stored.map((r) => wireOf(r, expand))]
    .filter((item) => matches(item, filter))
    .filter((item) => isAuthorized(db, ctx.caller.oid, `${String(item.type)}/read`, String(item.id)))
    .sort((a, b) => String(a.id).toLowerCase().localeCompare(String(b.id).toLowerCase()));
}
