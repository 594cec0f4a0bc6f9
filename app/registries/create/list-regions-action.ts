'use server';
// The Regions step's choices (and a new resource group's locations) for one subscription.
import { basicsSchema } from '@/lib/registries/create-registry-schema';
import type { ActionResult } from '@/lib/action-kit/action-result';
import { toFailure } from '@/lib/action-kit/to-failure';
import type { SubscriptionRegions } from '@/lib/registries/wizard-options';
import { readSubscriptionRegions } from './region-allowance';
import { getConsoleArmClient } from '@/lib/session/arm-client';
import { withReadBudget, type ReadOptions } from './read-budget';

/** Regions that offer registries in the subscription, and the locations a new group may use. */
export async function listRegionsAction(subscriptionId: string, options?: ReadOptions): Promise<ActionResult<SubscriptionRegions>> {
  const parsed = basicsSchema.shape.subscriptionId.safeParse(subscriptionId);
  if (!parsed.success) return { ok: false, message: 'Choose a subscription.', fieldErrors: { subscriptionId: 'Choose a subscription.' } };
  return withReadBudget(options, async () => {
    try {
      return { ok: true, data: await readSubscriptionRegions(await getConsoleArmClient(), parsed.data) };
    } catch (error) {
      return toFailure(error);
    }
  });
}
