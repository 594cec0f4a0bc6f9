'use client';
// The one place the console says the session has ended: any React Query query or mutation (every server
// action call goes through one) or other caller that sees a SessionExpiredError reports it
// (session-expired-store), and an alert dialog offers sign-in with a way back to the current page. The
// dialog's code is downloaded when it is first needed: most visits never see it.
import dynamic from 'next/dynamic';
import { useSyncExternalStore } from 'react';
import { isSessionExpiredShown, subscribeSessionExpired } from './session-expired-store';

const SessionExpiredDialog = dynamic(() => import('./session-expired-dialog').then((m) => m.SessionExpiredDialog), { ssr: false });

/** The notice, mounted once by AppProviders. */
export function SessionExpiredNotice() {
  const open = useSyncExternalStore(subscribeSessionExpired, isSessionExpiredShown, () => false);
  return open ? <SessionExpiredDialog /> : null;
}
