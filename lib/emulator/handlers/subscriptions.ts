// Microsoft.Resources subscriptions: list and get. A caller sees a subscription only when it holds a
// role assignment within it; others get 404 SubscriptionNotFound, as ARM answers for subscriptions
// the caller cannot access.
import type { OperationResult } from '../context';
import { canSeeSubscription } from '../rbac/authorize';
import { subscriptionNotFound } from '../errors';
import { paginate } from '../http/paging';
import type { RequestContext } from '../http/request-context';
import { TENANT_ID } from '../seed/tenant';
import type { SubscriptionRecord } from '../store/subscriptions';
import { getSubscription, listSubscriptions } from '../store/subscriptions';

/** A subscription as ARM returns it (2022-12-01). */
export function toWireSubscription(s: SubscriptionRecord): Record<string, unknown> {
  return {
    id: `/subscriptions/${s.id}`,
    authorizationSource: 'RoleBased',
    managedByTenants: [],
    tags: s.tags,
    subscriptionId: s.id,
    tenantId: TENANT_ID,
    displayName: s.displayName,
    state: s.state,
    subscriptionPolicies: { locationPlacementId: 'Public_2014-09-01', quotaId: s.quotaId, spendingLimit: s.spendingLimit },
  };
}

/** GET /subscriptions: the subscriptions the caller can see. */
export function listSubscriptionsHandler(ctx: RequestContext): OperationResult {
  const visible = listSubscriptions(ctx.emulator.db).filter((s) => canSeeSubscription(ctx.emulator.db, ctx.caller!.oid, s.id));
  return { status: 200, body: paginate(ctx, visible.map(toWireSubscription)) };
}

/** GET /subscriptions/{s}. */
export function getSubscriptionHandler(ctx: RequestContext): OperationResult {
  const sub = getSubscription(ctx.emulator.db, ctx.params.subscriptionId);
  if (!sub) throw subscriptionNotFound(ctx.params.subscriptionId);
  return { status: 200, body: toWireSubscription(sub) };
}
