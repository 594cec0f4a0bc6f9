// Can this replica reach ARM at all? For readiness probes: an unauthenticated GET with a short deadline.
// Any HTTP answer (ARM says 401 without a token) means the endpoint is up; only silence or a refused or
// reset connection means it is not. No credential is involved, so a probe never spends a token request.
import { API_VERSIONS } from '@/lib/arm-facts/api-versions';
import { normalizeEndpoint } from './client';

/** Outcome of one probe, in words fit for an operator (no socket codes or loopback addresses). */
export type ArmReachability = { ok: true; status: number; ms: number } | { ok: false; reason: string; ms: number };

async function attempt(url: string, timeoutMs: number): Promise<{ status: number } | { error: 'timeout' | 'network' }> {
  try {
    const response = await fetch(url, { method: 'GET', signal: AbortSignal.timeout(timeoutMs), cache: 'no-store', redirect: 'manual' });
    await response.body?.cancel();
    return { status: response.status };
  } catch (error) {
    const name = (error as Error).name;
    return { error: name === 'TimeoutError' || name === 'AbortError' ? 'timeout' : 'network' };
  }
}

/** Probes `endpoint` within `timeoutMs`. */
export async function probeArm(endpoint: string, timeoutMs = 2_000): Promise<ArmReachability> {
  const started = Date.now();
  const url = `${normalizeEndpoint(endpoint)}/subscriptions?api-version=${API_VERSIONS.subscriptions}`;
  let outcome = await attempt(url, timeoutMs);
  // A pooled keep-alive connection the server has just closed fails at once; one fresh try tells that apart
  // from an endpoint that is really down.
  if ('error' in outcome && outcome.error === 'network') outcome = await attempt(url, Math.max(100, timeoutMs - (Date.now() - started)));
  const ms = Date.now() - started;
  if ('status' in outcome) return { ok: true, status: outcome.status, ms };
  return {
    ok: false,
    reason: outcome.error === 'timeout' ? `Azure Resource Manager did not answer within ${timeoutMs / 1000} s.` : 'Azure Resource Manager is not accepting connections.',
    ms,
  };
}
