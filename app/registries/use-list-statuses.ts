'use client';
// The list's statuses, the rows on screen first: for the list read the page was rendered with, the server
// render's own read (streamed, app/registries/screen-statuses.ts); for a refreshed list, or when the render's
// read ran out of time, one read of its first rows from here at once. Then, once every page is in, the whole
// list's, which replaces them and is read again each minute.
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { isStillReading, type ScreenStatusesRead } from '@/components/registries/screen-statuses';
import { LIST_FIRST_PAGE_ROWS, type RegistryGroup, type RegistryList, type RegistryStatuses } from '@/lib/registries/registry-list';
import type { RegistryRef } from '@/lib/registries/registry-ref';
import { registryStatusesQuery, screenStatusesQuery } from './registries-query';

const UNREADABLE_STATUSES: RegistryStatuses = { byId: {}, otherwise: 'Unknown' };

/**
 * The list's best statuses so far (null while none are read): the whole list's, else those of the rows on
 * screen. A whole-list read that failed outright says Unknown for every row without an answer, not Checking….
 */
export function useStatuses(list: RegistryList | null, rendered: ScreenStatusesRead | null): RegistryStatuses | null {
  const fetchedAt = list?.fetchedAt ?? '';
  const renderedHere = rendered && rendered.fetchedAt === fetchedAt ? rendered.statuses : null;
  const fromRender = useSettled(renderedHere);
  // Read here when the render did not read them for this list read, or gave up (its budget ran out).
  const onScreen = useQuery({
    ...screenStatusesQuery(fetchedAt, screenRows(list)),
    enabled: list !== null && list.rows.length > 0 && (!renderedHere || (fromRender !== undefined && fromRender.value === null)),
  });
  const complete = list !== null && list.continuation === null;
  const groups = useMemo<RegistryGroup[]>(() => {
    const unique = new Map<string, RegistryGroup>();
    for (const row of complete ? list.rows : []) {
      unique.set(`${row.subscriptionId}/${row.resourceGroup}`.toLowerCase(), { subscriptionId: row.subscriptionId, resourceGroup: row.resourceGroup });
    }
    return [...unique.values()];
  }, [list, complete]);
  const all = useQuery({ ...registryStatusesQuery(fetchedAt, groups), enabled: complete });
  if (all.data) return all.data;
  const screen = fromRender?.value ?? onScreen.data ?? null;
  if (all.isError) return screen ? { ...screen, otherwise: 'Unknown' } : UNREADABLE_STATUSES;
  return screen;
}

// A refreshed list's rows on screen: its first page.
function screenRows(list: RegistryList | null): RegistryRef[] {
  return (list?.rows ?? []).slice(0, LIST_FIRST_PAGE_ROWS).map(({ subscriptionId, resourceGroup, name }) => ({ subscriptionId, resourceGroup, name }));
}

// The render's read once it has settled: at once when the render had it already, else when the promise settles
// (undefined before; a failure settles as null: the reads above answer).
function useSettled(read: ScreenStatusesRead['statuses'] | null): { value: RegistryStatuses | null } | undefined {
  const promise = read && isStillReading(read) ? read : null;
  const [settled, setSettled] = useState<{ promise: Promise<RegistryStatuses | null>; value: RegistryStatuses | null } | null>(null);
  useEffect(() => {
    if (!promise) return;
    let current = true;
    promise.then(
      (value) => current && setSettled({ promise, value }),
      () => current && setSettled({ promise, value: null }),
    );
    return () => {
      current = false;
    };
  }, [promise]);
  if (read && !isStillReading(read)) return { value: read };
  return settled && settled.promise === promise ? { value: settled.value } : undefined;
}
