'use server';
// "Register": registers Microsoft.MachineLearningServices in a subscription. ARM answers at once with
// Registering; the wizard then polls the preflight until it reads Registered (ARM contract §3 "Provider").
import { getProvider, ML_PROVIDER_NAMESPACE, registerProvider } from '@/lib/arm/providers';
import { basicsSchema } from '@/lib/registries/create-registry-schema';
import { armFailure, type WizardActionResult } from './action-result';
import { wizardArmClient } from './wizard-arm-client';

/** Starts the registration; returns the state ARM reports right after. */
export async function registerProviderAction(subscriptionId: unknown): Promise<WizardActionResult<{ registrationState: string }>> {
  const parsed = basicsSchema.shape.subscriptionId.safeParse(subscriptionId);
  if (!parsed.success) return { ok: false, message: 'Choose a subscription.', fieldErrors: { subscriptionId: 'Choose a subscription.' } };
  try {
    const client = await wizardArmClient();
    const provider = await registerProvider(client, parsed.data, ML_PROVIDER_NAMESPACE);
    // Some ARM versions answer the POST without a state; read it back rather than guess.
    const state = provider?.registrationState ?? (await getProvider(client, parsed.data, ML_PROVIDER_NAMESPACE)).registrationState;
    return { ok: true, data: { registrationState: state } };
  } catch (error) {
    return armFailure(error);
  }
}
