// The proxy's decision for one request, apart from Next so it can be tested: who may pass, who is sent to
// sign-in, and which stale cookie to clear. Pages reachable without a session: /signin and below (the Entra
// flow's start and callback live there) and the load balancer's probes (/api/health, /api/ready); static
// files never reach the proxy (see proxy.ts's matcher).
import { modeHasSignIn, type ConsoleAuthMode } from './auth-mode';
import { signInPathFor } from './next-path';
import { verifySessionToken } from './session-token';

/** What the proxy does with a request. */
export type GateDecision =
  | { kind: 'pass'; clearSessionCookie: boolean }
  | { kind: 'redirect'; location: string; clearSessionCookie: boolean }
  | { kind: 'reject'; clearSessionCookie: boolean };

/** The request as the gate sees it. */
export interface GateRequest {
  method: string;
  /** Path and query, as the browser asked for them. */
  pathWithQuery: string;
  pathname: string;
  sessionCookie: string | undefined;
}

// Probes carry no cookie and reveal nothing about any registry or person (app/api/health, app/api/ready).
const PROBE_PATHS = new Set(['/api/health', '/api/ready']);

/** True for the paths anyone may open. */
export function isPublicPath(pathname: string): boolean {
  return pathname === '/signin' || pathname.startsWith('/signin/') || PROBE_PATHS.has(pathname);
}

/**
 * Decides one request. Page loads (GET/HEAD) without a valid session are redirected to sign-in; anything
 * else (server actions, other POSTs, /api/ routes read by scripts) is refused with 401: a redirected POST would
 * re-post to /signin, and a script asking for JSON cannot use the sign-in page.
 * A cookie that is present but invalid (tampered, expired, another mode's) is cleared in both cases.
 */
export async function gateRequest(
  request: GateRequest,
  options: { mode: ConsoleAuthMode; secret: () => Uint8Array; isRevoked: (sessionId: string) => Promise<boolean>; now?: number },
): Promise<GateDecision> {
  if (!modeHasSignIn(options.mode)) return { kind: 'pass', clearSessionCookie: false };
  const session = request.sessionCookie
    ? await verifySessionToken(request.sessionCookie, { secret: options.secret(), mode: options.mode, isRevoked: options.isRevoked, now: options.now })
    : null;
  const clearSessionCookie = !!request.sessionCookie && !session;
  if (session || isPublicPath(request.pathname)) return { kind: 'pass', clearSessionCookie };
  const isApi = request.pathname === '/api' || request.pathname.startsWith('/api/');
  if ((request.method === 'GET' || request.method === 'HEAD') && !isApi) {
    return { kind: 'redirect', location: signInPathFor(request.pathWithQuery), clearSessionCookie };
  }
  return { kind: 'reject', clearSessionCookie };
}
