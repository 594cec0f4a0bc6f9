'use client';
// A kind's rows for its tab: ARM's pages as the person scrolls (every page while a search or tag filter is
// on, since ARM cannot search containers), the view applied to what is loaded, and the version counts of
// the rows in view, asked for once per name.
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ActionFailure } from '@/lib/action-kit/action-result';
import type { BrowsableAssetKind } from '@/lib/registries/assets/asset-kinds';
import { isNarrowed, listViewTypeOf, shownAssetRows, type AssetListView } from '@/lib/registries/assets/asset-list-view';
import type { AssetRow } from '@/lib/registries/assets/asset-view';
import type { RegistryRef } from '@/lib/registries/registry-ref';
import { useAssetTabActions } from './asset-actions';
import { assetRowsQuery } from './asset-queries';

// ARM pages read per fetch while a search loads every page (one page per fetch while scrolling).
const SEARCH_BURST = 10;

/** What the tab renders. */
export interface AssetRowsState {
  /** Undefined until the first page arrives. */
  loaded: AssetRow[] | undefined;
  shown: AssetRow[];
  failure: ActionFailure | null;
  hasMore: boolean;
  loadingMore: boolean;
  counts: Record<string, number>;
  loadMore: () => void;
  countVisible: (names: string[]) => void;
  retry: () => void;
  retrying: boolean;
}

/** Rows of `kind` in `registry` under `view`. */
export function useAssetRows(registry: RegistryRef, kind: BrowsableAssetKind, view: AssetListView): AssetRowsState {
  const actions = useAssetTabActions();
  // The previous view's rows stay while the next view's first page loads (no skeleton flash on a toggle).
  const narrowed = isNarrowed(view);
  const query = useInfiniteQuery({ ...assetRowsQuery(registry, kind, listViewTypeOf(view), actions.listPage, narrowed ? SEARCH_BURST : 1), placeholderData: keepPreviousData });
  const pages = query.data?.pages;
  const failure = pages?.find((p): p is ActionFailure => !p.ok) ?? null;
  const loaded = useMemo(() => (pages ? pages.flatMap((p) => (p.ok ? p.data.rows : [])) : undefined), [pages]);
  const shown = useMemo(() => shownAssetRows(loaded ?? [], view), [loaded, view]);
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = query;
  const loadMore = useCallback(() => {
    if (hasNextPage && !isFetchingNextPage && !failure) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage, failure]);
  // A search must see every asset: keep loading pages while it is on.
  useEffect(() => {
    if (narrowed) loadMore();
  }, [narrowed, loadMore]);

  const [counts, setCounts] = useState<Record<string, number>>({});
  const asked = useRef(new Set<string>());
  const countVisible = useCallback(
    (names: string[]) => {
      const missing = names.filter((n) => !asked.current.has(`${kind}/${n}`));
      if (missing.length === 0) return;
      missing.forEach((n) => asked.current.add(`${kind}/${n}`));
      void actions.countVersions(registry, { kind, names: missing.slice(0, 60) }).then((result) => {
        if (result.ok) setCounts((previous) => ({ ...previous, ...result.data }));
        else missing.forEach((n) => asked.current.delete(`${kind}/${n}`));
      });
    },
    [actions, registry, kind],
  );
  return {
    loaded,
    shown,
    failure,
    hasMore: Boolean(hasNextPage),
    loadingMore: isFetchingNextPage,
    counts,
    loadMore,
    countVisible,
    retry: () => void query.refetch(),
    retrying: query.isRefetching,
  };
}
