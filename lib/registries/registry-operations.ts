// Request bodies for changing an existing registry (issue 7), built from the registry as ARM returned it.
// Add regions = GET, append regionDetails, PUT the full body (ARM contract §1 "Add a region"); remove
// regions = POST removeRegions with a Registry-shaped body naming the regions to remove; tags and
// description = PATCH `{tags}` (PATCH replaces tags wholesale, §4). Pure: no I/O, isomorphic.
import { z } from 'zod';
import type { WireRegistry, WireRegistryPatch, WireRegistryRegionDetails } from '@/lib/arm/wire-types';
import type { StorageSetting } from './create-registry-schema';
import { DEFAULT_STORAGE_SETTING } from './create-registry-schema';
import { descriptionSchema, mergeDescription } from './description';
import { normalizeLocation } from './regions';
import { regionDetailsFor } from './registry-body';
import { specFromWire } from './registry-spec';
import { rowsToTags, tagRowsSchema, type TagRow } from './tags';

/** The regions of a registry as ARM lists them, canonical names, primary included. */
export function registryRegions(wire: WireRegistry): string[] {
  const names = (wire.properties.regionDetails ?? []).flatMap((d) => (d.location ? [normalizeLocation(d.location)] : []));
  return [...new Set([normalizeLocation(wire.location), ...names])];
}

/**
 * Why these regions cannot be added, or null. `supported` are the canonical names the provider offers
 * registries in (the wizard's region options).
 */
export function addRegionsProblem(wire: WireRegistry, regions: readonly string[], supported: readonly string[]): string | null {
  if (regions.length === 0) return 'Choose at least one region to add.';
  const present = new Set(registryRegions(wire));
  const seen = new Set<string>();
  for (const raw of regions) {
    const region = normalizeLocation(raw);
    if (seen.has(region)) return `"${region}" is chosen twice.`;
    seen.add(region);
    if (present.has(region)) return `The registry already has the region "${region}".`;
    if (!supported.includes(region)) return `Registries cannot be created in "${region}" in this subscription.`;
  }
  return null;
}

/** The storage settings a new region gets: the primary region's (type and hierarchical namespace). */
export function newRegionStorage(wire: WireRegistry): StorageSetting {
  const spec = specFromWire(wire);
  return spec.storage[spec.primaryRegion] ?? DEFAULT_STORAGE_SETTING;
}

// Fields ARM fills in and a client does not send back: ids, system data, the identity's principal, and
// the server-populated properties (§1 "Server-populated fields"); provisioningState is the emulator's.
function clientBody(wire: WireRegistry): WireRegistry {
  const { discoveryUrl, mlFlowRegistryUri, managedResourceGroup, registryPrivateEndpointConnections, regionDetails, ...rest } =
    wire.properties;
  void discoveryUrl;
  void mlFlowRegistryUri;
  void managedResourceGroup;
  const properties: WireRegistry['properties'] = { ...rest, regionDetails: [...(regionDetails ?? [])] };
  delete (properties as Record<string, unknown>).provisioningState;
  // Private endpoint connections are managed through their own child resource; echo them so a full PUT keeps them.
  if (registryPrivateEndpointConnections && registryPrivateEndpointConnections.length > 0) {
    properties.registryPrivateEndpointConnections = registryPrivateEndpointConnections;
  }
  return {
    location: wire.location,
    ...(wire.tags ? { tags: { ...wire.tags } } : {}),
    ...(wire.kind ? { kind: wire.kind } : {}),
    ...(wire.sku ? { sku: { ...wire.sku } } : {}),
    identity: { type: wire.identity?.type ?? 'SystemAssigned' },
    properties,
  };
}

/**
 * The full PUT body of the registry with `regions` appended to regionDetails. Existing regions are sent
 * back as GET returned them (their storage accounts and ACR stay); the primary `location` never changes.
 */
export function withAddedRegions(wire: WireRegistry, regions: readonly string[], storage: StorageSetting = newRegionStorage(wire)): WireRegistry {
  const body = clientBody(wire);
  const added: WireRegistryRegionDetails[] = regions.map((r) => regionDetailsFor(normalizeLocation(r), storage));
  body.properties.regionDetails = [...(body.properties.regionDetails ?? []), ...added];
  return body;
}

/** Why these regions cannot be removed, or null: the primary is permanent, and each must be a region of the registry. */
export function removeRegionsProblem(wire: WireRegistry, regions: readonly string[]): string | null {
  if (regions.length === 0) return 'Choose at least one additional region to remove.';
  const primary = normalizeLocation(wire.location);
  const present = new Set(registryRegions(wire));
  for (const raw of regions) {
    const region = normalizeLocation(raw);
    if (region === primary) return `"${region}" is the primary region: it cannot be removed.`;
    if (!present.has(region)) return `"${region}" is not a region of this registry.`;
  }
  return null;
}

/**
 * The removeRegions body: Registry-shaped (location and properties are required), its regionDetails the
 * entries TO REMOVE, each as GET returned it so the service knows which storage account and replication go.
 */
export function removeRegionsBody(wire: WireRegistry, regions: readonly string[]): WireRegistry {
  const wanted = new Set(regions.map(normalizeLocation));
  const existing = (wire.properties.regionDetails ?? []).filter((d) => d.location && wanted.has(normalizeLocation(d.location)));
  const found = new Set(existing.map((d) => normalizeLocation(d.location ?? '')));
  const missing = [...wanted].filter((r) => !found.has(r)).map((r): WireRegistryRegionDetails => ({ location: r }));
  return { location: wire.location, properties: { regionDetails: [...existing, ...missing] } };
}

/** The tag editor's input: the user's tag rows (wizard rules) and the description. */
export const updateTagsInputSchema = z.strictObject({
  tags: tagRowsSchema,
  description: descriptionSchema,
});

/** What the tag editor submits. */
export type UpdateTagsInput = { tags: TagRow[]; description: string };

/** The PATCH body: the user's tags plus the description tag, replacing all tags (§4 "PATCH replaces tags wholesale"). */
export function tagsPatchBody(input: UpdateTagsInput): WireRegistryPatch {
  return { tags: mergeDescription(rowsToTags(input.tags), input.description) };
}
