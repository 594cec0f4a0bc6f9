// The names the registries list joins its rows with: subscription display names (GET /subscriptions) and
// region display names (GET /subscriptions/{s}/locations, read once: Azure's region names are the same in
// every subscription). They change rarely, so they are kept per ARM client (one client per principal) for a
// few minutes; Refresh asks for fresh ones. That keeps a list at ceil(N/1000) Resource Graph pages plus nothing.
import 'server-only';
import type { ArmClient } from '@/lib/arm/client';
import { listLocations } from '@/lib/arm/locations';
import { listSubscriptions } from '@/lib/arm/subscriptions';
import type { WireSubscription } from '@/lib/arm/wire-types';
import { locationNamesFrom, type LocationNames } from '@/lib/registries/registry-row';

/** Subscriptions the principal sees and the region display names. */
export interface ListReferenceData {
  subscriptions: WireSubscription[];
  regionNames: LocationNames;
}

// Long enough that paging through a 10,000-row list and refreshing it do not re-read names, short enough that
// a new subscription shows its name within minutes even without Refresh.
const TTL_MS = 5 * 60_000;

const cache = new WeakMap<ArmClient, { at: number; data: Promise<ListReferenceData> }>();

/** Subscriptions and region names for `client`'s principal; `fresh` skips the cache. Failures are not cached. */
export function listReferenceData(client: ArmClient, { fresh = false }: { fresh?: boolean } = {}): Promise<ListReferenceData> {
  const cached = cache.get(client);
  if (!fresh && cached && Date.now() - cached.at < TTL_MS) return cached.data;
  const data = readReferenceData(client);
  cache.set(client, { at: Date.now(), data });
  data.catch(() => {
    if (cache.get(client)?.data === data) cache.delete(client);
  });
  return data;
}

async function readReferenceData(client: ArmClient): Promise<ListReferenceData> {
  const subscriptions = await listSubscriptions(client);
  const first = subscriptions[0];
  // Without region names the list still works (rows show ARM's region names), so a failure here is not fatal.
  const locations = first ? await listLocations(client, first.subscriptionId).catch(() => []) : [];
  return { subscriptions, regionNames: locationNamesFrom(locations) };
}

/** Display name per subscription id (lowercase keys: ids compare case-insensitively in ARM). */
export function subscriptionNamesOf(subscriptions: readonly WireSubscription[]): Map<string, string> {
  return new Map(subscriptions.map((subscription) => [subscription.subscriptionId.toLowerCase(), subscription.displayName]));
}
