// What the registries list hands to the page: the rows, how they were read (Resource Graph or one
// subscription at a time) and what could not be read, as plain serialisable data (isomorphic, no I/O).
import type { RegistryRow } from './registry-row';
import type { RegistryStatus } from './status';

/** Rows in the list's first page, which the server renders: one screenful (app/registries/actions.ts says why 25). */
export const LIST_FIRST_PAGE_ROWS = 25;

/** How the rows were read: one Resource Graph query, or the per-subscription fallback. */
export type RegistryListSource = 'resource-graph' | 'subscriptions';

/** An ARM failure reduced to what a banner or error state shows (arm-contract §4: code, message, request id). */
export interface ListFailure {
  status: number;
  code: string;
  message: string;
  requestId: string | null;
  correlationId: string | null;
}

/** A subscription whose registries could not be listed, with ARM's reason. */
export interface UnreadableSubscription extends ListFailure {
  subscriptionId: string;
  subscriptionName: string;
}

/** Every registry the principal can read, plus how complete that answer is. */
export interface RegistryList {
  rows: RegistryRow[];
  source: RegistryListSource;
  /** Why Resource Graph was not used (null when it answered). */
  graphFailure: ListFailure | null;
  /** Subscriptions the fallback could not read; their registries are missing from `rows`. */
  unreadable: UnreadableSubscription[];
  /** ISO time the list was read: the reference point of "Created 3 days ago", identical on server and client. */
  fetchedAt: string;
  /** Resource Graph's $skipToken when only the first pages were read; null once `rows` is complete. */
  continuation: string | null;
  /** How many registries the whole list holds (ARG's totalRecords), loaded or not. */
  totalRecords: number;
}

/** The failure view of an ArmError-like value (`status`, `code`, `message`, ids). */
export function listFailureOf(error: {
  status: number;
  code: string;
  message: string;
  requestId?: string;
  correlationId?: string;
}): ListFailure {
  return {
    status: error.status,
    code: error.code,
    message: error.message,
    requestId: error.requestId ?? null,
    correlationId: error.correlationId ?? null,
  };
}

/** A resource group that holds registries (statuses are read per resource group). */
export interface RegistryGroup {
  subscriptionId: string;
  resourceGroup: string;
}

/** The list's statuses: by lowercased registry id, and what a registry absent from `byId` is. */
export interface RegistryStatuses {
  byId: Record<string, RegistryStatus>;
  /**
   * Ready when every source was read; Unknown when one could not be (never claim Ready unread); null when
   * only the registries in `byId` were read (the rows on screen first), so the others are not known yet.
   */
  otherwise: 'Ready' | 'Unknown' | null;
}

/** The status a row shows; null while it is not known yet. */
export function statusOfRegistry(statuses: RegistryStatuses, registryId: string): RegistryStatus | null {
  return statuses.byId[registryId.toLowerCase()] ?? statuses.otherwise;
}
