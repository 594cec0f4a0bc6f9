'use client';
// The statuses of the rows on screen, as a promise the server render started (app/registries/screen-statuses.ts).
// A status cell without a status yet waits for it in its own Suspense boundary: the server streams "Checking…"
// with the rows, then each cell's status as soon as the promise settles, before the page has even hydrated.
import { createContext, Suspense, use, type ReactNode } from 'react';
import { statusOfRegistry, type ScreenStatuses } from '@/lib/registries/registry-list';
import { RegistryStatusBadge } from './registry-status-badge';

/** The on-screen statuses being read by the server render; null when none were started (or null settled). */
export type ScreenStatusesPromise = Promise<ScreenStatuses | null> | null;

const ScreenStatusesContext = createContext<ScreenStatusesPromise>(null);

/** Makes the server render's on-screen statuses available to the list's status cells. */
export function ScreenStatusesProvider({ statuses, children }: { statuses: ScreenStatusesPromise; children: ReactNode }) {
  return <ScreenStatusesContext value={statuses}>{children}</ScreenStatusesContext>;
}

/**
 * The status cell of a row whose status the list does not have yet: the on-screen read's when it was made for
 * this list read (`fetchedAt`; a refreshed list's rows wait for their own), else "Checking…".
 */
export function PendingRegistryStatus({ registryId, fetchedAt }: { registryId: string; fetchedAt: string }) {
  const statuses = use(ScreenStatusesContext);
  if (!statuses) return <RegistryStatusBadge status={null} />;
  return (
    <Suspense fallback={<RegistryStatusBadge status={null} />}>
      <StatusWhenRead statuses={statuses} registryId={registryId} fetchedAt={fetchedAt} />
    </Suspense>
  );
}

function StatusWhenRead({ statuses, registryId, fetchedAt }: { statuses: Promise<ScreenStatuses | null>; registryId: string; fetchedAt: string }) {
  const read = use(statuses);
  return <RegistryStatusBadge status={read?.fetchedAt === fetchedAt ? statusOfRegistry(read.statuses, registryId) : null} />;
}
