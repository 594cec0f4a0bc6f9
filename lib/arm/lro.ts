// Long-running operations as stateless handles (arm-contract §4, "LRO rules"). A begin call returns an
// OperationHandle that fits in a URL; any later request (another page load, another server) polls it once
// with pollOperation. The mode is inferred as @azure/core-lro infers it: Azure-AsyncOperation /
// Operation-Location first, then Location, then the PUT body's provisioningState.
import 'server-only';
import type { ArmClient, ArmResponse } from './client';
import { armErrorFromResponse, isArmError, parseRetryAfter } from './errors';
import type { ArmErrorBody, WireOperationStatus } from './wire-types';

/** A pollable operation, JSON-serialisable (encodeHandle puts it in a URL). */
export interface OperationHandle {
  /** How to read progress: an operation-status resource, a Location URL, or the resource's provisioningState. */
  kind: 'azure-async-operation' | 'location' | 'provisioning-state';
  /** Absolute URL on the ARM endpoint that reports progress. */
  pollUrl: string;
  /** Absolute URL of the resource to read once the operation succeeded (PUT/PATCH), if any. */
  resourceUrl?: string;
  /** ISO time the operation was started (as seen by this client). */
  startedAt: string;
  /** The server's suggested polling interval from the begin response. */
  retryAfterSeconds?: number;
}

/** One poll's outcome. `error` is set for Failed and Canceled. */
export interface PollResult {
  status: 'InProgress' | 'Succeeded' | 'Failed' | 'Canceled';
  retryAfterSeconds?: number;
  error?: ArmErrorBody;
  resource?: unknown;
}

const KINDS: OperationHandle['kind'][] = ['azure-async-operation', 'location', 'provisioning-state'];
// A handle rides in a URL; anything bigger than this is not one of ours.
const MAX_ENCODED_LENGTH = 4096;

/** The handle as a base64url string, safe in a URL path or query. */
export function encodeHandle(handle: OperationHandle): string {
  return Buffer.from(JSON.stringify(handle), 'utf8').toString('base64url');
}

/**
 * Parses and validates a handle from a URL. The poll and resource URLs must be on the client's endpoint:
 * an attacker-supplied handle must never make the server send its bearer token to another host.
 */
export function decodeHandle(encoded: string, client: Pick<ArmClient, 'endpoint'>): OperationHandle {
  if (typeof encoded !== 'string' || encoded.length === 0 || encoded.length > MAX_ENCODED_LENGTH || !/^[A-Za-z0-9_-]+$/.test(encoded)) {
    throw new Error('Invalid operation handle: not a base64url string of acceptable length');
  }
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8'));
  } catch {
    throw new Error('Invalid operation handle: not JSON');
  }
  const h = raw as Record<string, unknown>;
  if (!h || typeof h !== 'object' || Array.isArray(h)) throw new Error('Invalid operation handle: not an object');
  if (!KINDS.includes(h.kind as OperationHandle['kind'])) throw new Error('Invalid operation handle: unknown kind');
  if (typeof h.startedAt !== 'string' || Number.isNaN(Date.parse(h.startedAt))) throw new Error('Invalid operation handle: bad startedAt');
  if (h.retryAfterSeconds !== undefined && (typeof h.retryAfterSeconds !== 'number' || !(h.retryAfterSeconds >= 0))) {
    throw new Error('Invalid operation handle: bad retryAfterSeconds');
  }
  const pollUrl = onEndpoint(h.pollUrl, client.endpoint, 'pollUrl');
  const resourceUrl = h.resourceUrl === undefined ? undefined : onEndpoint(h.resourceUrl, client.endpoint, 'resourceUrl');
  return {
    kind: h.kind as OperationHandle['kind'],
    pollUrl,
    ...(resourceUrl ? { resourceUrl } : {}),
    startedAt: h.startedAt,
    ...(h.retryAfterSeconds !== undefined ? { retryAfterSeconds: h.retryAfterSeconds as number } : {}),
  };
}

function onEndpoint(value: unknown, endpoint: string, field: string): string {
  let url: URL;
  try {
    url = new URL(String(value));
  } catch {
    throw new Error(`Invalid operation handle: ${field} is not an absolute URL`);
  }
  if (typeof value !== 'string' || url.origin !== endpoint) {
    throw new Error(`Invalid operation handle: ${field} is not on the ARM endpoint ${endpoint}`);
  }
  return url.toString();
}

const TERMINAL: Record<string, PollResult['status']> = { succeeded: 'Succeeded', failed: 'Failed', canceled: 'Canceled', cancelled: 'Canceled' };

function provisioningStateOf(body: unknown): string | undefined {
  const b = body as { provisioningState?: unknown; properties?: { provisioningState?: unknown } } | undefined;
  const state = b?.properties?.provisioningState ?? b?.provisioningState;
  return typeof state === 'string' ? state : undefined;
}

/** The handle for a begin call's response, or null when the operation already finished (core-lro's rules). */
export function handleFromResponse(resp: ArmResponse<unknown>): OperationHandle | null {
  const { method, url } = resp.request;
  const verb = method.toUpperCase();
  const asyncUrl = resp.headers['azure-asyncoperation'] ?? resp.headers['operation-location'];
  const location = resp.headers['location'];
  const base = { startedAt: new Date().toISOString(), ...retryAfterOf(resp.headers) };
  if (asyncUrl) {
    // Where the final resource lives, per HTTP verb (core-lro findResourceLocation; final-state-via defaults).
    const resourceUrl = verb === 'PUT' ? url : verb === 'PATCH' ? (location ?? url) : verb === 'POST' ? location : undefined;
    return { kind: 'azure-async-operation', pollUrl: absolute(asyncUrl, url), ...(resourceUrl ? { resourceUrl: absolute(resourceUrl, url) } : {}), ...base };
  }
  if (location) return { kind: 'location', pollUrl: absolute(location, url), ...base };
  if (verb === 'PUT') {
    const state = provisioningStateOf(resp.body);
    if (state === undefined || TERMINAL[state.toLowerCase()]) return null;
    return { kind: 'provisioning-state', pollUrl: url, resourceUrl: url, ...base };
  }
  return null;
}

function absolute(link: string, requestUrl: string): string {
  return new URL(link, requestUrl).toString();
}

function retryAfterOf(headers: Record<string, string>): { retryAfterSeconds?: number } {
  const seconds = parseRetryAfter(headers['retry-after']);
  return seconds === undefined ? {} : { retryAfterSeconds: seconds };
}

function failure(status: PollResult['status'], error: ArmErrorBody | undefined): ArmErrorBody {
  return error?.code ? error : { code: status === 'Canceled' ? 'OperationCanceled' : 'OperationFailed', message: `The operation ended ${status}.` };
}

/**
 * Polls once. A 4xx/5xx from an operation-status URL means the status could not be read, not that the
 * operation failed (§4), so it throws ArmError; operation failures come back as status Failed with `error`
 * (for a Location URL, a 4xx final answer is such a failure).
 */
export async function pollOperation(client: ArmClient, handle: OperationHandle): Promise<PollResult> {
  const resp = await client.send<unknown>({ method: 'GET', path: handle.pollUrl }).catch((error: unknown) => {
    // A Location URL answers, once done, exactly what the synchronous call would have (§4 "Location polling"):
    // a client error there is the operation's failure, not a failed read. 408/429 and 5xx stay read failures.
    if (handle.kind === 'location' && isArmError(error) && error.status >= 400 && error.status < 500 && error.status !== 408 && error.status !== 429) {
      return error;
    }
    throw error;
  });
  if (isArmError(resp)) return { status: 'Failed', error: resp.toBody() };
  const timing = retryAfterOf(resp.headers);
  if (handle.kind === 'location') {
    // The Location URL answers 202 while running, then exactly the synchronous result (200 + body, or 204).
    if (resp.status === 202) return { status: 'InProgress', ...timing };
    return { status: 'Succeeded', ...timing, ...(resp.body !== undefined ? { resource: resp.body } : {}) };
  }
  if (handle.kind === 'provisioning-state') {
    const state = provisioningStateOf(resp.body);
    const status = state === undefined ? 'Succeeded' : (TERMINAL[state.toLowerCase()] ?? 'InProgress');
    if (status === 'Failed' || status === 'Canceled') return { status, ...timing, error: failure(status, undefined), resource: resp.body };
    return status === 'Succeeded' ? { status, ...timing, resource: resp.body } : { status, ...timing };
  }
  const op = resp.body as WireOperationStatus | undefined;
  if (!op || typeof op.status !== 'string') {
    throw armErrorFromResponse(502, 'The operation-status resource has no status field', resp.headers);
  }
  const status = TERMINAL[op.status.toLowerCase()] ?? 'InProgress';
  if (status === 'InProgress') return { status, ...timing };
  if (status !== 'Succeeded') return { status, ...timing, error: failure(status, op.error) };
  if (handle.resourceUrl) {
    const resource = await client.send<unknown>({ method: 'GET', path: handle.resourceUrl });
    return { status, ...timing, resource: resource.body };
  }
  return { status, ...timing, ...(op.properties ? { resource: op.properties } : {}) };
}

/** Polls until the operation is terminal (for tests and scripts; the console polls from the page instead). */
export async function waitForOperation(
  client: ArmClient,
  handle: OperationHandle,
  opts: { intervalMs?: number; timeoutMs?: number } = {},
): Promise<PollResult> {
  const deadline = Date.now() + (opts.timeoutMs ?? 10 * 60_000);
  for (;;) {
    const result = await pollOperation(client, handle);
    if (result.status !== 'InProgress') return result;
    const remaining = deadline - Date.now();
    if (remaining <= 0) throw new Error(`Operation ${handle.pollUrl} still InProgress after ${opts.timeoutMs ?? 600_000} ms`);
    const wait = opts.intervalMs ?? (result.retryAfterSeconds ?? handle.retryAfterSeconds ?? 5) * 1000;
    await new Promise((resolve) => setTimeout(resolve, Math.min(wait, remaining)));
  }
}
