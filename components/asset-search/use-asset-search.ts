'use client';
// Reads the search's NDJSON stream as it arrives: registries with hits, registries that could not be read,
// and how many are still being read. A new query aborts the old stream.
import { useEffect, useState } from 'react';
import { parseSearchLines, type AssetSearchEvent, type AssetSearchHit, type SearchedRegistry } from '@/lib/registries/assets/asset-search';

/** The search so far. */
export interface AssetSearchState {
  total: number | null;
  answered: number;
  found: { registry: SearchedRegistry; hits: AssetSearchHit[] }[];
  unreadable: { registry: SearchedRegistry; code: string; message: string; requestId: string | null }[];
  unreadableSubscriptions: { subscriptionName: string; message: string }[];
  done: boolean;
  failure: { code: string; message: string; requestId: string | null } | null;
}

const EMPTY: AssetSearchState = { total: null, answered: 0, found: [], unreadable: [], unreadableSubscriptions: [], done: false, failure: null };

function apply(state: AssetSearchState, event: AssetSearchEvent): AssetSearchState {
  switch (event.type) {
    case 'started':
      return { ...state, total: event.registries, unreadableSubscriptions: event.unreadableSubscriptions };
    case 'registry':
      return { ...state, answered: state.answered + 1, found: event.hits.length ? [...state.found, { registry: event.registry, hits: event.hits }] : state.found };
    case 'unreadable':
      return { ...state, answered: state.answered + 1, unreadable: [...state.unreadable, { registry: event.registry, code: event.code, message: event.message, requestId: event.requestId }] };
    case 'done':
      return { ...state, done: true };
    case 'failed':
      return { ...state, done: true, failure: { code: event.code, message: event.message, requestId: event.requestId } };
  }
}

/** The streaming search for `query`. */
export function useAssetSearch(query: string): AssetSearchState {
  const [state, setState] = useState<AssetSearchState>(EMPTY);
  useEffect(() => {
    const abort = new AbortController();
    setState(EMPTY);
    void (async () => {
      try {
        const response = await fetch(`/assets/search/results?q=${encodeURIComponent(query)}`, { signal: abort.signal, cache: 'no-store' });
        if (!response.ok || !response.body) {
          const body = (await response.json().catch(() => null)) as { error?: { code?: string; message?: string } } | null;
          setState((s) => ({ ...s, done: true, failure: { code: body?.error?.code ?? `HTTP ${response.status}`, message: body?.error?.message ?? 'The search could not start.', requestId: null } }));
          return;
        }
        const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
        let rest = '';
        for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
          const parsed = parseSearchLines(rest + chunk.value);
          rest = parsed.rest;
          setState((s) => parsed.events.reduce(apply, s));
        }
      } catch (error) {
        if (abort.signal.aborted) return;
        setState((s) => ({ ...s, done: true, failure: { code: 'SearchInterrupted', message: `The search stopped before every registry answered: ${(error as Error).message}`, requestId: null } }));
      }
    })();
    return () => abort.abort();
  }, [query]);
  return state;
}
