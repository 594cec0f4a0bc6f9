// What every server action returns (STYLE.md "Server actions"): data, or a failure said in plain words with
// ARM's code, status and ids kept beside the words for support (arm-contract §4). A plain object, so it
// crosses the server/client boundary intact (Next redacts thrown errors in production).

/** A refused or failed action. */
export interface ActionFailure {
  ok: false;
  /** What happened, in plain words. */
  message: string;
  /** Field errors keyed by form path ("tags.2.name"), for the form to show. */
  fieldErrors?: Record<string, string>;
  /** ARM's error code, or the console's own when it refused before calling ARM (e.g. AuthorizationFailed). */
  code?: string;
  /** The HTTP status ARM answered (0 when ARM could not be reached). */
  status?: number;
  requestId?: string | null;
  correlationId?: string | null;
  /** ARM's (or the budget's) Retry-After in seconds: a page that reads again by itself waits this long first. */
  retryAfterSeconds?: number;
}

/** The result of a server action. */
export type ActionResult<T> = { ok: true; data: T } | ActionFailure;

/** A refusal of untrusted input before any ARM call. */
export function invalidInput(message: string, fieldErrors?: Record<string, string>): ActionFailure {
  return { ok: false, message, code: 'InvalidInput', status: 400, ...(fieldErrors ? { fieldErrors } : {}) };
}

/** A failure as the page-level error state shows it (code title, message, ids), whatever refused it. */
export function failureView(failure: ActionFailure): { status: number; code: string; message: string; requestId: string | null; correlationId: string | null } {
  return {
    status: failure.status ?? 0,
    code: failure.code ?? 'RequestFailed',
    message: failure.message,
    requestId: failure.requestId ?? null,
    correlationId: failure.correlationId ?? null,
  };
}
