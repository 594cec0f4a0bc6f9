// What a request the session gate let through carries on to the page, and the header that says the console's
// own server gated it already. One source for proxy.ts (Next's proxy: every request under `next dev`, and what
// the server's fast path leaves to it) and for that fast path (scripts/console-gate.ts).
import { NONCE_HEADER } from '@/lib/http-security/nonce-header';
import { uploadConnectSources } from '@/lib/http-security/security-config';
import { contentSecurityPolicy } from '@/lib/http-security/security-headers';
import { REQUEST_PATH_HEADER } from './request-path';

/**
 * Set by the console's server on a request it gated itself, after removing any a client sent; proxy.ts's
 * matcher skips requests that carry it (a literal there: Next reads the matcher at build time).
 */
export const GATED_HEADER = 'x-registry-hub-gated';

/**
 * The request headers of a request that passed: its path (for server code that must send someone back to
 * sign-in), the nonce for the layout, and the CSP, from which Next takes the nonce for its own scripts.
 */
export function passedRequestHeaders(options: { pathWithQuery: string; nonce: string; https: boolean; dev: boolean }): [string, string][] {
  const { pathWithQuery, nonce, https, dev } = options;
  return [
    [REQUEST_PATH_HEADER, pathWithQuery],
    [NONCE_HEADER, nonce],
    ['content-security-policy', contentSecurityPolicy({ nonce, https, dev, connectSources: uploadConnectSources() })],
  ];
}
