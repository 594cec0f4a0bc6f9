'use server';
// The wizard's "Subscription" choices.
import { listSubscriptions } from '@/lib/arm/subscriptions';
import { compareEnglish } from '@/lib/registries/english-order';
import type { SubscriptionOption } from '@/lib/registries/wizard-options';
import type { ActionResult } from '@/lib/action-kit/action-result';
import { toFailure } from '@/lib/action-kit/to-failure';
import { getConsoleArmClient } from '@/lib/session/arm-client';
import { withReadBudget, type ReadOptions } from './read-budget';

/** The principal's enabled subscriptions (a Disabled or Warned one cannot take new resources), by display name. */
export async function listSubscriptionsAction(options?: ReadOptions): Promise<ActionResult<SubscriptionOption[]>> {
  return withReadBudget(options, async () => {
    try {
      const subscriptions = await listSubscriptions(await getConsoleArmClient());
      const choices = subscriptions
        .filter((s) => s.state === 'Enabled')
        .map((s) => ({ subscriptionId: s.subscriptionId, displayName: s.displayName }))
        .sort((a, b) => compareEnglish(a.displayName, b.displayName));
      return { ok: true, data: choices };
    } catch (error) {
      return toFailure(error);
    }
  });
}
