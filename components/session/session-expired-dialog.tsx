'use client';
// The dialog that says the session has ended, with sign-in and a way back to the current page (see
// session-expired-notice.tsx for when it shows). An alert dialog because it must sit above any
// dialog whose Save just failed, and the person cannot do anything else until they sign in again.
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import { signInPathFor } from '@/lib/session/next-path';
import { SESSION_EXPIRED_MESSAGE } from '@/lib/session/session-expired';
import { setSessionExpired } from './session-expired-store';

/** The open alert dialog (SessionExpiredNotice mounts it while the store says the session has ended). */
export function SessionExpiredDialog() {
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
