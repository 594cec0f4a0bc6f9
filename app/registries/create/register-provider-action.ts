'use server';
// "Register": registers Microsoft.MachineLearningServices in a subscription. ARM answers at once with
// Registering; the wizard then polls the preflight until it reads Registered (ARM contract §3 "Provider").
import { getProvider, ML_PROVIDER_NAMESPACE, registerProvider } from '@/lib/arm/providers';
import { basicsSchema } from '@/lib/registries/create-registry-schema';
import type { ActionResult } from '@/lib/action-kit/action-result';
import { toFailure } from '@/lib/action-kit/to-failure';
import { getConsoleArmClient } from '@/lib/session/arm-client';

/** Starts the registration; returns the state ARM reports right after. */
export async function registerProviderAction(subscriptionId: unknown): Promise<ActionResult<{ registrationState: string }>> {
  const parsed = basicsSchema.shape.subscriptionId.safeParse(subscriptionId);
  if (!parsed.success) return { ok: false, message: 'Choose a subscription.', fieldErrors: { subscriptionId: 'Choose a subscription.' } };
  try {
    const client = await getConsoleArmClient();
    const provider = await registerProvider(client, parsed.data, ML_PROVIDER_NAMESPACE);
    // Some ARM versions answer the POST without a state; read it back rather than guess.
    const state = provider?.registrationState ?? (await getProvider(client, parsed.data, ML_PROVIDER_NAMESPACE)).registrationState;
    return { ok: true, data: { registrationState: state } };
  } catch (error) {
    return toFailure(error);
  }
}
