// Checks ARM itself makes before a request reaches a resource provider: the subscription exists, the
// resource group exists (and is not being deleted, for writes), the provider is registered.
import type { RpContext } from '../context';
import { missingSubscriptionRegistration, resourceGroupBeingDeleted, resourceGroupNotFound, subscriptionNotFound } from '../errors';
import { registrationState } from '../store/providers';
import type { ResourceGroupRecord } from '../store/resource-groups';
import { getResourceGroup } from '../store/resource-groups';
import type { SubscriptionRecord } from '../store/subscriptions';
import { getSubscription } from '../store/subscriptions';

/** The subscription, or 404 SubscriptionNotFound. */
export function requireSubscription(ctx: RpContext, subscriptionId: string): SubscriptionRecord {
  const sub = getSubscription(ctx.emulator.db, subscriptionId);
  if (!sub) throw subscriptionNotFound(subscriptionId);
  return sub;
}

/** The resource group, or 404 ResourceGroupNotFound; writes into a deleting group get 409 ResourceGroupBeingDeleted. */
export function requireResourceGroup(ctx: RpContext, subscriptionId: string, name: string, opts: { forWrite: boolean }): ResourceGroupRecord {
  const sub = requireSubscription(ctx, subscriptionId);
  const rg = getResourceGroup(ctx.emulator.db, sub.id, name);
  if (!rg) throw resourceGroupNotFound(name);
  if (opts.forWrite && rg.state === 'Deleting') throw resourceGroupBeingDeleted(rg.name);
  return rg;
}

/** 409 MissingSubscriptionRegistration unless the namespace is Registered in the subscription. */
export function requireRegistered(ctx: RpContext, subscriptionId: string, namespace: string): void {
  if (registrationState(ctx.emulator.db, subscriptionId, namespace, ctx.now) !== 'Registered') throw missingSubscriptionRegistration(namespace);
}
