// A server action or status read that arrived without a valid session. The proxy answers such an action with
// 401 and this sentence as text/plain, the one error body Next's action client hands on as the Error's
// message (anything else becomes "An unexpected response was received from the server."), so the browser can
// tell an expired session from any other failure. Isomorphic: the proxy and client code both use it.

/** What the person is told, and the body of the proxy's 401 to a server action. */
export const SESSION_EXPIRED_MESSAGE = 'Your session has expired. Sign in again.';

/** Thrown by client code that saw the session end (e.g. a status read sent to the sign-in page). */
export class SessionExpiredError extends Error {
  override name = 'SessionExpiredError';
  constructor() {
    super(SESSION_EXPIRED_MESSAGE);
  }
}

/** True when `error` is a failed call because the session is gone (thrown by a server action or by client code). */
export function isSessionExpiredError(error: unknown): boolean {
  return error instanceof SessionExpiredError || (error instanceof Error && error.message === SESSION_EXPIRED_MESSAGE);
}
