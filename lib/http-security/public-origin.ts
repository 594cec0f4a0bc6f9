// Is the console's public origin https? Decides Secure + the __Host- cookie prefix, HSTS and
// upgrade-insecure-requests. Two sources, both under the operator's control, never the client's:
// CONSOLE_PUBLIC_URL, or the protocol the console's own server (scripts/console-server.ts) stamped on the
// request after checking that any X-Forwarded-Proto came from a proxy listed in CONSOLE_TRUSTED_PROXIES.

/**
 * Request header the console server sets on every request (overwriting whatever a client sent) to the
 * protocol the visitor used: `https` or `http`.
 */
export const PUBLIC_PROTO_HEADER = 'x-registry-hub-proto';

/** True when the visitor reached the console over https. */
export function publicOriginIsHttps(publicUrl: string | undefined, stampedProto: string | null | undefined): boolean {
  const configured = parsePublicUrl(publicUrl);
  if (configured) return configured.protocol === 'https:';
  return stampedProto === 'https';
}

/** CONSOLE_PUBLIC_URL as a URL, or null when unset or not an http(s) URL. */
export function parsePublicUrl(publicUrl: string | undefined): URL | null {
  if (!publicUrl?.trim()) return null;
  try {
    const url = new URL(publicUrl.trim());
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
  } catch {
    return null;
  }
}

/** The console server's verdict for one connection: what it stamps into PUBLIC_PROTO_HEADER. */
export function visitorProto(input: {
  encrypted: boolean;
  peerAddress: string | undefined;
  forwardedProto: string | string[] | undefined;
  trustedProxies: readonly string[];
}): 'https' | 'http' {
  if (input.encrypted) return 'https';
  const peer = normalizeAddress(input.peerAddress);
  if (!peer || !input.trustedProxies.map(normalizeAddress).includes(peer)) return 'http';
  const header = Array.isArray(input.forwardedProto) ? input.forwardedProto[0] : input.forwardedProto;
  // The first value is the hop nearest the visitor.
  return header?.split(',')[0]?.trim().toLowerCase() === 'https' ? 'https' : 'http';
}

/** CONSOLE_TRUSTED_PROXIES: comma- or space-separated IP addresses. */
export function parseTrustedProxies(value: string | undefined): string[] {
  return (value ?? '').split(/[\s,]+/).filter(Boolean);
}

// Node reports IPv4 peers on dual-stack sockets as ::ffff:a.b.c.d.
function normalizeAddress(address: string | undefined): string | undefined {
  const trimmed = address?.trim().toLowerCase();
  return trimmed?.startsWith('::ffff:') && trimmed.includes('.') ? trimmed.slice(7) : trimmed;
}
