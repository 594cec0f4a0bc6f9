// Next 16's request proxy (formerly middleware), in this order for every request:
// 1. security headers (lib/http-security: CSP with a per-request nonce, framing, HSTS on https) on every
//    response, static files included;
// 2. cross-site request forgery: a state-changing request from another origin, or with no Origin, gets 403
//    (before Next's own server-action origin check, which answers 500); oversized bodies get 413 and action
//    bodies Next could not decode 400;
// 3. the session gate (lib/session/gate.ts): signed-in requests continue with their path in a header, for
//    server code that must send someone back to sign-in; the rest go to /signin?next=… (pages) or get 401.
// Pages and actions verify the session again themselves: this is the first check, not the only one.
// In production the console's server takes reads that simply pass (and static files) through the same checks
// itself (scripts/console-gate.ts) and marks them, and this proxy skips those: Next's proxy machinery alone
// cost ~2.5 ms of main thread per page. Everything else, and every request under `next dev`, comes here.
import { NextResponse, type NextRequest } from 'next/server';
import { actionBodyProblem } from '@/lib/http-security/action-body';
import { PUBLIC_PROTO_HEADER, publicOriginIsHttps } from '@/lib/http-security/public-origin';
import { checkRequestOrigin } from '@/lib/http-security/request-origin';
import { configuredAllowedOrigins, cspReportOnly, MAX_REQUEST_BODY_BYTES, uploadConnectSources } from '@/lib/http-security/security-config';
import { createNonce, CSP_REPORT_PATH, securityHeaders } from '@/lib/http-security/security-headers';
import { STATIC_FILE } from '@/lib/http-security/static-files';
import { consoleAuthMode } from '@/lib/session/auth-mode';
import { gateRequest } from '@/lib/session/gate';
import { passedRequestHeaders } from '@/lib/session/gate-pass';
import { expiredCookieAttributes, sessionCookieName } from '@/lib/session/session-cookie';
import { SESSION_EXPIRED_MESSAGE } from '@/lib/session/session-expired';
import { sessionSecret } from '@/lib/session/session-secret';
import { isSessionRevoked } from '@/lib/session/server-session-store';

/** Answers or forwards one request, then stamps the security headers on whatever goes back. */
export async function proxy(request: NextRequest): Promise<NextResponse> {
  const https = publicOriginIsHttps(process.env.CONSOLE_PUBLIC_URL, request.headers.get(PUBLIC_PROTO_HEADER));
  const nonce = createNonce();
  const dev = process.env.NODE_ENV === 'development';
  const response = await answer(request, { https, nonce, dev });
  for (const [name, value] of securityHeaders({ nonce, https, dev, reportOnly: cspReportOnly(), connectSources: uploadConnectSources() })) response.headers.set(name, value);
  return response;
}

async function answer(request: NextRequest, { https, nonce, dev }: { https: boolean; nonce: string; dev: boolean }): Promise<NextResponse> {
  const { pathname, search } = request.nextUrl;
  const isAction = request.headers.has('next-action');
  // Reads only: a POST (or an action) to a path ending in .js must not skip the checks below.
  const isRead = request.method === 'GET' || request.method === 'HEAD';
  if (isRead && !isAction && STATIC_FILE.test(pathname)) return NextResponse.next();
  // Browsers post violation reports without a session, and some without an Origin; the handler only logs.
  if (pathname === CSP_REPORT_PATH && !isAction) return NextResponse.next();
  const origin = checkRequestOrigin({
    method: request.method,
    origin: request.headers.get('origin'),
    host: request.headers.get('host'),
    allowedOrigins: configuredAllowedOrigins(),
  });
  if (!origin.ok) return plainError(403, origin.message);
  if (Number(request.headers.get('content-length') ?? 0) > MAX_REQUEST_BODY_BYTES) {
    return plainError(413, `Registry Hub refused this request: its body is larger than ${MAX_REQUEST_BODY_BYTES / 1024 / 1024} MB.`);
  }
  if (isAction) {
    const problem = actionBodyProblem(request.headers.get('content-type'), await request.clone().text());
    if (problem) return plainError(400, problem);
  }
  const cookie = sessionCookieName(https);
  const pathWithQuery = `${pathname}${search}`;
  const decision = await gateRequest(
    { method: request.method, pathname, pathWithQuery, sessionCookie: request.cookies.get(cookie)?.value },
    { mode: consoleAuthMode(), secret: () => sessionSecret(), isRevoked: isSessionRevoked },
  );
  let response: NextResponse;
  if (decision.kind === 'pass') {
    // Next reads the nonce for its own scripts from the request's CSP header; the layout reads NONCE_HEADER.
    const headers = new Headers(request.headers);
    for (const [name, value] of passedRequestHeaders({ pathWithQuery, nonce, https, dev })) headers.set(name, value);
    response = NextResponse.next({ request: { headers } });
  } else if (decision.kind === 'redirect') {
    response = NextResponse.redirect(new URL(decision.location, request.url));
  } else if (isAction) {
    // A server action: Next's client turns a text/plain error body (and nothing else) into the Error's message,
    // which is how the page recognises an expired session (lib/session/session-expired.ts).
    response = plainError(401, SESSION_EXPIRED_MESSAGE);
  } else {
    response = NextResponse.json(
      { error: { code: 'SessionRequired', message: 'Sign in to Registry Hub again: there is no valid session.' } },
      { status: 401 },
    );
  }
  if (decision.clearSessionCookie) response.cookies.set(cookie, '', expiredCookieAttributes(https));
  return response;
}

// Plain text: Next's action client shows it as the error's message (only for exactly `text/plain`, no
// charset), and a monitor sees a 4xx, not a crash.
function plainError(status: number, message: string): NextResponse {
  return new NextResponse(message, { status, headers: { 'Content-Type': 'text/plain' } });
}

/**
 * Every path (static files get the headers too) but those the console's server gated already: GATED_HEADER
 * (lib/session/gate-pass.ts), which the server removes from every request before it decides.
 */
export const config = {
  matcher: [{ source: '/:path*', missing: [{ type: 'header', key: 'x-registry-hub-gated' }] }],
};
