'use client';
// A registry page tab listing one kind of asset (models, environments, components or data): the toolbar,
// the virtualized table, and the loading, empty and ARM-error states. The view lives in the URL, so a
// deep link (`?tab=models&q=fraud`) opens the same view after a reload.
import { Caption1, makeStyles, Skeleton, SkeletonItem, Spinner, tokens } from '@fluentui/react-components';
import { useQuery } from '@tanstack/react-query';
import { usePathname, useSearchParams } from 'next/navigation';
import { useCallback, useState } from 'react';
import { ArmErrorState } from '@/components/arm-error/arm-error-state';
import { failureView } from '@/lib/action-kit/action-result';
import { ASSET_KIND_WORDS, type BrowsableAssetKind } from '@/lib/registries/assets/asset-kinds';
import { parseAssetListView, writeAssetListView, isNarrowed, type AssetListView, type AssetSort } from '@/lib/registries/assets/asset-list-view';
import { assetHref, publishHref } from '@/lib/registries/assets/asset-href';
import type { AssetRow } from '@/lib/registries/assets/asset-view';
import type { RegistryRef } from '@/lib/registries/registry-ref';
import { AssetTabActionsProvider, useAssetTabActions, type AssetTabActions } from './asset-actions';
import { assetAccessQuery } from './asset-queries';
import { AssetTabToolbar } from './asset-tab-toolbar';
import { AssetsGrid } from './assets-grid';
import { useAssetRows } from './use-asset-rows';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  status: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, color: tokens.colorNeutralForeground2, minHeight: '20px' },
});

/** The tab of `kind`; `actions` are the route's server actions. */
export function AssetTab({ registry, kind, actions, readAt }: { registry: RegistryRef; kind: BrowsableAssetKind; actions: AssetTabActions; readAt: string }) {
  return (
    <AssetTabActionsProvider actions={actions}>
      <AssetTabBody key={kind} registry={registry} kind={kind} readAt={readAt} />
    </AssetTabActionsProvider>
  );
}

// The view is the tab's own state, mirrored into the URL: typing and toggling answer at once, while the URL
// (updated through the history API, without a server round trip) keeps it for a reload or a shared link.
function useUrlView(): [AssetListView, (next: AssetListView) => void] {
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const [view, setLocal] = useState(() => parseAssetListView(new URLSearchParams(searchParams.toString())));
  const setView = useCallback(
    (next: AssetListView) => {
      setLocal(next);
      const query = writeAssetListView(new URLSearchParams(window.location.search), next).toString();
      window.history.replaceState(null, '', query ? `${pathname}?${query}` : pathname);
    },
    [pathname],
  );
  return [view, setView];
}

function AssetTabBody({ registry, kind, readAt }: { registry: RegistryRef; kind: BrowsableAssetKind; readAt: string }) {
  const styles = useStyles();
  const words = ASSET_KIND_WORDS[kind];
  const actions = useAssetTabActions();
  const [view, setView] = useUrlView();
  const rows = useAssetRows(registry, kind, view);
  const access = useQuery(assetAccessQuery(registry, actions.access)).data;
  const publishBlocked = access?.ok ? access.data.writeBlocked : null;
  const hrefOf = useCallback((row: AssetRow) => assetHref({ registry, kind, name: row.name }), [registry, kind]);
  const onSort = (sort: AssetSort) => setView({ ...view, sort, dir: view.sort === sort && view.dir === 'asc' ? 'desc' : view.sort === sort ? 'asc' : sort === 'name' ? 'asc' : 'desc' });

  const toolbar = (
    <AssetTabToolbar kindPlural={words.plural} kindSingular={words.singular} view={view} onView={setView} publishHref={publishHref(registry, kind)} publishBlocked={publishBlocked} />
  );
  if (rows.failure) {
    return (
      <div className={styles.root}>
        {toolbar}
        <ArmErrorState heading={`Couldn't load ${words.plural.toLowerCase()}`} error={failureView(rows.failure)} onRetry={rows.retry} retrying={rows.retrying} />
      </div>
    );
  }
  if (!rows.loaded) {
    return (
      <div className={styles.root}>
        {toolbar}
        <Skeleton aria-label={`Loading ${words.plural.toLowerCase()}`}>
          <SkeletonItem size={32} />
          <SkeletonItem size={32} />
          <SkeletonItem size={32} />
        </Skeleton>
      </div>
    );
  }
  const empty =
    rows.loaded.length === 0
      ? `This registry has no ${view.archived ? '' : 'active '}${words.plural.toLowerCase()} yet.`
      : `No ${words.plural.toLowerCase()} match the search and tag filter.`;
  const loadedText = rows.hasMore ? `${rows.loaded.length} loaded so far` : `${rows.loaded.length} in total`;
  return (
    <div className={styles.root}>
      {toolbar}
      <Caption1 className={styles.status} role="status">
        {isNarrowed(view) ? `${rows.shown.length} shown of ${loadedText}` : `${rows.shown.length} ${words.plural.toLowerCase()} shown, ${loadedText}`}
        {rows.loadingMore && <Spinner size="extra-tiny" aria-label="Loading more" />}
      </Caption1>
      <AssetsGrid
        label={words.plural}
        rows={rows.shown}
        hrefOf={hrefOf}
        counts={rows.counts}
        view={view}
        readAt={readAt}
        onSort={onSort}
        onNearEnd={rows.loadMore}
        onVisible={rows.countVisible}
        empty={empty}
      />
    </div>
  );
}
