// Resource provider registration (arm-contract §3 "Provider"). A subscription must have
// Microsoft.MachineLearningServices Registered before registries can be created (else 409
// MissingSubscriptionRegistration); resourceTypes[registries].locations lists supported regions as display names.
import 'server-only';
import { API_VERSIONS } from '@/lib/arm-facts/api-versions';
import type { ArmClient } from './client';
import { providerPath } from './paths';
import type { WireProvider } from './wire-types';

/** The resource provider the console depends on. */
export const ML_PROVIDER_NAMESPACE = 'Microsoft.MachineLearningServices';

/** GET /subscriptions/{s}/providers/{namespace}. */
export async function getProvider(client: ArmClient, subscriptionId: string, namespace: string): Promise<WireProvider> {
  const res = await client.send<WireProvider>({ method: 'GET', path: providerPath(subscriptionId, namespace), apiVersion: API_VERSIONS.providers });
  return res.body;
}

/** POST /subscriptions/{s}/providers/{namespace}/register; registration then moves Registering → Registered. */
export async function registerProvider(client: ArmClient, subscriptionId: string, namespace: string): Promise<WireProvider> {
  const res = await client.send<WireProvider>({
    method: 'POST',
    path: `${providerPath(subscriptionId, namespace)}/register`,
    apiVersion: API_VERSIONS.providers,
  });
  return res.body;
}
