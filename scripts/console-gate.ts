// The console server's own pass through the session gate, for reads: a GET or HEAD that is no server action
// and passes the gate as it is (lib/session/gate.ts: a valid session, or a public path, and no stale cookie to
// clear) gets the headers proxy.ts would give it (lib/session/gate-pass.ts, the same security headers) and
// GATED_HEADER, and Next then skips proxy.ts for it. Next's proxy machinery alone — a web Request and Response
// around every request, headers copied back and forth — cost ~2.5 ms of main thread per /registries page
// (paired replicas, 6 × 10 s: 1.9-3.2 ms less without it, of ~22), the same again across its other threads.
// Static files get the security headers and the mark. Anything else — a redirect to sign-in, a 401, a cookie
// to clear, a POST, an action, a large body, a failed check — is left to proxy.ts, which answers it as before.
// No client can skip proxy.ts by sending the header itself: it is removed from every request first.
import './server-only-in-node';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { parseCookie } from 'next/dist/compiled/@edge-runtime/cookies';
import { PUBLIC_PROTO_HEADER, publicOriginIsHttps } from '../lib/http-security/public-origin';
import { checkRequestOrigin } from '../lib/http-security/request-origin';
import { configuredAllowedOrigins, cspReportOnly, MAX_REQUEST_BODY_BYTES, uploadConnectSources } from '../lib/http-security/security-config';
import { createNonce, CSP_REPORT_PATH, securityHeaders } from '../lib/http-security/security-headers';
import { STATIC_FILE } from '../lib/http-security/static-files';
import { consoleAuthMode } from '../lib/session/auth-mode';
import { gateRequest } from '../lib/session/gate';
import { GATED_HEADER, passedRequestHeaders } from '../lib/session/gate-pass';
import { isSessionRevoked } from '../lib/session/server-session-store';
import { sessionCookieName } from '../lib/session/session-cookie';
import { sessionSecret } from '../lib/session/session-secret';

// Only as the request's URL: Next's proxy reads pathname and search the same way (WHATWG URL, dot segments
// resolved), so both judge the same path.
const BASE = 'http://console.invalid';

/** Gates `req` ahead of Next when it can (see above); resolves once the request may go on to Next. */
export async function gateAhead(req: IncomingMessage, res: ServerResponse): Promise<void> {
  delete req.headers[GATED_HEADER];
  try {
    await gate(req, res);
  } catch {
    // A URL Node accepted but WHATWG URL does not, or a session store that did not answer: proxy.ts meets the
    // same request, and Next answers it as before.
    delete req.headers[GATED_HEADER];
  }
}

async function gate(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const method = req.method ?? 'GET';
  if ((method !== 'GET' && method !== 'HEAD') || req.headers['next-action'] !== undefined) return;
  const url = new URL(req.url ?? '/', BASE);
  const { pathname, search } = url;
  const stamped = req.headers[PUBLIC_PROTO_HEADER];
  const https = publicOriginIsHttps(process.env.CONSOLE_PUBLIC_URL, typeof stamped === 'string' ? stamped : undefined);
  const dev = process.env.NODE_ENV === 'development';
  const pass = (nonce: string) => {
    req.headers[GATED_HEADER] = '1';
    for (const [name, value] of securityHeaders({ nonce, https, dev, reportOnly: cspReportOnly(), connectSources: uploadConnectSources() })) res.setHeader(name, value);
  };
  if (STATIC_FILE.test(pathname)) return pass(createNonce());
  if (pathname === CSP_REPORT_PATH) return;
  const origin = checkRequestOrigin({ method, origin: header(req, 'origin'), host: header(req, 'host'), allowedOrigins: configuredAllowedOrigins() });
  if (!origin.ok || Number(header(req, 'content-length') ?? 0) > MAX_REQUEST_BODY_BYTES) return;
  const pathWithQuery = `${pathname}${search}`;
  const decision = await gateRequest(
    { method, pathname, pathWithQuery, sessionCookie: parseCookie(header(req, 'cookie') ?? '').get(sessionCookieName(https)) },
    { mode: consoleAuthMode(), secret: () => sessionSecret(), isRevoked: isSessionRevoked },
  );
  if (decision.kind !== 'pass' || decision.clearSessionCookie) return;
  const nonce = createNonce();
  for (const [name, value] of passedRequestHeaders({ pathWithQuery, nonce, https, dev })) req.headers[name] = value;
  pass(nonce);
}

function header(req: IncomingMessage, name: string): string | null {
  const value = req.headers[name];
  return typeof value === 'string' ? value : null;
}
