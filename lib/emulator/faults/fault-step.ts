// The pipeline's faults step (after request ids, before routing; docs/architecture.md): the first armed
// HTTP rule that matches the request fires — it may wait (latencyMs), drop the connection (the socket is
// destroyed, as a reset would), or answer with ARM's error envelope and Retry-After. Control endpoints
// (/_emulator/*) are never faulted, so a test can always clear what it injected. A rule without a status
// lets the request through, adding only its latency and Retry-After.
import type { Emulator, OperationResult } from '../context';
import type { RequestContext } from '../http/request-context';
import type { StepOutcome } from '../pipeline';
import type { FaultRecord } from '../store/faults';
import { listArmedFaults, recordFaultHit } from '../store/faults';
import type { HttpFaultSpec } from './fault-rules';
import { globMatches } from './glob';

const DEFAULTS: Record<number, { code: string; message: string }> = {
  429: {
    code: 'TooManyRequests',
    message: "The request is being throttled as the limit has been reached for operation type - 'Read'. For more information, see - https://aka.ms/armthrottling",
  },
  500: { code: 'InternalServerError', message: 'Encountered internal server error. Diagnostic information: injected by the ARM emulator.' },
  502: { code: 'BadGateway', message: 'The gateway did not receive a response from the resource provider (injected by the ARM emulator).' },
  503: { code: 'ServiceUnavailable', message: 'The service is temporarily unavailable (injected by the ARM emulator). Please try again later.' },
  504: { code: 'GatewayTimeout', message: 'The gateway did not receive a response within the specified time period (injected by the ARM emulator).' },
};

const isControlPath = (path: string) => /^\/_emulator(\/|$)/i.test(path);

// The first armed rule matching method and path whose dice roll (probability) says it fires; the hit is recorded.
function firingRule(emulator: Emulator, method: string, path: string, random: () => number): (FaultRecord & HttpFaultSpec) | undefined {
  return emulator.db.transaction(() => {
    for (const rule of listArmedFaults(emulator.db, 'http') as (FaultRecord & HttpFaultSpec)[]) {
      if (rule.match.method && rule.match.method !== method) continue;
      if (rule.match.path && !globMatches(rule.match.path, path)) continue;
      if (rule.probability !== undefined && random() >= rule.probability) continue;
      recordFaultHit(emulator.db, rule.id);
      return rule;
    }
    return undefined;
  })();
}

function errorResult(rule: HttpFaultSpec, status: number): OperationResult {
  const fallback = DEFAULTS[status] ?? { code: 'InjectedFault', message: `HTTP ${status} injected by the ARM emulator's fault rules.` };
  const headers: Record<string, string> = {};
  if (rule.retryAfterSeconds !== undefined) headers['Retry-After'] = String(rule.retryAfterSeconds);
  return { status, headers, body: { error: { code: rule.code ?? fallback.code, message: rule.message ?? fallback.message } } };
}

/** Builds the faults step; `random` is injectable so probability can be tested deterministically. */
export function createFaultStep(random: () => number = Math.random) {
  return async function faultStep(ctx: RequestContext): Promise<StepOutcome> {
    if (isControlPath(ctx.path)) return undefined;
    const rule = firingRule(ctx.emulator, ctx.method, ctx.path, random);
    if (!rule) return undefined;
    if (rule.latencyMs) await new Promise((resolve) => setTimeout(resolve, rule.latencyMs));
    if (rule.dropConnection) {
      ctx.req.socket.destroy();
      return 'handled';
    }
    if (rule.status !== undefined) return errorResult(rule, rule.status);
    // No status: the request passes through; a Retry-After still reaches the client (a handler's own
    // Retry-After, set when it writes the response, takes precedence) — lets tests slow clients' polling.
    if (rule.retryAfterSeconds !== undefined) ctx.res.setHeader('Retry-After', String(rule.retryAfterSeconds));
    return undefined;
  };
}
