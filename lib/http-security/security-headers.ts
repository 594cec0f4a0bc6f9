// The headers every console response carries, in one place (proxy.ts applies them). Pure: the proxy passes
// the request's nonce and whether the public origin is https, so each rule can be unit-tested.

/** Where browsers POST Content-Security-Policy violation reports (app/api/csp-reports/route.ts). */
export const CSP_REPORT_PATH = '/api/csp-reports';

/** What the policy needs to know about one response. */
export interface SecurityHeaderOptions {
  /** Per-request nonce for Next's scripts and Griffel's <style> elements. */
  nonce: string;
  /** True when the console's public origin is https: adds HSTS and upgrade-insecure-requests. */
  https: boolean;
  /** Report violations without blocking (a rollout step, CONSOLE_CSP_REPORT_ONLY=1). */
  reportOnly?: boolean;
  /** `next dev`: React's development build needs eval for its debugging features (never in production). */
  dev?: boolean;
  /** Origins besides 'self' the browser may fetch from: blob storage that publish forms upload to (security-config.ts). */
  connectSources?: readonly string[];
}

/**
 * Scripts: only those carrying this response's nonce, and what they load ('strict-dynamic': Next's chunks).
 * Styles: <style> elements need the nonce (Griffel's server-rendered and runtime sheets carry it); inline
 * style attributes stay allowed because Fluent's server-rendered markup has a few (positioning, virtualised
 * rows) and an attribute can restyle but never run script. Everything else is this origin only.
 */
export function contentSecurityPolicy({ nonce, https, dev, connectSources = [] }: SecurityHeaderOptions): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    `style-src 'self' 'nonce-${nonce}'`,
    `style-src-elem 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    ["connect-src 'self'", ...connectSources].join(' '),
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "frame-src 'none'",
    "worker-src 'self' blob:",
    "manifest-src 'self'",
    `report-uri ${CSP_REPORT_PATH}`,
  ];
  if (https) directives.push('upgrade-insecure-requests');
  return directives.join('; ');
}

/** HSTS for a year once the console is reached over https (never over http: browsers ignore it there anyway). */
export const HSTS_VALUE = 'max-age=31536000; includeSubDomains';

/** Every security header of one response, as [name, value] pairs. */
export function securityHeaders(options: SecurityHeaderOptions): [string, string][] {
  const headers: [string, string][] = [
    [options.reportOnly ? 'Content-Security-Policy-Report-Only' : 'Content-Security-Policy', contentSecurityPolicy(options)],
    // Old browsers that ignore frame-ancestors.
    ['X-Frame-Options', 'DENY'],
    ['X-Content-Type-Options', 'nosniff'],
    // Registry names are in the console's paths: other sites get the origin at most.
    ['Referrer-Policy', 'strict-origin-when-cross-origin'],
    ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()'],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
    ['Cross-Origin-Resource-Policy', 'same-origin'],
  ];
  if (options.https) headers.push(['Strict-Transport-Security', HSTS_VALUE]);
  return headers;
}

/** A fresh nonce: 128 random bits, base64 (Web Crypto, so it runs in the proxy). */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
