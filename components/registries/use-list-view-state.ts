'use client';
// The list's view (search, filters, sort) as React state that mirrors itself into the URL. The state changes
// at once (filtering runs on every keystroke); the URL follows a moment later with history.replaceState, which
// Next's router observes without a server round trip, so typing stays instant and a reload or shared link
// shows the same view.
import { useCallback, useEffect, useState } from 'react';
import { serializeListView, type ListViewState } from '@/lib/registries/list-view-state';

// Typing updates the URL once per pause, not per key (browsers rate-limit history updates).
const URL_DELAY_MS = 250;

/** The view state and a setter that merges a partial change. */
export function useListViewState(initial: ListViewState): [ListViewState, (change: Partial<ListViewState>) => void] {
  const [view, setView] = useState(initial);
  const update = useCallback((change: Partial<ListViewState>) => setView((current) => ({ ...current, ...change })), []);
  useEffect(() => {
    const timer = window.setTimeout(() => {
      const query = serializeListView(view);
      const next = `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;
      if (next !== `${window.location.pathname}${window.location.search}${window.location.hash}`) {
        window.history.replaceState(null, '', next);
      }
    }, URL_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [view]);
  return [view, update];
}
