// The request pipeline, in this order (Azurite's shape, docs/architecture.md):
//   1. request ids   — x-ms-request-id, correlation id (echoed or new), routing id
//   2. pre-route steps — fault injection (rules may delay, answer, or drop the socket), then catch-up:
//                      provisioning transitions that are due and running deployments, once per request
//   3. route         — the route table; unknown paths get ARM's loud errors
//   4. authenticate  — control routes: loopback callers only; anonymous routes (cloud metadata): anyone;
//                      ARM routes: bearer JWT (401s)
//   5. api-version   — MissingApiVersionParameter / InvalidApiVersionParameter
//   6. body          — JSON as ARM parses it (InvalidRequestContent; 413 past 4 MB, then the connection closes)
//   7. authorize     — subscription exists, then RBAC for the route's action over its scope (403)
//   8. handler       — one function per operation
//   9. error envelope — any ArmHttpError becomes `{error:{code,message,…}}`; anything else is a logged 500
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { requireApiVersion } from './api-versions';
import { verifyAuthorizationHeader } from './auth/tokens';
import type { Emulator, OperationResult } from './context';
import { internalServerError, isArmHttpError, notFound, subscriptionNotFound } from './errors';
import type { RateLimiter } from './http/rate-limit';
import { readRequestBody } from './http/read-body';
import type { RequestContext } from './http/request-context';
import { send, standardHeaders } from './http/respond';
import { authorize, canSeeSubscription } from './rbac/authorize';
import type { Router } from './router/match';
import type { Route } from './router/route';
import { unknownRouteError } from './router/unknown-route';
import { getSubscription } from './store/subscriptions';

/** What a pre-route step decides: continue (undefined), answer with a result, or 'handled' (it wrote or dropped the response). */
export type StepOutcome = undefined | OperationResult | 'handled';
/** A step that runs after request ids and before routing (fault injection plugs in here). */
export type PreRouteStep = (ctx: RequestContext) => StepOutcome | Promise<StepOutcome>;

/** What the pipeline needs from the server. */
export interface PipelineOptions {
  emulator: Emulator;
  router: Router;
  rateLimiter: RateLimiter;
  preRouteSteps: PreRouteStep[];
  /** The listener's own base URL when a request has no Host header (secure: the TLS listener). */
  fallbackBaseUrl: (secure: boolean) => string;
  log?: (line: string) => void;
}

/** True for 127.0.0.0/8, ::1 and IPv4-mapped loopback addresses. */
export function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  const a = address.replace(/^::ffff:/, '');
  return a === '::1' || /^127\.\d+\.\d+\.\d+$/.test(a);
}

// A malformed %-escape must not crash routing: keep the raw path, which then matches no route (404).
function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

// ARM accepts repeated slashes in a path (`https://management.azure.com//subscriptions/…` appears in Microsoft's
// own tools; the JS SDK makes one from a scope with its leading '/'). Collapse them before parsing: a raw
// '//metadata/…' would otherwise read as a protocol-relative URL with host 'metadata'.
function collapseSlashes(rawUrl: string): string {
  const q = rawUrl.indexOf('?');
  const path = q < 0 ? rawUrl : rawUrl.slice(0, q);
  return path.replace(/\/{2,}/g, '/') + (q < 0 ? '' : rawUrl.slice(q));
}

function beginRequest(opts: PipelineOptions, req: IncomingMessage, res: ServerResponse): RequestContext {
  const url = new URL(collapseSlashes(req.url ?? '/'), 'http://emulator.invalid');
  const secure = (req.socket as { encrypted?: boolean }).encrypted === true;
  // What ARM's own TLS endpoint sends on every answer (blob, control and error answers included): browsers
  // keep to https for the host, and never sniff a JSON or blob body into something runnable.
  if (secure) {
    res.setHeader('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
    res.setHeader('X-Content-Type-Options', 'nosniff');
  }
  const header = (name: string) => {
    const v = req.headers[name];
    return Array.isArray(v) ? v[0] : v;
  };
  const host = header('host');
  return {
    emulator: opts.emulator,
    req,
    res,
    method: (req.method ?? 'GET').toUpperCase(),
    url,
    path: safeDecode(url.pathname).replace(/\/+$/, '') || '/',
    query: url.searchParams,
    requestId: randomUUID(),
    correlationId: header('x-ms-correlation-request-id') || randomUUID(),
    clientRequestId: header('x-ms-client-request-id'),
    baseUrl: host ? `${secure ? 'https' : 'http'}://${host}` : opts.fallbackBaseUrl(secure),
    now: opts.emulator.clock(),
    params: {},
  };
}

function authorizeRoute(ctx: RequestContext, route: Route): void {
  const db = ctx.emulator.db;
  const caller = ctx.caller!;
  if (ctx.params.subscriptionId !== undefined) {
    const sub = getSubscription(db, ctx.params.subscriptionId);
    if (!sub) throw subscriptionNotFound(ctx.params.subscriptionId);
    ctx.params.subscriptionId = sub.id; // stored casing from here on
    if (route.access.kind === 'subscription-visible' && !canSeeSubscription(db, caller.oid, sub.id)) throw subscriptionNotFound(ctx.params.subscriptionId);
  }
  if (route.access.kind === 'action') {
    const action = typeof route.access.action === 'function' ? route.access.action(ctx.params) : route.access.action;
    authorize(db, caller, action, route.access.scope(ctx.params));
  }
}

async function run(opts: PipelineOptions, ctx: RequestContext, extraHeaders: Record<string, string>): Promise<OperationResult | 'handled'> {
  for (const step of opts.preRouteSteps) {
    const outcome = await step(ctx);
    if (outcome) return outcome;
  }
  const matched = opts.router.match(ctx.method, ctx.path);
  if (!matched) throw unknownRouteError(ctx.path, ctx.query.get('api-version'));
  const { route, params } = matched;
  ctx.params = params;
  if (route.access.kind === 'control') {
    if (!isLoopback(ctx.req.socket.remoteAddress)) throw notFound(ctx.path);
  } else if (route.access.kind !== 'anonymous') {
    ctx.caller = await verifyAuthorizationHeader(ctx.emulator, ctx.req.headers.authorization);
    Object.assign(extraHeaders, opts.rateLimiter.headers(ctx.caller.oid, params.subscriptionId, route.operationType, ctx.now));
  }
  if (route.apiVersions) {
    ctx.apiVersion = requireApiVersion(ctx.query, typeof route.apiVersions === 'function' ? route.apiVersions(params) : route.apiVersions);
  }
  if (['PUT', 'PATCH', 'POST'].includes(ctx.method)) ctx.body = await readRequestBody(ctx.req);
  if (route.access.kind !== 'control' && route.access.kind !== 'anonymous') authorizeRoute(ctx, route);
  return route.handler(ctx);
}

/** Builds the request listener for node:http. */
export function createPipeline(opts: PipelineOptions): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  return async (req, res) => {
    const ctx = beginRequest(opts, req, res);
    const extraHeaders: Record<string, string> = {};
    let status = 500;
    try {
      const result = await run(opts, ctx, extraHeaders);
      if (result === 'handled') {
        status = ctx.res.statusCode; // what the step answered (the blob endpoint), for the log line
        return;
      }
      status = result.status;
      send(res, ctx.method, result.status, { ...standardHeaders(ctx), ...extraHeaders, ...result.headers }, result.body);
    } catch (e) {
      const error = isArmHttpError(e) ? e : internalServerError(`The emulator failed to process the request: ${(e as Error).message}`);
      if (!isArmHttpError(e)) console.error('[arm-emulator]', ctx.method, ctx.path, e);
      status = error.status;
      send(res, ctx.method, error.status, { ...standardHeaders(ctx), ...extraHeaders, ...error.headers }, error.toBody());
    } finally {
      opts.log?.(`${ctx.method} ${ctx.url.pathname}${ctx.url.search} -> ${status} (${ctx.emulator.clock() - ctx.now} ms)`);
    }
  };
}
