'use client';
// Reads the search's NDJSON stream as it arrives: registries with hits, registries that could not be read,
// and how many are still being read. A new query aborts the old stream. While ARM keeps the search waiting
// (too slow for the page's budget, or throttling), the state says why; a search that ended that way starts
// again by itself (lib/action-kit/reads-again.ts), so results appear as soon as ARM answers.
import { useEffect, useState } from 'react';
import { readAgainDelay } from '@/lib/action-kit/reads-again';
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
  /** Why ARM keeps the search waiting (it reads on by itself), or null. */
  waiting: { code: string; message: string } | null;
}

const EMPTY: AssetSearchState = { total: null, answered: 0, found: [], unreadable: [], unreadableSubscriptions: [], done: false, failure: null, waiting: null };

// How soon a search that ended with `event` starts again by itself, or false (see reads-again.ts).
function againAfter(event: AssetSearchEvent): number | false {
  return event.type === 'failed' ? readAgainDelay({ ok: false, code: event.code, retryAfterSeconds: event.retryAfterSeconds }) : false;
}

function apply(state: AssetSearchState, event: AssetSearchEvent): AssetSearchState {
  switch (event.type) {
    case 'started':
      return { ...state, total: event.registries, unreadableSubscriptions: event.unreadableSubscriptions, waiting: null };
    case 'waiting':
      return { ...state, waiting: { code: event.code, message: event.message } };
    case 'registry':
      return { ...state, answered: state.answered + 1, found: event.hits.length ? [...state.found, { registry: event.registry, hits: event.hits }] : state.found };
    case 'unreadable':
      return { ...state, answered: state.answered + 1, unreadable: [...state.unreadable, { registry: event.registry, code: event.code, message: event.message, requestId: event.requestId }] };
    case 'done':
      return { ...state, done: true };
    case 'failed':
      if (againAfter(event) !== false) return { ...state, waiting: { code: event.code, message: event.message } };
      return { ...state, done: true, failure: { code: event.code, message: event.message, requestId: event.requestId } };
  }
}

/** The streaming search for `query`; `askedAt` (the page's request, server clock) starts its ARM budget. */
export function useAssetSearch(query: string, askedAt: number): AssetSearchState {
  const [state, setState] = useState<AssetSearchState>(EMPTY);
  // Bumped to start the search again after ARM made it wait.
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    const abort = new AbortController();
    let again: ReturnType<typeof setTimeout> | undefined;
    // A new attempt keeps saying why it waits until ARM answers.
    setState((s) => ({ ...EMPTY, waiting: attempt > 0 ? s.waiting : null }));
    void (async () => {
      try {
        // The first search spends what is left of the page's budget; one started again by itself gets a whole one.
        const since = attempt === 0 ? `&askedAt=${askedAt}` : '';
        const response = await fetch(`/assets/search/results?q=${encodeURIComponent(query)}${since}`, { signal: abort.signal, cache: 'no-store' });
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
          for (const event of parsed.events) {
            const delay = againAfter(event);
            if (delay !== false) again = setTimeout(() => setAttempt((n) => n + 1), delay);
          }
        }
      } catch (error) {
        if (abort.signal.aborted) return;
        setState((s) => ({ ...s, done: true, failure: { code: 'SearchInterrupted', message: `The search stopped before every registry answered: ${(error as Error).message}`, requestId: null } }));
      }
    })();
    return () => {
      abort.abort();
      clearTimeout(again);
    };
  }, [query, attempt, askedAt]);
  return state;
}
