import { describe, expect, it } from 'vitest';
import { parseTrustedProxies, publicOriginIsHttps, visitorProto } from './public-origin';

describe('publicOriginIsHttps', () => {
  it('follows CONSOLE_PUBLIC_URL when it is set, whatever the request says', () => {
    expect(publicOriginIsHttps('https://hub.contoso.com', 'http')).toBe(true);
    expect(publicOriginIsHttps('http://hub.contoso.com', 'https')).toBe(false);
  });

  it("otherwise trusts only the console server's stamp", () => {
    expect(publicOriginIsHttps(undefined, 'https')).toBe(true);
    expect(publicOriginIsHttps(undefined, 'http')).toBe(false);
    expect(publicOriginIsHttps(undefined, null)).toBe(false);
    expect(publicOriginIsHttps('not a url', 'http')).toBe(false);
  });
});

describe('visitorProto', () => {
  const trustedProxies = parseTrustedProxies('10.0.0.5, 127.0.0.1');

  it('is https for a TLS connection', () => {
    expect(visitorProto({ encrypted: true, peerAddress: '203.0.113.9', forwardedProto: undefined, trustedProxies: [] })).toBe('https');
  });

  it('believes X-Forwarded-Proto from a trusted proxy only (IPv4-mapped addresses included)', () => {
    expect(visitorProto({ encrypted: false, peerAddress: '::ffff:10.0.0.5', forwardedProto: 'https', trustedProxies })).toBe('https');
    expect(visitorProto({ encrypted: false, peerAddress: '127.0.0.1', forwardedProto: 'https, http', trustedProxies })).toBe('https');
    expect(visitorProto({ encrypted: false, peerAddress: '203.0.113.9', forwardedProto: 'https', trustedProxies })).toBe('http');
    expect(visitorProto({ encrypted: false, peerAddress: '10.0.0.5', forwardedProto: 'http', trustedProxies })).toBe('http');
    expect(visitorProto({ encrypted: false, peerAddress: '127.0.0.1', forwardedProto: 'https', trustedProxies: [] })).toBe('http');
  });
});
