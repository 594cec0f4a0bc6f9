'use client';
// The client side of the registry page: reads the hydrated queries, renders the header and tabs, and wires
// the dialogs to this route's actions. A started operation is polled by OperationBanner and kept in the URL
// (useUrlOperation), so a reload resumes it; meanwhile the registry is re-read so new regions' resources
// appear as ARM creates them.
import { makeStyles, tokens } from '@fluentui/react-components';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ArmErrorState } from '@/components/arm-error/arm-error-state';
import { OperationBanner } from '@/components/registry-page/operation-banner';
import { RegistryPageSkeleton } from '@/components/registry-page/registry-page-skeleton';
import { UnfollowableOperationBar } from '@/components/registry-page/unfollowable-operation-bar';
import { useUrlOperation } from '@/components/registry-page/use-url-operation';
import { PageHeader } from '@/components/shell/page-header';
import { failureView } from '@/lib/action-kit/action-result';
import { readsAgainByItself } from '@/lib/action-kit/reads-again';
import type { RegionDetails } from '@/lib/registries/registry-details';
import type { RegistryRef } from '@/lib/registries/registry-ref';
import { deleteBlockedReason, UNKNOWN_ACCESS, writeBlockedReason } from '@/lib/registries/write-access';
import { RegistryDialogs, type OpenDialog } from './registry-dialogs';
import { RegistryHeader } from './registry-header';
import { deploymentsQuery, registryDetailsQuery, writeAccessQuery } from './registry-query';
import { RegistryTabPanel } from './registry-tab-panel';
import { RegistryTabs, useSelectedTab } from './registry-tabs';
import { useRegistryRefresh } from './use-registry-refresh';

// While an operation runs the registry is re-read this often, so regions appear and disappear live.
const DETAILS_REFRESH_MS = 2000;
const RUNNING_REASON = 'Another change to this registry is running; wait for it to finish.';

const useStyles = makeStyles({ root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM } });

/** The registry page body for `registry`. */
export function RegistryView({ registry }: { registry: RegistryRef }) {
  const styles = useStyles();
  const [tab, selectTab] = useSelectedTab();
  const { operation, ended, invalidReason, start, end, dismiss } = useUrlOperation(registry.name);
  const running = operation !== null && !ended;
  // A registry being deleted is not re-read: it answers 404 before the delete operation reports Succeeded.
  const watchRegions = running && operation.kind !== 'delete';
  const detailsQuery = registryDetailsQuery(registry);
  const details = useQuery(watchRegions ? { ...detailsQuery, refetchInterval: DETAILS_REFRESH_MS } : detailsQuery);
  const access = useQuery(writeAccessQuery(registry)).data;
  const deployments = useQuery({ ...deploymentsQuery(registry), enabled: tab === 'deployments' });
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const [removing, setRemoving] = useState<RegionDetails | null>(null);
  const { refreshAll, leaveDeleted, finished } = useRegistryRefresh(registry, operation, end);

  const writeAccess = access?.ok ? access.data : UNKNOWN_ACCESS;
  const runningReason = running ? RUNNING_REASON : null;
  const writeBlocked = writeBlockedReason(writeAccess) ?? runningReason;
  const deleteBlocked = deleteBlockedReason(writeAccess) ?? runningReason;
  const banner = operation ? (
    <OperationBanner key={operation.handle} registry={registry} operation={operation} onFinished={finished} onUnfollowable={end} onDismiss={dismiss} />
  ) : (
    invalidReason && <UnfollowableOperationBar reason={invalidReason} onDismiss={dismiss} />
  );

  const result = details.data;
  if (!result) return <RegistryPageSkeleton />;
  if (!result.ok) {
    return (
      <>
        <PageHeader title={registry.name} />
        {banner}
        <ArmErrorState heading="Couldn't load the registry" error={failureView(result)} onRetry={readsAgainByItself(result) ? undefined : () => void details.refetch()} retrying={details.isFetching} />
      </>
    );
  }
  return (
    <div className={styles.root}>
      <RegistryHeader
        details={result.data}
        guards={{ writeBlocked, deleteBlocked, access: writeAccess, refreshing: details.isFetching }}
        onRefresh={refreshAll}
        onEditTags={() => setDialog('tags')}
        onDelete={() => setDialog('delete')}
      />
      {banner}
      <RegistryTabs tab={tab} onSelect={selectTab}>
        <RegistryTabPanel tab={tab} registry={registry} data={result.data} deployments={deployments.data} writeBlocked={writeBlocked} onAdd={() => setDialog('add')} onRemove={setRemoving} />
      </RegistryTabs>
      <RegistryDialogs
        registry={registry}
        details={result.data}
        dialog={dialog}
        removing={removing}
        onDialog={setDialog}
        onRemoving={setRemoving}
        onStarted={start}
        onSaved={refreshAll}
        onGone={() => leaveDeleted(`${registry.name} no longer exists.`)}
      />
    </div>
  );
}
