import { describe, expect, it } from 'vitest';
import { allowedOrigins, checkRequestOrigin } from './request-origin';

const host = 'hub.contoso.com';

describe('checkRequestOrigin', () => {
  it('lets reads through without an Origin', () => {
    for (const method of ['GET', 'HEAD', 'OPTIONS']) expect(checkRequestOrigin({ method, origin: null, host, allowedOrigins: [] }).ok).toBe(true);
  });

  it('accepts a POST from the console itself or an allowed origin', () => {
    expect(checkRequestOrigin({ method: 'POST', origin: 'https://hub.contoso.com', host, allowedOrigins: [] }).ok).toBe(true);
    expect(checkRequestOrigin({ method: 'POST', origin: 'https://proxy.contoso.com', host, allowedOrigins: ['https://proxy.contoso.com'] }).ok).toBe(true);
  });

  it('refuses cross-origin, origin-less and opaque-origin state changes with a sentence', () => {
    for (const origin of ['https://evil.example', 'https://hub.contoso.com.evil.example', 'null', null, 'javascript:alert(1)']) {
      const check = checkRequestOrigin({ method: 'POST', origin, host, allowedOrigins: ['https://proxy.contoso.com'] });
      expect(check.ok, String(origin)).toBe(false);
      if (!check.ok) expect(check.message).toMatch(/^Registry Hub refused this request/);
    }
    expect(checkRequestOrigin({ method: 'DELETE', origin: 'http://hub.contoso.com:8080', host, allowedOrigins: [] }).ok).toBe(false);
  });
});

describe('allowedOrigins', () => {
  it('reads CONSOLE_ALLOWED_ORIGINS and CONSOLE_PUBLIC_URL as origins, dropping what is not http(s)', () => {
    expect(allowedOrigins('https://a.example/path, http://b.example:8080 ftp://c.example', 'https://hub.contoso.com/')).toEqual([
      'https://a.example',
      'http://b.example:8080',
      'https://hub.contoso.com',
    ]);
  });
});
