'use client';
// The statuses of the rows on screen, as the server render read them (app/registries/screen-statuses.ts): the
// value when the read had settled before the rows were rendered, else a promise. While it is a promise, a status
// cell waits for it in its own Suspense boundary: the server streams "Checking…" with the rows, then each cell's
// status as soon as the promise settles, before the page has even hydrated.
import { createContext, Suspense, use, type ReactNode } from 'react';
import { statusOfRegistry, type RegistryStatuses } from '@/lib/registries/registry-list';
import { RegistryStatusBadge, type StatusClassNames } from './registry-status-badge';

/** The on-screen statuses the server render is reading for one list read (`fetchedAt`); null: not read. */
export interface ScreenStatusesRead {
  fetchedAt: string;
  statuses: RegistryStatuses | Promise<RegistryStatuses | null>;
}

/** True while the render's read is still a promise (the value itself has no `then`). */
export function isStillReading(statuses: ScreenStatusesRead['statuses']): statuses is Promise<RegistryStatuses | null> {
  return typeof (statuses as Partial<PromiseLike<unknown>>).then === 'function';
}

const ScreenStatusesContext = createContext<ScreenStatusesRead | null>(null);

/** Makes the server render's on-screen statuses available to the list's status cells. */
export function ScreenStatusesProvider({ read, children }: { read: ScreenStatusesRead | null; children: ReactNode }) {
  return <ScreenStatusesContext value={read}>{children}</ScreenStatusesContext>;
}

/**
 * The status cell of a row whose status the list does not have yet: the server render's on-screen read when
 * it was made for this list read (`fetchedAt`; a refreshed list's rows wait for their own), else "Checking…".
 */
export function PendingRegistryStatus({ registryId, fetchedAt, classNames }: { registryId: string; fetchedAt: string; classNames: StatusClassNames }) {
  const read = use(ScreenStatusesContext);
  const checking = <RegistryStatusBadge status={null} classNames={classNames} />;
  // A read that had settled gave the list its statuses already: a row still without one is not in it.
  if (!read || read.fetchedAt !== fetchedAt || !isStillReading(read.statuses)) return checking;
  return (
    <Suspense fallback={checking}>
      <StatusWhenRead statuses={read.statuses} registryId={registryId} classNames={classNames} />
    </Suspense>
  );
}

function StatusWhenRead({ statuses, registryId, classNames }: { statuses: Promise<RegistryStatuses | null>; registryId: string; classNames: StatusClassNames }) {
  const read = use(statuses);
  return <RegistryStatusBadge status={read ? statusOfRegistry(read, registryId) : null} classNames={classNames} />;
}
