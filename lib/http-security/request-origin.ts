// Cross-site request forgery answer for every state-changing request (server actions, route handlers):
// the browser's Origin header must name the console itself or an origin the operator allowed. A request
// without Origin is refused too: every browser sends it on POST, so only a forged or stripped request lacks it.

/** Methods that never change state and pass without an Origin. */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** What the check needs from one request. */
export interface OriginCheckInput {
  method: string;
  /** The Origin header, if any. */
  origin: string | null;
  /** The Host header the browser addressed. */
  host: string | null;
  /** Extra allowed origins (CONSOLE_PUBLIC_URL's and CONSOLE_ALLOWED_ORIGINS). */
  allowedOrigins: readonly string[];
}

/** Passes, or a sentence saying why the request was refused. */
export type OriginCheck = { ok: true } | { ok: false; message: string };

/** Decides one request. */
export function checkRequestOrigin({ method, origin, host, allowedOrigins }: OriginCheckInput): OriginCheck {
  if (SAFE_METHODS.has(method.toUpperCase())) return { ok: true };
  if (!origin || origin === 'null') {
    return { ok: false, message: 'Registry Hub refused this request: it did not say which site sent it (no Origin header).' };
  }
  const parsed = originOf(origin);
  if (parsed && host && parsed.host === host.toLowerCase()) return { ok: true };
  if (parsed && allowedOrigins.some((allowed) => originOf(allowed)?.origin === parsed.origin)) return { ok: true };
  return { ok: false, message: 'Registry Hub refused this request: it came from another site.' };
}

/** CONSOLE_ALLOWED_ORIGINS (comma- or space-separated) plus CONSOLE_PUBLIC_URL, as origins. */
export function allowedOrigins(allowedList: string | undefined, publicUrl: string | undefined): string[] {
  const values = [...(allowedList ?? '').split(/[\s,]+/), publicUrl ?? ''];
  return values.map((value) => originOf(value.trim())?.origin).filter((value): value is string => !!value);
}

function originOf(value: string): URL | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
  } catch {
    return null;
  }
}
