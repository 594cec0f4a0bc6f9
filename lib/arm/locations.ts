// Azure regions of a subscription (arm-contract §3 "Locations"). Returned as ARM sends them; dropping
// Logical regions and choosing display names is the domain's job (lib/registries).
import 'server-only';
import { API_VERSIONS } from '@/lib/arm-facts/api-versions';
import type { ArmClient } from './client';
import { listAll } from './paging';
import { armPath } from './paths';
import type { WireLocation } from './wire-types';

/** GET /subscriptions/{s}/locations, all pages. */
export function listLocations(client: ArmClient, subscriptionId: string): Promise<WireLocation[]> {
  return listAll<WireLocation>(client, armPath`/subscriptions/${subscriptionId}/locations`, API_VERSIONS.subscriptions);
}
