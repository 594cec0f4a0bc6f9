// A small typed client for the emulator's control endpoints (loopback, no ARM token), for tests only:
// fault rules (`/_emulator/faults`) and tokens (`/_emulator/token`).
import type { DelayFaultSpec, HttpFaultSpec, ProvisioningFaultSpec } from '../faults/fault-rules';

/** An HTTP fault rule as POST /_emulator/faults takes it (`kind` may be left out). */
export type HttpFaultInput = Omit<HttpFaultSpec, 'kind' | 'match'> & { kind?: 'http'; match?: HttpFaultSpec['match'] };

/** A provisioning fault rule: the named child resource ends Failed with `code` and `message`. */
export type ProvisioningFaultInput = ProvisioningFaultSpec;

/** A delay rule: the named registry's operations (or only those of `operation`) end `delayMs` later. */
export type DelayFaultInput = DelayFaultSpec;

/** Any rule POST /_emulator/faults takes. */
export type FaultInput = HttpFaultInput | ProvisioningFaultInput | DelayFaultInput;

/** A stored rule as the emulator returns it. */
export type FaultRule = FaultInput & { id: string; remaining: number | null; hits: number; createdAt: string };

async function call<T>(baseUrl: string, method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(new URL(path, baseUrl), {
    method,
    headers: body === undefined ? undefined : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path}: HTTP ${res.status} ${text.slice(0, 300)}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

/** Adds a fault rule; resolves with the stored rule (its id removes it again). */
export function addFault(baseUrl: string, rule: FaultInput): Promise<FaultRule> {
  return call<FaultRule>(baseUrl, 'POST', '/_emulator/faults', rule);
}

/** Lists the rules with their hit counts. */
export async function listFaults(baseUrl: string): Promise<FaultRule[]> {
  return (await call<{ value: FaultRule[] }>(baseUrl, 'GET', '/_emulator/faults')).value;
}

/** Removes every rule (or one, by id). */
export async function clearFaults(baseUrl: string, id?: string): Promise<void> {
  await call(baseUrl, 'DELETE', id ? `/_emulator/faults/${encodeURIComponent(id)}` : '/_emulator/faults');
}

/** A bearer token for a seeded principal (user principal name or object id). */
export async function token(baseUrl: string, principal: string, expiresInSeconds?: number): Promise<string> {
  return (await call<{ access_token: string }>(baseUrl, 'POST', '/_emulator/token', { principal, expiresInSeconds })).access_token;
}
