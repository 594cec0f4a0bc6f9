// Microsoft.Resources providers: get one namespace, list, and register. Registration is stored as
// "Registering until settles_at", so it completes a few seconds (× the time scale) later, across restarts.
import type { OperationResult } from '../context';
import type { ProviderData } from '../data/resource-providers';
import { PROVIDERS, findProvider } from '../data/resource-providers';
import { invalidResourceNamespace } from '../errors';
import { paginate } from '../http/paging';
import type { RequestContext } from '../http/request-context';
import { rpContextOf } from '../http/request-context';
import { DELAYS, after } from '../provisioning/timing';
import { beginRegistrationChange, registrationState } from '../store/providers';

function toWireProvider(ctx: RequestContext, p: ProviderData): Record<string, unknown> {
  const subscriptionId = ctx.params.subscriptionId;
  return {
    id: `/subscriptions/${subscriptionId}/providers/${p.namespace}`,
    namespace: p.namespace,
    authorizations: [],
    resourceTypes: p.resourceTypes.map((t) => ({
      resourceType: t.resourceType,
      locations: t.locations,
      apiVersions: t.apiVersions,
      ...(t.defaultApiVersion ? { defaultApiVersion: t.defaultApiVersion } : {}),
      ...(t.capabilities ? { capabilities: t.capabilities } : {}),
    })),
    registrationState: registrationState(ctx.emulator.db, subscriptionId, p.namespace, ctx.now),
    registrationPolicy: 'RegistrationRequired',
  };
}

function requireProvider(namespace: string): ProviderData {
  const provider = findProvider(namespace);
  if (!provider) throw invalidResourceNamespace(namespace);
  return provider;
}

/** GET /subscriptions/{s}/providers/{namespace}. */
export function getProviderHandler(ctx: RequestContext): OperationResult {
  return { status: 200, body: toWireProvider(ctx, requireProvider(ctx.params.namespace)) };
}

/** GET /subscriptions/{s}/providers. */
export function listProvidersHandler(ctx: RequestContext): OperationResult {
  return { status: 200, body: paginate(ctx, PROVIDERS.map((p) => toWireProvider(ctx, p))) };
}

/** POST /subscriptions/{s}/providers/{namespace}/register: Registering now, Registered after the delay. */
export function registerProviderHandler(ctx: RequestContext): OperationResult {
  const provider = requireProvider(ctx.params.namespace);
  const subscriptionId = ctx.params.subscriptionId;
  const state = registrationState(ctx.emulator.db, subscriptionId, provider.namespace, ctx.now);
  if (state !== 'Registered' && state !== 'Registering') {
    const settlesAt = after(rpContextOf(ctx), DELAYS.providerRegistration);
    beginRegistrationChange(ctx.emulator.db, subscriptionId, provider.namespace, 'Registering', 'Registered', settlesAt);
  }
  return { status: 200, body: toWireProvider(ctx, provider) };
}
