'use client';
// Whether the viewport is narrow (the nav is an overlay there). The server cannot know, so its snapshot is
// "wide" and CSS media queries lay the shell out until hydration; useSyncExternalStore then re-renders with
// the truth without a hydration mismatch.
import { useSyncExternalStore } from 'react';
import { NARROW_QUERY } from './nav-state';

function subscribe(onChange: () => void): () => void {
  const media = window.matchMedia(NARROW_QUERY);
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
}

/** True below the nav's overlay breakpoint, live as the window is resized. */
export function useNarrowViewport(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(NARROW_QUERY).matches,
    () => false,
  );
}
