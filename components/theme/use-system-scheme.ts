'use client';
// The OS colour scheme as React state, for code that must know the resolved theme in JavaScript. The server
// cannot know it, so its snapshot is "light"; useSyncExternalStore then re-renders with the truth. The page's
// colours never wait for it: app/fluent-theme.css follows the OS with a media query.
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
