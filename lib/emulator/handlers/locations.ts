// GET /subscriptions/{s}/locations: the real list of Azure public regions (data/azure-regions.ts).
// Not paged: the 2022-12-01 spec declares no nextLink for this list and the SDK does not follow one.
import type { OperationResult } from '../context';
import type { RegionData } from '../data/azure-regions';
import { AZURE_REGIONS } from '../data/azure-regions';
import type { RequestContext } from '../http/request-context';

/** A region as ARM returns it. */
export function toWireLocation(subscriptionId: string, r: RegionData): Record<string, unknown> {
  const id = `/subscriptions/${subscriptionId}/locations/${r.name}`;
  if (r.regionType === 'Logical') {
    return { id, name: r.name, type: 'Region', displayName: r.displayName, regionalDisplayName: r.displayName, metadata: { regionType: 'Logical', regionCategory: 'Other' } };
  }
  const wire: Record<string, unknown> = {
    id,
    name: r.name,
    type: 'Region',
    displayName: r.displayName,
    regionalDisplayName: `(${r.geographyGroup}) ${r.displayName}`,
    metadata: {
      regionType: 'Physical',
      regionCategory: r.regionCategory,
      geography: r.geography,
      geographyGroup: r.geographyGroup,
      longitude: r.longitude,
      latitude: r.latitude,
      physicalLocation: r.physicalLocation,
      pairedRegion: r.pairedRegion ? [{ name: r.pairedRegion, id: `/subscriptions/${subscriptionId}/locations/${r.pairedRegion}` }] : [],
    },
  };
  if (r.availabilityZones) {
    wire.availabilityZoneMappings = ['1', '2', '3'].map((z) => ({ logicalZone: z, physicalZone: `${r.name}-az${z}` }));
  }
  return wire;
}

/** GET /subscriptions/{s}/locations. */
export function listLocationsHandler(ctx: RequestContext): OperationResult {
  const subscriptionId = ctx.params.subscriptionId;
  return { status: 200, body: { value: AZURE_REGIONS.map((r) => toWireLocation(subscriptionId, r)) } };
}
