import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, createNonce, securityHeaders } from './security-headers';

const byName = (headers: [string, string][]) => new Map(headers.map(([name, value]) => [name.toLowerCase(), value]));

describe('securityHeaders', () => {
  it('sends a nonce CSP without unsafe-inline scripts, no framing, nosniff, referrer and opener policies', () => {
    const headers = byName(securityHeaders({ nonce: 'abc', https: false }));
    const csp = headers.get('content-security-policy')!;
    expect(csp).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic'");
    expect(csp).toContain("style-src-elem 'self' 'nonce-abc'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain('report-uri /api/csp-reports');
    expect(csp.match(/script-src[^;]*/)![0]).not.toContain('unsafe');
    expect(headers.get('x-frame-options')).toBe('DENY');
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(headers.get('permissions-policy')).toContain('camera=()');
  });

  it('adds HSTS and upgrade-insecure-requests only over https', () => {
    expect(byName(securityHeaders({ nonce: 'n', https: false })).has('strict-transport-security')).toBe(false);
    expect(contentSecurityPolicy({ nonce: 'n', https: false })).not.toContain('upgrade-insecure-requests');
    const https = byName(securityHeaders({ nonce: 'n', https: true }));
    expect(https.get('strict-transport-security')).toMatch(/^max-age=31536000/);
    expect(https.get('content-security-policy')).toContain('upgrade-insecure-requests');
  });

  it("allows eval for next dev only", () => {
    expect(contentSecurityPolicy({ nonce: 'n', https: false, dev: true })).toContain("'strict-dynamic' 'unsafe-eval'");
    expect(contentSecurityPolicy({ nonce: 'n', https: false })).not.toContain('unsafe-eval');
  });

  it('can report without enforcing', () => {
    const headers = byName(securityHeaders({ nonce: 'n', https: false, reportOnly: true }));
    expect(headers.has('content-security-policy')).toBe(false);
    expect(headers.get('content-security-policy-report-only')).toContain("'nonce-n'");
  });
});

describe('createNonce', () => {
  it('is 128 bits of base64 and differs each time', () => {
    const nonces = new Set(Array.from({ length: 50 }, createNonce));
    expect(nonces.size).toBe(50);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});

describe('connect-src for browser uploads', () => {
  it('allows Azure blob storage, and the emulator only when ARM is a loopback emulator', async () => {
    const { connectSourcesFor } = await import('./security-config');
    expect(connectSourcesFor('http://127.0.0.1:4510')).toEqual(['https://*.blob.core.windows.net', 'http://127.0.0.1:4510']);
    expect(connectSourcesFor('https://management.azure.com')).toEqual(['https://*.blob.core.windows.net']);
    expect(contentSecurityPolicy({ nonce: 'n', https: false, connectSources: connectSourcesFor('http://127.0.0.1:4510') })).toContain(
      "connect-src 'self' https://*.blob.core.windows.net http://127.0.0.1:4510;",
    );
  });
});
