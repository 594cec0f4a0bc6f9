// Next 16's request proxy (formerly middleware): every request except static files passes the session gate
// (lib/session/gate.ts). Signed-in requests continue with their path in a header, for server code that
// must send someone back to sign-in; the rest go to /signin?next=… (pages) or get 401 (actions, POSTs).
// Pages and actions verify the session again themselves: this is the first check, not the only one.
import { NextResponse, type NextRequest } from 'next/server';
import { consoleAuthMode } from '@/lib/session/auth-mode';
import { gateRequest } from '@/lib/session/gate';
import { REQUEST_PATH_HEADER } from '@/lib/session/request-path';
import { SESSION_COOKIE } from '@/lib/session/session-cookie';
import { SESSION_EXPIRED_MESSAGE } from '@/lib/session/session-expired';
import { sessionSecret } from '@/lib/session/session-secret';
import { isSessionRevoked } from '@/lib/session/server-session-store';

/** Gates one request on the session cookie. */
export async function proxy(request: NextRequest): Promise<NextResponse> {
  const { pathname, search } = request.nextUrl;
  const pathWithQuery = `${pathname}${search}`;
  const decision = await gateRequest(
    { method: request.method, pathname, pathWithQuery, sessionCookie: request.cookies.get(SESSION_COOKIE)?.value },
    { mode: consoleAuthMode(), secret: () => sessionSecret(), isRevoked: isSessionRevoked },
  );
  let response: NextResponse;
  if (decision.kind === 'pass') {
    const headers = new Headers(request.headers);
    headers.set(REQUEST_PATH_HEADER, pathWithQuery);
    response = NextResponse.next({ request: { headers } });
  } else if (decision.kind === 'redirect') {
    response = NextResponse.redirect(new URL(decision.location, request.url));
  } else if (request.headers.has('next-action')) {
    // A server action: Next's client turns a text/plain error body (and nothing else) into the Error's message,
    // which is how the page recognises an expired session (lib/session/session-expired.ts).
    response = new NextResponse(SESSION_EXPIRED_MESSAGE, { status: 401, headers: { 'Content-Type': 'text/plain' } });
  } else {
    response = NextResponse.json(
      { error: { code: 'SessionRequired', message: 'Sign in to Registry Hub again: there is no valid session.' } },
      { status: 401 },
    );
  }
  if (decision.clearSessionCookie) response.cookies.delete(SESSION_COOKIE);
  return response;
}

/** Everything but Next's static output and the files served from app/ and public/ by extension. */
export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon\\.ico|.*\\.(?:svg|png|jpg|jpeg|gif|webp|ico|css|js|map|txt|woff2?)$).*)'],
};
