// Subscription and region display names for the progress page. They change rarely, and the page is polled
// every few seconds, so they are read once per ARM client (one per principal) and kept for ten minutes
// instead of adding two ARM reads to every poll (ARM throttles reads per principal, arm-contract §4).
import 'server-only';
import type { ArmClient } from '@/lib/arm/client';
import { locationNamesFrom, type LocationNames } from '@/lib/registries/registry-row';
import { listLocations } from '@/lib/arm/locations';
import { getSubscription } from '@/lib/arm/subscriptions';

const TTL_MS = 10 * 60_000;
type Entry<T> = { at: number; value: Promise<T> };
const caches = new WeakMap<ArmClient, Map<string, Entry<unknown>>>();

function cached<T>(client: ArmClient, key: string, read: () => Promise<T>): Promise<T> {
  let cache = caches.get(client);
  if (!cache) caches.set(client, (cache = new Map()));
  const hit = cache.get(key) as Entry<T> | undefined;
  if (hit && Date.now() - hit.at < TTL_MS) return hit.value;
  const value = read();
  cache.set(key, { at: Date.now(), value });
  // A failed read is not remembered: the next poll tries again.
  value.catch(() => cache.delete(key));
  return value;
}

/** The subscription's display name, or null when it cannot be read (the page then shows the id alone). */
export function subscriptionDisplayName(client: ArmClient, subscriptionId: string): Promise<string | null> {
  return cached(client, `subscription:${subscriptionId.toLowerCase()}`, async () => (await getSubscription(client, subscriptionId)).displayName).catch(
    () => null,
  );
}

/** Region display names of the subscription ("East US" by "eastus"); empty when they cannot be read. */
export function regionDisplayNames(client: ArmClient, subscriptionId: string): Promise<LocationNames> {
  return cached(client, `locations:${subscriptionId.toLowerCase()}`, async () => locationNamesFrom(await listLocations(client, subscriptionId))).catch(
    (): LocationNames => new Map(),
  );
}
