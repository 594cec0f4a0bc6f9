// Tenant-wide asset search: the query rule, what matches, and the events the search streams to the page
// (one NDJSON line each) as registries answer. Pure and isomorphic: the route handler writes these events,
// the search page reads them.
import { z } from 'zod';
import type { ListFailure } from '@/lib/registries/registry-list';
import type { PublishKind } from './publish-common';

/** The kinds searched (codes are build inputs, not something people look for). */
export const SEARCH_KINDS: readonly PublishKind[] = ['models', 'environments', 'components', 'data'];

/** Registries (and so asset lists) read at once: ARM throttles per principal, so a few at a time. */
export const SEARCH_CONCURRENCY = 6;

export const assetSearchQuerySchema = z
  .string({ error: 'Type part of an asset name.' })
  .trim()
  .min(1, { error: 'Type part of an asset name.' })
  .max(255, { error: 'Asset names are at most 255 characters.' });

/** A registry as the results name it. */
export interface SearchedRegistry {
  subscriptionId: string;
  subscriptionName: string;
  resourceGroup: string;
  name: string;
}

/** One matching asset (a container: its latest version is what people open). */
export interface AssetSearchHit {
  kind: PublishKind;
  name: string;
  latestVersion: string | null;
  description: string | null;
}

/** One line of the search's stream. */
export type AssetSearchEvent =
  | { type: 'started'; registries: number; unreadableSubscriptions: { subscriptionName: string; message: string }[] }
  | { type: 'registry'; registry: SearchedRegistry; hits: AssetSearchHit[] }
  | ({ type: 'unreadable'; registry: SearchedRegistry } & ListFailure)
  | { type: 'done' }
  /** ARM did not list the registries within the page's budget: why, while the search reads on. */
  | ({ type: 'waiting' } & ListFailure)
  /** The search ended without results; a throttled one says when ARM takes requests again. */
  | ({ type: 'failed'; retryAfterSeconds?: number | null } & ListFailure);

/** True when an asset's name contains the query, ignoring case (Studio's hub search matches names the same way). */
export function nameMatches(name: string, query: string): boolean {
  return name.toLowerCase().includes(query.trim().toLowerCase());
}

/** `/assets/search?q=…` */
export function assetSearchHref(query: string): string {
  return `/assets/search?q=${encodeURIComponent(query)}`;
}

/** The events in a chunk of NDJSON text, and the unfinished last line to prepend to the next chunk. */
export function parseSearchLines(buffered: string): { events: AssetSearchEvent[]; rest: string } {
  const lines = buffered.split('\n');
  const rest = lines.pop() ?? '';
  return { events: lines.filter((l) => l.trim()).map((l) => JSON.parse(l) as AssetSearchEvent), rest };
}
