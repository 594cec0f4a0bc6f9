'use server';
// The wizard's "Subscription" choices.
import { listSubscriptions } from '@/lib/arm/subscriptions';
import type { SubscriptionOption } from '@/lib/registries/wizard-options';
import { armFailure, type WizardActionResult } from './action-result';
import { wizardArmClient } from './wizard-arm-client';

/** The principal's enabled subscriptions (a Disabled or Warned one cannot take new resources), by display name. */
export async function listSubscriptionsAction(): Promise<WizardActionResult<SubscriptionOption[]>> {
  try {
    const subscriptions = await listSubscriptions(await wizardArmClient());
    const options = subscriptions
      .filter((s) => s.state === 'Enabled')
      .map((s) => ({ subscriptionId: s.subscriptionId, displayName: s.displayName }))
      .sort((a, b) => a.displayName.localeCompare(b.displayName, 'en'));
    return { ok: true, data: options };
  } catch (error) {
    return armFailure(error);
  }
}
