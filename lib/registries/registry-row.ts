// View type for one registry in a list, and the pure wire -> view mapping (isomorphic, no I/O).
// Registries have no provisioningState of their own (arm-contract §1), so none is carried here.
import type { WireLocation, WireRegistry, WireSubscription } from '@/lib/arm/wire-types';
import { parseArmId } from './arm-id';
import { compareIgnoringCase } from './english-order';
import { normalizeLocation } from './regions';

/** A region as the UI shows it: ARM's canonical name plus its display name. */
export interface RegionRef {
  name: string;
  displayName: string;
}

/** One row of the registries list: what the console shows, detached from ARM's JSON shape. */
export interface RegistryRow {
  id: string;
  name: string;
  resourceGroup: string;
  subscriptionId: string;
  subscriptionName: string;
  location: string;
  locationDisplayName: string;
  additionalRegions: RegionRef[];
  publicNetworkAccess: string | null;
  tags: Record<string, string>;
  createdAt: string | null;
  createdBy: string | null;
}

/** Region display names keyed by canonical region name (lowercase, no spaces). */
export type LocationNames = ReadonlyMap<string, string>;

/** Builds the lookup from `GET /subscriptions/{s}/locations`: `displayName` ("East US") by `name` ("eastus"). */
export function locationNamesFrom(locations: readonly WireLocation[]): LocationNames {
  return new Map(locations.map((location) => [normalizeLocation(location.name), location.displayName]));
}

/** Display name of a region, falling back to ARM's name when the subscription does not list it. */
export function regionRef(name: string, names: LocationNames): RegionRef {
  const canonical = normalizeLocation(name);
  return { name: canonical, displayName: names.get(canonical) ?? name };
}

/** Maps a registry from ARM to a list row; `null` when ARM sent no usable id (the row could not be linked). */
export function toRegistryRow(
  registry: WireRegistry,
  subscription: Pick<WireSubscription, 'subscriptionId' | 'displayName'>,
  names: LocationNames,
): RegistryRow | null {
  const parsed = parseArmId(registry.id);
  if (!registry.id || !registry.name || !parsed?.resourceGroup) return null;
  const primary = regionRef(registry.location, names);
  const additionalRegions = (registry.properties?.regionDetails ?? [])
    .map((details) => details.location)
    .filter((location): location is string => Boolean(location))
    .map((location) => regionRef(location, names))
    .filter((region, index, all) => region.name !== primary.name && all.findIndex((r) => r.name === region.name) === index);
  return {
    id: registry.id,
    name: registry.name,
    resourceGroup: parsed.resourceGroup,
    subscriptionId: parsed.subscriptionId,
    subscriptionName: subscription.displayName,
    location: primary.name,
    locationDisplayName: primary.displayName,
    additionalRegions,
    publicNetworkAccess: registry.properties?.publicNetworkAccess ?? null,
    tags: registry.tags ?? {},
    createdAt: registry.systemData?.createdAt ?? null,
    createdBy: registry.systemData?.createdBy ?? null,
  };
}

/** Orders rows by name, case-insensitively (registry names are case-insensitive in ARM). */
export function compareRowsByName(a: RegistryRow, b: RegistryRow): number {
  return compareIgnoringCase(a.name, b.name) || a.id.localeCompare(b.id);
}

/** The page path of a registry: `/registries/{subscriptionId}/{resourceGroup}/{name}`. */
export function registryPagePath(row: Pick<RegistryRow, 'subscriptionId' | 'resourceGroup' | 'name'>): string {
  return `/registries/${encodeURIComponent(row.subscriptionId)}/${encodeURIComponent(row.resourceGroup)}/${encodeURIComponent(row.name)}`;
}
