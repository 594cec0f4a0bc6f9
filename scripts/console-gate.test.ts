// The console server's own pass through the gate (console-gate.ts), on a real http server: what it marks as
// gated (Next then skips proxy.ts) and what it leaves to proxy.ts. A request it leaves carries no mark, even
// when the client sent one.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, request, type IncomingHttpHeaders, type OutgoingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NONCE_HEADER } from '../lib/http-security/nonce-header';
import { GATED_HEADER } from '../lib/session/gate-pass';
import { REQUEST_PATH_HEADER } from '../lib/session/request-path';
import { revokeSession } from '../lib/session/server-session-store';
import { signSessionToken } from '../lib/session/session-token';
import { config as proxyConfig } from '../proxy';
import { gateAhead } from './console-gate';

const dir = mkdtempSync(path.join(tmpdir(), 'registry-hub-console-gate-'));
const SECRET = 's'.repeat(48);
let base = '';
let close: () => void = () => undefined;

// What reached "Next": the gate's mark and the headers it added, and the response headers it stamped.
interface Seen {
  status: number;
  gated: string | null;
  path: string | null;
  nonce: string | null;
  requestCsp: string | null;
  response: IncomingHttpHeaders;
}

function send(pathWithQuery: string, options: { method?: string; headers?: OutgoingHttpHeaders } = {}): Promise<Seen> {
  return new Promise((resolve, reject) => {
    // node:http sends the path as given (fetch would resolve dot segments before sending).
    const req = request(`${base}${pathWithQuery}`, { method: options.method ?? 'GET', headers: options.headers }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, ...(JSON.parse(body) as Omit<Seen, 'status' | 'response'>), response: res.headers }));
    });
    req.on('error', reject);
    req.end(options.method === 'POST' ? 'a=1' : undefined);
  });
}

async function sessionCookie(sessionId: string): Promise<string> {
  const token = await signSessionToken(
    { principalId: 'p1', userPrincipalName: 'p1@contoso.example', displayName: 'P One' },
    { secret: new TextEncoder().encode(SECRET), mode: 'emulator', sessionId },
  );
  return `rh_session=${token}`;
}

beforeAll(async () => {
  process.env.SESSION_SECRET = SECRET;
  process.env.SESSION_STORE = `sqlite:${path.join(dir, 'sessions.db')}`;
  process.env.ARM_AUTH = 'emulator';
  const server = createServer((req, res) => {
    void gateAhead(req, res).then(() => {
      const one = (name: string) => (typeof req.headers[name] === 'string' ? (req.headers[name] as string) : null);
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ gated: one(GATED_HEADER), path: one(REQUEST_PATH_HEADER), nonce: one(NONCE_HEADER), requestCsp: one('content-security-policy') }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => server.close();
});
afterAll(() => {
  close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the console server gating reads ahead of proxy.ts', () => {
  it('marks requests with the header proxy.ts\'s matcher skips', () => {
    expect(proxyConfig.matcher).toEqual([{ source: '/:path*', missing: [{ type: 'header', key: GATED_HEADER }] }]);
  });

  it('passes a signed-in page read with the path, the nonce and the CSP proxy.ts would give it', async () => {
    const seen = await send('/registries?view=compact', { headers: { cookie: await sessionCookie('sid-reader') } });
    expect(seen.gated).toBe('1');
    expect(seen.path).toBe('/registries?view=compact');
    expect(seen.nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(seen.requestCsp).toContain(`'nonce-${seen.nonce}'`);
    expect(seen.response['content-security-policy']).toContain(`'nonce-${seen.nonce}'`);
    expect(seen.response['x-frame-options']).toBe('DENY');
  });

  it('marks a static file with the security headers and no session', async () => {
    const seen = await send('/favicon.ico');
    expect(seen.gated).toBe('1');
    expect(seen.path).toBeNull();
    expect(seen.response['x-content-type-options']).toBe('nosniff');
  });

  it('leaves to proxy.ts a read without a session, even one that claims to be gated or climbs out of /signin', async () => {
    for (const [pathWithQuery, headers] of [
      ['/registries', {}],
      ['/registries', { [GATED_HEADER]: '1' }],
      ['/signin/../registries', {}],
    ] as const) {
      const seen = await send(pathWithQuery, { headers });
      expect(seen, pathWithQuery).toMatchObject({ gated: null, path: null, nonce: null });
      expect(seen.response['content-security-policy']).toBeUndefined();
    }
  });

  it('leaves to proxy.ts posts and server actions, signed in or not', async () => {
    const cookie = await sessionCookie('sid-poster');
    expect((await send('/registries', { method: 'POST', headers: { cookie, [GATED_HEADER]: '1', origin: base } })).gated).toBeNull();
    expect((await send('/registries', { headers: { cookie, 'next-action': 'abc' } })).gated).toBeNull();
  });

  it('leaves to proxy.ts a session that signed out, and a bad cookie it must clear on the sign-in page', async () => {
    const cookie = await sessionCookie('sid-gone');
    expect((await send('/registries', { headers: { cookie } })).gated).toBe('1');
    await revokeSession('sid-gone', Math.floor(Date.now() / 1000) + 3600);
    expect((await send('/registries', { headers: { cookie } })).gated).toBeNull();
    expect((await send('/signin', { headers: { cookie: 'rh_session=not-a-token' } })).gated).toBeNull();
    expect((await send('/signin')).gated).toBe('1');
  });
});
