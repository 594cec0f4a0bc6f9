'use client';
// The OS colour scheme as React state. The server cannot know it, so its snapshot is "light" and CSS
// (system-theme-styles.ts) covers the gap until hydration; useSyncExternalStore then re-renders with the truth.
import { useSyncExternalStore } from 'react';
import type { ResolvedTheme } from './theme-preference';

const DARK_QUERY = '(prefers-color-scheme: dark)';

function subscribe(onChange: () => void): () => void {
  const media = window.matchMedia(DARK_QUERY);
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
}

const getSnapshot = (): ResolvedTheme => (window.matchMedia(DARK_QUERY).matches ? 'dark' : 'light');
const getServerSnapshot = (): ResolvedTheme => 'light';

/** The OS colour scheme, live: changes when the user switches their system setting. */
export function useSystemScheme(): ResolvedTheme {
  return useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot);
}
