// Server-side read of every registry the console's principal can see: subscriptions, then registries and
// region names per subscription, over HTTP through lib/arm. Errors stay ArmError for the caller to render.
import 'server-only';
import type { ArmClient } from '@/lib/arm/client';
import { armClientForConsole } from '@/lib/arm/config';
import { isArmError } from '@/lib/arm/errors';
import { listLocations } from '@/lib/arm/locations';
import { listRegistriesBySubscription } from '@/lib/arm/registries';
import { listSubscriptions } from '@/lib/arm/subscriptions';
import type { WireSubscription } from '@/lib/arm/wire-types';
import { compareRowsByName, locationNamesFrom, toRegistryRow, type RegistryRow } from './registry-row';

// Subscriptions are read in parallel, but never more than this many at once (ARM throttles per principal).
const MAX_PARALLEL_SUBSCRIPTIONS = 8;

/** Every registry readable by the client's principal, across all its subscriptions, sorted by name. */
export async function listRegistries(client: ArmClient = armClientForConsole()): Promise<RegistryRow[]> {
  const subscriptions = await listSubscriptions(client);
  const perSubscription = await mapWithLimit(subscriptions, MAX_PARALLEL_SUBSCRIPTIONS, (subscription) =>
    listSubscriptionRegistries(client, subscription),
  );
  return perSubscription.flat().sort(compareRowsByName);
}

async function listSubscriptionRegistries(client: ArmClient, subscription: WireSubscription): Promise<RegistryRow[]> {
  const registries = await listRegistriesOrNone(client, subscription.subscriptionId);
  if (registries.length === 0) return [];
  const names = locationNamesFrom(await listLocations(client, subscription.subscriptionId));
  return registries.flatMap((registry) => toRegistryRow(registry, subscription, names) ?? []);
}

// A subscription without Microsoft.MachineLearningServices registered cannot hold registries; ARM answers
// 409 MissingSubscriptionRegistration (arm-contract §3, Provider) rather than an empty list.
async function listRegistriesOrNone(client: ArmClient, subscriptionId: string) {
  try {
    return await listRegistriesBySubscription(client, subscriptionId);
  } catch (error) {
    if (isArmError(error) && error.code === 'MissingSubscriptionRegistration') return [];
    throw error;
  }
}

async function mapWithLimit<T, R>(items: readonly T[], limit: number, run: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await run(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
