// Reads everything the registry page shows: the registry (GET), then in parallel the subscription, its
// locations and the ML provider (region names, regions still addable) and a GET of each managed resource
// the registry points at — storage accounts, the container registry and its replications — for their state.
import 'server-only';
import type { ArmClient } from '@/lib/arm/client';
import { isArmError } from '@/lib/arm/errors';
import { listLocations } from '@/lib/arm/locations';
import { getProvider, ML_PROVIDER_NAMESPACE } from '@/lib/arm/providers';
import { getRegistry } from '@/lib/arm/registries';
import { getResourceById } from '@/lib/arm/resources';
import { getSubscription } from '@/lib/arm/subscriptions';
import type { WireGenericResource, WireLocation, WireProvider, WireRegistry } from '@/lib/arm/wire-types';
import { connectSnippets } from '@/lib/registries/connect-snippets';
import { registryRegionOptions, regionLabel, type RegionOption } from '@/lib/registries/regions';
import { registryRegions } from '@/lib/registries/registry-operations';
import { toRegistryView, type RegistryView } from '@/lib/registries/registry-view';
import { registryExports } from '@/lib/registries/registry-exports';
import type { ContainerRegistryDetails, ManagedResourceState, RegionDetails, RegistryDetails } from '@/lib/registries/registry-details';
import type { RegistryRef } from '@/lib/registries/registry-ref';

const PENDING: ManagedResourceState = { state: 'Pending', detail: null };

// Context reads that only decorate the page: a failure leaves the decoration out instead of failing the page.
async function optional<T>(read: Promise<T>): Promise<T | null> {
  try {
    return await read;
  } catch (error) {
    if (isArmError(error)) return null;
    throw error;
  }
}

// The state of a managed resource from its own GET; a 404 means it is not there (yet, or any more).
async function resourceState(client: ArmClient, id: string | null, detailOf: (r: WireGenericResource) => string | null): Promise<ManagedResourceState & { resource?: WireGenericResource }> {
  if (!id) return PENDING;
  try {
    const resource = await getResourceById(client, id);
    return { state: resource.properties?.provisioningState ?? 'Succeeded', detail: detailOf(resource), resource };
  } catch (error) {
    if (!isArmError(error)) throw error;
    if (error.status === 404) return { state: 'Not found', detail: null };
    return { state: 'Unknown', detail: `${error.code}: ${error.message}` };
  }
}

const storageDetail = (r: WireGenericResource) => (typeof r.properties?.statusOfPrimary === 'string' ? r.properties.statusOfPrimary : null);
const replicationDetail = (r: WireGenericResource) => {
  const status = r.properties?.status as { displayStatus?: unknown } | undefined;
  return typeof status?.displayStatus === 'string' ? status.displayStatus : null;
};

async function containerRegistryOf(client: ArmClient, view: RegistryView): Promise<ContainerRegistryDetails | null> {
  const acr = view.regions.find((r) => r.isPrimary)?.acr ?? view.regions.find((r) => r.acr?.id)?.acr ?? null;
  if (!acr) return null;
  const status = await resourceState(client, acr.id, () => null);
  return { name: acr.name, sku: status.resource?.sku?.name ?? acr.sku, id: acr.id, status: { state: status.state, detail: status.detail } };
}

async function regionsOf(client: ArmClient, view: RegistryView, acr: ContainerRegistryDetails | null, labels: RegionOption[], names: Map<string, string>): Promise<RegionDetails[]> {
  return Promise.all(
    view.regions.map(async (region): Promise<RegionDetails> => {
      const storageAccounts = await Promise.all(
        region.storageAccounts.map(async (account) => {
          const { state, detail } = await resourceState(client, account.id, storageDetail);
          return { ...account, status: { state, detail } };
        }),
      );
      // ACR replications are named after their region (Microsoft.ContainerRegistry registries/replications).
      const replicationId = acr?.id && !region.isPrimary ? `${acr.id}/replications/${region.location}` : null;
      const acrReplication = region.isPrimary
        ? (acr?.status ?? PENDING)
        : await resourceState(client, replicationId, replicationDetail).then(({ state, detail }) => ({ state, detail }));
      const label = names.get(region.location) ?? regionLabel(region.location, labels);
      return { location: region.location, label, isPrimary: region.isPrimary, storageAccounts, acrReplication };
    }),
  );
}

function addableRegions(wire: WireRegistry, locations: WireLocation[] | null, provider: WireProvider | null): RegionOption[] {
  if (!locations || !provider) return [];
  const present = new Set(registryRegions(wire));
  return registryRegionOptions(locations, provider).filter((o) => !present.has(o.name));
}

/** The registry page's data; ARM errors of the registry GET itself (404, 403…) propagate as ArmError. */
export async function loadRegistryDetails(client: ArmClient, ref: RegistryRef): Promise<RegistryDetails> {
  const wire = await getRegistry(client, ref.subscriptionId, ref.resourceGroup, ref.name);
  const view = toRegistryView(wire);
  const [subscription, locations, provider, acr] = await Promise.all([
    optional(getSubscription(client, ref.subscriptionId)),
    optional(listLocations(client, ref.subscriptionId)),
    optional(getProvider(client, ref.subscriptionId, ML_PROVIDER_NAMESPACE)),
    containerRegistryOf(client, view),
  ]);
  const names = new Map((locations ?? []).map((l) => [l.name, l.regionalDisplayName || l.displayName]));
  const options = locations && provider ? registryRegionOptions(locations, provider) : [];
  return {
    view,
    subscriptionName: subscription?.displayName ?? null,
    regions: await regionsOf(client, view, acr, options, names),
    containerRegistry: acr,
    connect: connectSnippets({ name: view.name, location: view.location }),
    exports: registryExports(wire),
    addableRegions: addableRegions(wire, locations, provider),
    readAt: new Date().toISOString(),
  };
}
