// Subscriptions the caller can see (Microsoft.Resources, arm-contract §3 "Subscriptions").
import 'server-only';
import { API_VERSIONS } from '@/lib/arm-facts/api-versions';
import type { ArmClient } from './client';
import { listAll } from './paging';
import { subscriptionPath } from './paths';
import type { WireSubscription } from './wire-types';

/** GET /subscriptions, all pages. */
export function listSubscriptions(client: ArmClient): Promise<WireSubscription[]> {
  return listAll<WireSubscription>(client, '/subscriptions', API_VERSIONS.subscriptions);
}

/** GET /subscriptions/{s}; 404 SubscriptionNotFound becomes ArmError. */
export async function getSubscription(client: ArmClient, subscriptionId: string): Promise<WireSubscription> {
  const res = await client.send<WireSubscription>({ method: 'GET', path: subscriptionPath(subscriptionId), apiVersion: API_VERSIONS.subscriptions });
  return res.body;
}
