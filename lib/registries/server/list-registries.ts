// Server-side read of every registry the console's principal can see. Resource Graph first (one query,
// $skipToken pages); when ARG fails or is denied, ListBySubscription per subscription with bounded
// concurrency, reporting the subscriptions that could not be read. Errors that leave nothing to show stay
// ArmError for the caller to render. The page may stop after ARG's first page and continue later.
import 'server-only';
import type { ArmClient } from '@/lib/arm/client';
import { ArmError, isArmError } from '@/lib/arm/errors';
import { listReferenceData, subscriptionNamesOf, type ListReferenceData } from './list-reference-data';
import { graphRows, listRegistriesViaGraph, unknownSubscriptions, type GraphRegistry } from './list-via-graph';
import { listRegistriesViaSubscriptions } from './list-via-subscriptions';
import { listFailureOf, type ListFailure, type RegistryList } from '@/lib/registries/registry-list';
import { compareRowsByName, type RegistryRow } from '@/lib/registries/registry-row';

/** Which path to read: `auto` (Resource Graph, falling back per subscription) or one of them only. */
export type ListRegistriesVia = 'auto' | 'resource-graph' | 'subscriptions';

/** Options of listRegistries. */
export interface ListRegistriesOptions {
  via?: ListRegistriesVia;
  /** Re-read subscription and region names instead of using the few-minutes cache (Refresh). */
  fresh?: boolean;
  /** Stop after this many Resource Graph pages; the list then carries a `continuation`. Default: all. */
  maxPages?: number;
  /** Size of the first Resource Graph page (default 1000, ARG's maximum). */
  firstPageSize?: number;
}

// Subscription and region names for ARG rows. Read in parallel with ARG (from the few-minutes cache); if a row
// names a subscription the cache does not know (created since), they are read again once. Without names (GET
// /subscriptions failed) rows still show, with subscription ids and ARM's region names.
async function namedRows(client: ArmClient, items: GraphRegistry[], cached: Promise<ListReferenceData>): Promise<RegistryRow[]> {
  let reference = await cached.catch(() => null);
  if (reference && unknownSubscriptions(items, subscriptionNamesOf(reference.subscriptions))) {
    reference = await listReferenceData(client, { fresh: true }).catch(() => reference);
  }
  return graphRows(items, subscriptionNamesOf(reference?.subscriptions ?? []), reference?.regionNames ?? new Map());
}

/** Every registry readable by the client's principal (or its first pages), sorted by name, with how it was read. */
export async function listRegistries(
  client: ArmClient,
  { via = 'auto', fresh = false, maxPages, firstPageSize }: ListRegistriesOptions = {},
): Promise<RegistryList> {
  const fetchedAt = new Date().toISOString();
  let graphFailure: ListFailure | null = null;
  if (via !== 'subscriptions') {
    const reference = listReferenceData(client, { fresh });
    // Handled here so a failure while ARG is still being read is not reported as unhandled.
    reference.catch(() => undefined);
    try {
      const read = await listRegistriesViaGraph(client, { maxPages, firstPageSize });
      return {
        rows: await namedRows(client, read.items, reference),
        source: 'resource-graph',
        graphFailure: null,
        unreadable: [],
        fetchedAt,
        continuation: read.skipToken,
        totalRecords: read.totalRecords,
      };
    } catch (error) {
      // No answer at all (status 0: refused, dropped, timed out) means ARM itself is out of reach, and the
      // fallback would only wait through the same retries again before failing the same way.
      if (!isArmError(error) || via === 'resource-graph' || error.status === 0) throw error;
      graphFailure = listFailureOf(error);
    }
  }
  // The fallback enumerates subscriptions, so it reads them fresh rather than from the names cache: a list
  // that could not be read must not look complete because of a stale subscription list.
  const { subscriptions, regionNames } = await listReferenceData(client, { fresh: true });
  const { rows, unreadable } = await listRegistriesViaSubscriptions(client, subscriptions, regionNames);
  // Nothing could be read at all: that is an error, not an empty tenant.
  if (rows.length === 0 && unreadable.length > 0 && unreadable.length === subscriptions.length) {
    const first = unreadable[0];
    throw new ArmError({
      status: first.status,
      code: first.code,
      message: first.message,
      requestId: first.requestId ?? undefined,
      correlationId: first.correlationId ?? undefined,
    });
  }
  rows.sort(compareRowsByName);
  return { rows, source: 'subscriptions', graphFailure, unreadable, fetchedAt, continuation: null, totalRecords: rows.length };
}

/** The next Resource Graph page of a list, from its `continuation` ($skipToken). Throws ArmError. */
export async function continueRegistryList(client: ArmClient, continuation: string): Promise<{ rows: RegistryRow[]; continuation: string | null }> {
  const reference = listReferenceData(client);
  reference.catch(() => undefined);
  const read = await listRegistriesViaGraph(client, { skipToken: continuation, maxPages: 1 });
  return { rows: await namedRows(client, read.items, reference), continuation: read.skipToken };
}
