'use client';
// Who the console acts as, for the header's user menu and its narrow-screen overflow menu. The session cookie
// is httpOnly, so the name comes from the server (the signedInUser action the layout hands in); signing out
// reloads /signin so nothing cached for this user stays in the page.
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useSessionActions } from './session-actions';

/** The signed-in user (or the error reading it), and Sign out with its pending flag. */
export function useSignedInUser() {
  const actions = useSessionActions();
  // Sign-in and sign-out load a new page, so within one page load the answer never changes.
  const { data } = useQuery({ queryKey: ['session', 'user'] as const, queryFn: () => actions.signedInUser(), staleTime: Infinity });
  const [signingOut, setSigningOut] = useState(false);
  const signOut = async () => {
    setSigningOut(true);
    await actions.signOut();
    // A full page load on purpose: router.push would keep this user's React Query and router caches alive.
    // eslint-disable-next-line @next/next/no-location-assign-relative-destination
    window.location.assign('/signin');
  };
  return { user: data?.user ?? null, error: data?.error ?? null, signingOut, signOut };
}
