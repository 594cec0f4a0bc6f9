// Registry as the registry page shows it: the wire registry flattened into the fields issue 7 lists.
// Values are null, not undefined, when ARM leaves them out, so the view survives JSON to the client.
import type { WireRegistry } from '@/lib/arm/wire-types';
import { lastIdSegment, parseArmId } from './arm-id';
import { splitDescription } from './description';
import { normalizeLocation } from './regions';
import { canonicalPublicNetworkAccess, canonicalStorageType } from './registry-spec';

/** A storage account the registry created in one region. */
export interface RegistryStorageAccountView {
  name: string | null;
  type: string | null;
  hnsEnabled: boolean;
  id: string | null;
}

/** The container registry entry of one region (one Premium ACR, geo-replicated). */
export interface RegistryAcrView {
  name: string | null;
  sku: string | null;
  id: string | null;
}

/** One region of the registry, primary first. */
export interface RegistryRegionView {
  location: string;
  isPrimary: boolean;
  storageAccounts: RegistryStorageAccountView[];
  acr: RegistryAcrView | null;
}

/** The registry page's data. */
export interface RegistryView {
  name: string;
  id: string;
  subscriptionId: string;
  resourceGroup: string;
  /** Primary region (permanent). */
  location: string;
  additionalRegions: string[];
  publicNetworkAccess: 'Enabled' | 'Disabled';
  identity: { type: string; principalId: string | null; tenantId: string | null } | null;
  managedResourceGroupId: string | null;
  managedResourceGroupName: string | null;
  discoveryUrl: string | null;
  mlflowUri: string | null;
  createdBy: string | null;
  createdAt: string | null;
  modifiedBy: string | null;
  modifiedAt: string | null;
  /** User tags, without the description tag. */
  tags: Record<string, string>;
  description: string;
  regions: RegistryRegionView[];
}

/** Maps a registry GET to the page's view. Name, group and subscription come from the id when present. */
export function toRegistryView(wire: WireRegistry): RegistryView {
  const id = wire.id ?? '';
  const parts = parseArmId(id);
  const location = normalizeLocation(wire.location);
  const { description, tags } = splitDescription(wire.tags);
  const regions: RegistryRegionView[] = (wire.properties.regionDetails ?? [])
    .filter((d) => d.location)
    .map((d) => {
      const region = normalizeLocation(d.location ?? '');
      const acr = d.acrDetails?.[0]?.systemCreatedAcrAccount;
      return {
        location: region,
        isPrimary: region === location,
        storageAccounts: (d.storageAccountDetails ?? [])
          .map((s) => s.systemCreatedStorageAccount)
          .filter((s) => s !== undefined)
          .map((s) => ({
            name: s.storageAccountName ?? null,
            type: canonicalStorageType(s.storageAccountType) ?? s.storageAccountType ?? null,
            hnsEnabled: s.storageAccountHnsEnabled ?? false,
            id: s.armResourceId?.resourceId ?? null,
          })),
        acr: acr ? { name: acr.acrAccountName ?? null, sku: acr.acrAccountSku ?? null, id: acr.armResourceId?.resourceId ?? null } : null,
      };
    })
    .sort((a, b) => Number(b.isPrimary) - Number(a.isPrimary));
  const managedResourceGroupId = wire.properties.managedResourceGroup?.resourceId ?? null;
  return {
    name: wire.name ?? parts?.name ?? '',
    id,
    subscriptionId: parts?.subscriptionId ?? '',
    resourceGroup: parts?.resourceGroup ?? '',
    location,
    additionalRegions: [...new Set(regions.filter((r) => !r.isPrimary).map((r) => r.location))],
    publicNetworkAccess: canonicalPublicNetworkAccess(wire.properties.publicNetworkAccess),
    identity: wire.identity
      ? { type: wire.identity.type, principalId: wire.identity.principalId ?? null, tenantId: wire.identity.tenantId ?? null }
      : null,
    managedResourceGroupId,
    managedResourceGroupName: lastIdSegment(managedResourceGroupId),
    discoveryUrl: wire.properties.discoveryUrl ?? null,
    mlflowUri: wire.properties.mlFlowRegistryUri ?? null,
    createdBy: wire.systemData?.createdBy ?? null,
    createdAt: wire.systemData?.createdAt ?? null,
    modifiedBy: wire.systemData?.lastModifiedBy ?? null,
    modifiedAt: wire.systemData?.lastModifiedAt ?? null,
    tags,
    description,
    regions,
  };
}
