'use client';
// The one place the console says the session has ended: any React Query query or mutation (every server
// action call goes through one) or other caller that sees a SessionExpiredError reports it (session-expired-store), and an alert
// dialog offers sign-in with a way back to the current page. An alert dialog because it must sit above any
// dialog whose Save just failed, and the person cannot do anything else until they sign in again.
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import { useSyncExternalStore } from 'react';
import { signInPathFor } from '@/lib/session/next-path';
import { SESSION_EXPIRED_MESSAGE } from '@/lib/session/session-expired';
import { isSessionExpiredShown, setSessionExpired, subscribeSessionExpired } from './session-expired-store';

/** The notice, mounted once by AppProviders. */
export function SessionExpiredNotice() {
  const open = useSyncExternalStore(subscribeSessionExpired, isSessionExpiredShown, () => false);
  if (!open) return null;
  // Read at render time: the page the person is on now is where sign-in should bring them back.
  const href = signInPathFor(`${window.location.pathname}${window.location.search}`);
  return (
    <Dialog open modalType="alert" onOpenChange={(_, data) => !data.open && setSessionExpired(false)}>
      <DialogSurface aria-describedby="session-expired-message">
        <DialogBody>
          <DialogTitle>Session expired</DialogTitle>
          <DialogContent id="session-expired-message">{SESSION_EXPIRED_MESSAGE}</DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={() => setSessionExpired(false)}>
              Close
            </Button>
            {/* A full page load: the sign-in page is a server route, and the client cache belongs to the old session. */}
            <Button as="a" appearance="primary" href={href}>
              Sign in again
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
