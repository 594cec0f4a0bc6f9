// Can this replica reach ARM at all? For readiness probes: one unauthenticated GET with a short deadline.
// Any HTTP answer (ARM says 401 without a token) means the endpoint is up; only silence or a refused or
// reset connection means it is not. No credential is involved, so a probe never spends a token request.
import { API_VERSIONS } from './api-versions';
import { normalizeEndpoint } from './client';

/** Outcome of one probe, in words fit for an operator (no socket codes or loopback addresses). */
export type ArmReachability = { ok: true; status: number; ms: number } | { ok: false; reason: string; ms: number };

/** Probes `endpoint` within `timeoutMs`. */
export async function probeArm(endpoint: string, timeoutMs = 2_000): Promise<ArmReachability> {
  const started = Date.now();
  const url = `${normalizeEndpoint(endpoint)}/subscriptions?api-version=${API_VERSIONS.subscriptions}`;
  try {
    const response = await fetch(url, { method: 'GET', signal: AbortSignal.timeout(timeoutMs), cache: 'no-store', redirect: 'manual' });
    await response.body?.cancel();
    return { ok: true, status: response.status, ms: Date.now() - started };
  } catch (error) {
    const timedOut = (error as Error).name === 'TimeoutError' || (error as Error).name === 'AbortError';
    return {
      ok: false,
      reason: timedOut ? `Azure Resource Manager did not answer within ${timeoutMs / 1000} s.` : 'Azure Resource Manager is not accepting connections.',
      ms: Date.now() - started,
    };
  }
}
