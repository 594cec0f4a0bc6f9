import { describe, expect, it } from 'vitest';
import { SESSION_EXPIRED_MESSAGE, SessionExpiredError } from '@/lib/session/session-expired';
import { isSessionExpiredShown, reportSessionExpired, setSessionExpired, subscribeSessionExpired } from './session-expired-store';

describe('session-expired notice store', () => {
  it('is raised by the error a server action throws on the proxy 401, and by SessionExpiredError', () => {
    let changes = 0;
    const unsubscribe = subscribeSessionExpired(() => changes++);
    // Next's action client turns the proxy's text/plain 401 body into the Error's message.
    expect(reportSessionExpired(new Error(SESSION_EXPIRED_MESSAGE))).toBe(true);
    expect(isSessionExpiredShown()).toBe(true);
    setSessionExpired(false);
    expect(reportSessionExpired(new SessionExpiredError())).toBe(true);
    expect(changes).toBe(3);
    setSessionExpired(false);
    unsubscribe();
  });

  it('ignores every other failure, including Next\'s generic one', () => {
    expect(reportSessionExpired(new Error('An unexpected response was received from the server.'))).toBe(false);
    expect(reportSessionExpired('Your session has expired. Sign in again.')).toBe(false);
    expect(isSessionExpiredShown()).toBe(false);
  });
});
