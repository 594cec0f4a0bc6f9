'use client';
// False while React renders on the server and hydrates, true once this component is interactive. Buttons
// use it to render disabled until a click can reach their handler: the page's content streams in after the
// shell and hydrates a moment later, and a click on server HTML before that would be lost.
import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/** Whether this component has hydrated (always true after a client-side render). */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
