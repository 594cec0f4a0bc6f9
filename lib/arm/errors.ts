// ARM failures as one typed error. ARM's envelope is `{"error":{code,message,target?,details?,additionalInfo?}}`
// (arm-contract §4); anything else (HTML from a proxy, an empty 502, a dropped socket) still becomes an
// ArmError whose code is derived from the status, so callers never have to parse bodies themselves.
import 'server-only';
import type { ArmErrorBody } from './wire-types';

/** A failed ARM call: HTTP status, ARM error code and message, plus the ids support needs to trace it. */
export class ArmError extends Error {
  /** HTTP status; 0 when no response arrived (network failure). */
  readonly status: number;
  /** ARM's PascalCase error code, e.g. `AuthorizationFailed`; derived from the status for non-ARM bodies. */
  readonly code: string;
  /** What the error is about (e.g. the provider namespace of MissingSubscriptionRegistration). */
  readonly target?: string;
  /** Nested ARM errors (e.g. the failing operations of DeploymentFailed). */
  readonly details: ArmErrorBody[];
  /** ARM's additional info (e.g. `PolicyViolation` with the policy that denied a request). */
  readonly additionalInfo?: ArmErrorBody['additionalInfo'];
  /** `x-ms-request-id` of the failing response. */
  readonly requestId?: string;
  /** `x-ms-correlation-request-id` of the failing response. */
  readonly correlationId?: string;
  /** `Retry-After` in seconds, when the server sent one (429, 503, 202s). */
  readonly retryAfterSeconds?: number;

  constructor(init: {
    status: number;
    code: string;
    message: string;
    target?: string;
    details?: ArmErrorBody[];
    additionalInfo?: ArmErrorBody['additionalInfo'];
    requestId?: string;
    correlationId?: string;
    retryAfterSeconds?: number;
  }) {
    super(init.message);
    this.name = 'ArmError';
    this.status = init.status;
    this.code = init.code;
    this.target = init.target;
    this.details = init.details ?? [];
    this.additionalInfo = init.additionalInfo;
    this.requestId = init.requestId;
    this.correlationId = init.correlationId;
    this.retryAfterSeconds = init.retryAfterSeconds;
  }

  /** The ARM error body this error carries (for logs or for a server action's result). */
  toBody(): ArmErrorBody {
    return {
      code: this.code,
      message: this.message,
      target: this.target,
      details: this.details,
      ...(this.additionalInfo ? { additionalInfo: this.additionalInfo } : {}),
    };
  }
}

/** True for an ArmError (also across module copies, where instanceof can fail). */
export function isArmError(e: unknown): e is ArmError {
  return e instanceof ArmError || (e instanceof Error && e.name === 'ArmError' && 'status' in e && 'code' in e);
}

const CODE_BY_STATUS: Record<number, string> = {
  400: 'BadRequest',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'NotFound',
  405: 'MethodNotAllowed',
  408: 'RequestTimeout',
  409: 'Conflict',
  412: 'PreconditionFailed',
  429: 'TooManyRequests',
  500: 'InternalServerError',
  502: 'BadGateway',
  503: 'ServiceUnavailable',
  504: 'GatewayTimeout',
};

/** A code for a status that came without an ARM body, e.g. 502 → `BadGateway`. */
export function codeFromStatus(status: number): string {
  return CODE_BY_STATUS[status] ?? `HttpStatus${status}`;
}

/** Seconds from a `Retry-After` header: integer seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfter(value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - Date.now()) / 1000));
}

// Accepts ARM's envelope, a bare `{code,message}` (some RPs) and OData's `{"odata.error":…}`.
function errorBodyOf(parsed: unknown): ArmErrorBody | undefined {
  if (!parsed || typeof parsed !== 'object') return undefined;
  const record = parsed as Record<string, unknown>;
  const candidate = (record.error ?? record['odata.error'] ?? record) as Record<string, unknown>;
  if (!candidate || typeof candidate !== 'object' || typeof candidate.code !== 'string') return undefined;
  const rawMessage = candidate.message;
  const message =
    typeof rawMessage === 'string'
      ? rawMessage
      : rawMessage && typeof rawMessage === 'object' && typeof (rawMessage as { value?: unknown }).value === 'string'
        ? (rawMessage as { value: string }).value
        : '';
  return {
    code: candidate.code,
    message,
    target: typeof candidate.target === 'string' ? candidate.target : undefined,
    details: Array.isArray(candidate.details) ? (candidate.details as ArmErrorBody[]) : undefined,
    additionalInfo: Array.isArray(candidate.additionalInfo) ? (candidate.additionalInfo as ArmErrorBody['additionalInfo']) : undefined,
  };
}

// A short, readable excerpt of a non-ARM body (tags stripped), so a proxy's HTML page still says something.
function excerpt(bodyText: string): string {
  const text = bodyText.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}

/** Builds the ArmError for a non-2xx response from its status, raw body text and (lowercased) headers. */
export function armErrorFromResponse(status: number, bodyText: string | undefined, headers: Record<string, string>): ArmError {
  let parsed: unknown;
  try {
    parsed = bodyText ? JSON.parse(bodyText) : undefined;
  } catch {
    parsed = undefined;
  }
  const body = errorBodyOf(parsed);
  const fallback = bodyText && bodyText.trim() ? excerpt(bodyText) : 'no response body';
  return new ArmError({
    status,
    code: body?.code || codeFromStatus(status),
    message: body?.message || `ARM answered HTTP ${status} (${codeFromStatus(status)}): ${fallback}`,
    target: body?.target,
    details: body?.details,
    additionalInfo: body?.additionalInfo,
    requestId: headers['x-ms-request-id'],
    correlationId: headers['x-ms-correlation-request-id'],
    retryAfterSeconds: parseRetryAfter(headers['retry-after']),
  });
}

// Transport failures in words a person can act on: they name Azure Resource Manager, never the socket
// error or the address it was dialled at (those mean nothing to the reader and leak the deployment's layout).
const TRANSPORT_FAILURES: { codes: string[]; code: string; message: string }[] = [
  { codes: ['ECONNREFUSED', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN'], code: 'ServiceUnreachable', message: 'Azure Resource Manager is not answering: the connection was refused or the host could not be found.' },
  { codes: ['ETIMEDOUT', 'ESOCKETTIMEDOUT', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'TimeoutError'], code: 'ServiceTimeout', message: 'Azure Resource Manager did not answer in time.' },
  { codes: ['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET', 'ECONNABORTED'], code: 'ServiceUnreachable', message: 'Azure Resource Manager closed the connection before answering.' },
];

/** Wraps anything thrown by the transport as an ArmError (status 0 when no HTTP response arrived). */
export function toArmError(e: unknown): ArmError {
  if (isArmError(e)) return e;
  const err = e as { code?: unknown; name?: unknown; statusCode?: unknown; cause?: { code?: unknown } } | undefined;
  // fetch() reports "fetch failed" and hides the reason (ECONNREFUSED…) in `cause`.
  const codes = [err?.code, err?.cause?.code, err?.name].filter((c): c is string => typeof c === 'string' && c !== '');
  const known = TRANSPORT_FAILURES.find((failure) => codes.some((c) => failure.codes.includes(c)));
  const status = typeof err?.statusCode === 'number' ? err.statusCode : 0;
  return new ArmError({
    status,
    code: known?.code ?? 'ServiceUnreachable',
    message: known?.message ?? 'Azure Resource Manager could not be reached (no answer arrived).',
  });
}
