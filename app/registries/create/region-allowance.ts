// Where a subscription lets the wizard put a registry: the provider's registries locations joined with the
// subscription's locations (ARM contract §3 "Provider", "Locations"). Read by the Regions step and by the
// create action, which re-checks every region against it.
import 'server-only';
import type { ArmClient } from '@/lib/arm/client';
import { listLocations } from '@/lib/arm/locations';
import { getProvider, ML_PROVIDER_NAMESPACE } from '@/lib/arm/providers';
import { compareEnglish } from '@/lib/registries/english-order';
import { registryRegionOptions } from '@/lib/registries/regions';
import type { SubscriptionRegions } from '@/lib/registries/wizard-options';

/** Reads the subscription's locations and the ML provider and joins them. */
export async function readSubscriptionRegions(client: ArmClient, subscriptionId: string): Promise<SubscriptionRegions> {
  const [locations, provider] = await Promise.all([
    listLocations(client, subscriptionId),
    getProvider(client, subscriptionId, ML_PROVIDER_NAMESPACE),
  ]);
  const groupLocations = locations
    .filter((l) => l.metadata?.regionType === 'Physical' && l.type !== 'EdgeZone')
    .map((l) => ({ name: l.name, regionalDisplayName: l.regionalDisplayName || l.displayName }))
    .sort((a, b) => compareEnglish(a.regionalDisplayName, b.regionalDisplayName));
  return { registryRegions: registryRegionOptions(locations, provider), groupLocations };
}
