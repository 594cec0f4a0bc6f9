'use client';
// The asset page body: header with the manage buttons, the versions table, the selected version's
// properties, replication, files and "use this asset" snippets. `?version=N` selects a version (default
// the latest); changes re-read the asset, and a version being created or deleted is re-read until it settles.
import { Badge, Link, makeStyles, MessageBar, MessageBarBody, Skeleton, SkeletonItem, Subtitle2, tokens } from '@fluentui/react-components';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { ArmErrorState } from '@/components/arm-error/arm-error-state';
import { PageHeader } from '@/components/shell/page-header';
import { useClientNavigation } from '@/components/shell/use-client-navigation';
import { failureView } from '@/lib/action-kit/action-result';
import { readAgainInterval, readsAgainByItself } from '@/lib/action-kit/reads-again';
import { UNKNOWN_ASSET_ACCESS } from '@/lib/registries/assets/asset-access';
import { ASSET_KIND_WORDS } from '@/lib/registries/assets/asset-kinds';
import { assetHref, assetRefArgument, assetTabHref } from '@/lib/registries/assets/asset-href';
import type { AssetRef } from '@/lib/registries/assets/asset-ref';
import { azuremlAssetUri } from '@/lib/registries/assets/asset-snippets';
import type { AssetPageData } from '@/lib/registries/assets/asset-view';
import { useAssetPageActions } from './asset-actions';
import { AssetManageBar } from './asset-manage-bar';
import { assetAccessQuery, assetPageQuery, registryAssetsKey } from './asset-queries';
import { AssetSnippetsSection } from './asset-snippets-section';
import { ArtifactFilesSection } from './artifact-files';
import { AssetVersionDialogs, type AssetDialog } from './asset-version-dialogs';
import { ReplicationTable, VersionProperties } from './version-details';
import { VersionsTable } from './versions-table';

// While a version is being created, replicated or deleted, the page re-reads the asset this often.
const SETTLING_REFRESH_MS = 2000;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL, minWidth: 0 },
  columns: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 480px), 1fr))', gap: tokens.spacingHorizontalXXL, rowGap: tokens.spacingVerticalXL, alignItems: 'start' },
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL, minWidth: 0 },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  description: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

function settling(data: AssetPageData): boolean {
  return data.versions.some((v) => v.provisioningState !== 'Succeeded' || v.replication.some((r) => r.status === 'InProgress'));
}

/** The asset page for `asset`, version `version` (null: the latest). */
export function AssetPageView({ asset, version }: { asset: AssetRef; version: string | null }) {
  const styles = useStyles();
  const actions = useAssetPageActions();
  const queryClient = useQueryClient();
  const router = useRouter();
  const navigate = useClientNavigation();
  const page = useQuery({ ...assetPageQuery(asset, version, actions.load), refetchInterval: (q) => (q.state.data?.ok && settling(q.state.data.data) ? SETTLING_REFRESH_MS : readAgainInterval(q)) });
  const accessResult = useQuery(assetAccessQuery(asset.registry, actions.access)).data;
  const access = accessResult?.ok ? accessResult.data : UNKNOWN_ASSET_ACCESS;
  const [dialog, setDialog] = useState<AssetDialog>(null);
  const words = ASSET_KIND_WORDS[asset.kind];
  const arg = assetRefArgument(asset);
  const refresh = () => queryClient.invalidateQueries({ queryKey: registryAssetsKey(asset.registry) });

  const result = page.data;
  if (!result) {
    return (
      <Skeleton aria-label={`Loading ${asset.name}`}>
        <SkeletonItem size={32} />
        <SkeletonItem size={24} />
        <SkeletonItem size={24} />
      </Skeleton>
    );
  }
  if (!result.ok) {
    return (
      <div className={styles.root}>
        <PageHeader title={asset.name} />
        <ArmErrorState heading={`Couldn't load the ${words.singular}`} error={failureView(result)} onRetry={readsAgainByItself(result) ? undefined : () => void page.refetch()} retrying={page.isFetching} />
      </div>
    );
  }
  const data = result.data;
  const selected = data.selected;
  const uri = selected ? azuremlAssetUri(asset.registry.name, asset.kind, asset.name, selected.version) : '';
  return (
    <div className={styles.root}>
      <PageHeader
        title={asset.name}
        description={
          <span className={styles.description}>
            <span>
              {words.singular[0].toUpperCase() + words.singular.slice(1)} in{' '}
              <Link href={assetTabHref(asset.registry, asset.kind)} onClick={navigate}>
                {asset.registry.name}
              </Link>
              {data.asset.description ? ` · ${data.asset.description}` : ''}
            </span>
            {data.asset.isArchived && <Badge appearance="outline" color="informative">Archived</Badge>}
          </span>
        }
      />
      <AssetManageBar
        asset={data.asset}
        version={selected}
        access={access}
        setArchived={(input) => actions.setArchived(arg, input)}
        onChanged={refresh}
        onEditTags={() => setDialog('tags')}
        onDelete={() => setDialog('delete')}
      />
      {data.missingVersion && (
        <MessageBar intent="warning" role="alert">
          <MessageBarBody>
            Version {data.missingVersion} of {asset.name} does not exist. <Link href={assetHref(asset)} onClick={navigate}>Show the latest version</Link>
          </MessageBarBody>
        </MessageBar>
      )}
      <section className={styles.section} aria-labelledby="versions-heading">
        <Subtitle2 as="h2" id="versions-heading">Versions ({data.versions.length})</Subtitle2>
        <VersionsTable versions={data.versions} selected={selected?.version ?? null} hrefOf={(v) => assetHref(asset, v)} readAt={data.readAt} onNavigate={navigate} />
      </section>
      {selected && (
        <div className={styles.columns}>
          <div className={styles.column}>
            <VersionProperties version={selected} />
            <ReplicationTable version={selected} />
          </div>
          <div className={styles.column}>
            <ArtifactFilesSection asset={asset} version={selected} />
            <AssetSnippetsSection registry={asset.registry.name} kind={asset.kind} name={asset.name} version={selected.version} />
          </div>
        </div>
      )}
      {selected && (
        <AssetVersionDialogs
          dialog={dialog}
          onDialog={setDialog}
          tags={{
            tags: selected.tags,
            description: selected.description,
            onSubmit: (input) => actions.updateVersion(arg, selected.version, input),
            onSaved: () => void refresh(),
          }}
          remove={{
            name: asset.name,
            version: selected.version,
            uri,
            onSubmit: (input) => actions.deleteVersion(arg, input),
            onDeleted: async () => {
              await refresh();
              router.replace(assetHref(asset));
            },
          }}
        />
      )}
    </div>
  );
}
