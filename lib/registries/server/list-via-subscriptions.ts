// The registries list without Resource Graph: ListBySubscription for every subscription, at most 8 at once
// (ARM's per-principal read buckets, arm-contract §4). A subscription that fails is reported, not fatal: the
// rest of the list is still worth showing, with a banner naming what is missing.
import 'server-only';
import type { ArmClient } from '@/lib/arm/client';
import { isArmError, toArmError } from '@/lib/arm/errors';
import { listRegistriesBySubscription } from '@/lib/arm/registries';
import type { WireSubscription } from '@/lib/arm/wire-types';
import { mapWithLimit } from './map-with-limit';
import { listFailureOf, type UnreadableSubscription } from '@/lib/registries/registry-list';
import { toRegistryRow, type LocationNames, type RegistryRow } from '@/lib/registries/registry-row';

/** Most subscriptions read at once. */
export const MAX_PARALLEL_SUBSCRIPTIONS = 8;
// A dropped or throttled page is read again (beyond the ARM client's own retries) before a whole
// subscription — hundreds of registries — is declared unreadable for one bad answer.
const PAGE_ATTEMPTS = 3;

/** Rows from every readable subscription, and the subscriptions that could not be read. */
export async function listRegistriesViaSubscriptions(
  client: ArmClient,
  subscriptions: readonly WireSubscription[],
  regionNames: LocationNames,
): Promise<{ rows: RegistryRow[]; unreadable: UnreadableSubscription[] }> {
  const unreadable: UnreadableSubscription[] = [];
  const perSubscription = await mapWithLimit(subscriptions, MAX_PARALLEL_SUBSCRIPTIONS, async (subscription) => {
    try {
      const registries = await listRegistriesBySubscription(client, subscription.subscriptionId, { pageAttempts: PAGE_ATTEMPTS });
      return registries.flatMap((registry) => toRegistryRow(registry, subscription, regionNames) ?? []);
    } catch (error) {
      // A subscription without Microsoft.MachineLearningServices registered cannot hold registries; ARM answers
      // 409 MissingSubscriptionRegistration (arm-contract §3, Provider) rather than an empty list.
      if (isArmError(error) && error.code === 'MissingSubscriptionRegistration') return [];
      unreadable.push({
        subscriptionId: subscription.subscriptionId,
        subscriptionName: subscription.displayName,
        ...listFailureOf(toArmError(error)),
      });
      return [];
    }
  });
  return { rows: perSubscription.flat(), unreadable };
}
