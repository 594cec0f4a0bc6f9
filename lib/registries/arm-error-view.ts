// The part of an ARM failure a page shows, as a small serialisable object: it crosses the server/client
// boundary intact, unlike an Error (whose fields Next redacts in production).

/** What support needs from an ARM failure: status, code, message and the ids that trace it (arm-contract §4). */
export interface ArmErrorView {
  status: number;
  code: string;
  message: string;
  requestId: string | null;
  correlationId: string | null;
}

function optionalString(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

/** The view of an ArmError-like value (an ArmError, or an object with the same fields); `null` for anything else. */
export function armErrorViewOf(error: unknown): ArmErrorView | null {
  if (!error || typeof error !== 'object') return null;
  const candidate = error as Record<string, unknown>;
  if (typeof candidate.code !== 'string' || typeof candidate.message !== 'string') return null;
  if (typeof candidate.status !== 'number') return null;
  return {
    status: candidate.status,
    code: candidate.code,
    message: candidate.message,
    requestId: optionalString(candidate.requestId),
    correlationId: optionalString(candidate.correlationId),
  };
}
