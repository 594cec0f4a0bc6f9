'use client';
// The client side of the registry page: reads the hydrated queries, renders the header and tabs, and wires
// the dialogs to this route's actions. A started operation is polled by OperationBanner and kept in the URL
// (useUrlOperation), so a reload resumes it; meanwhile the registry is re-read so new regions' resources
// appear as ARM creates them.
import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Tab, TabList, tokens } from '@fluentui/react-components';
import { ArrowClockwise20Regular, Delete20Regular, Tag20Regular } from '@fluentui/react-icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useCallback, useState } from 'react';
import { AccessControlTab } from '@/components/access-control/access-control-tab';
import { ArmErrorState } from '@/components/arm-error/arm-error-state';
import { AddRegionsDialog } from '@/components/registry-page/add-regions-dialog';
import { ConnectPanel } from '@/components/registry-page/connect-panel';
import { DeleteRegistryDialog } from '@/components/registry-page/delete-registry-dialog';
import { DeploymentsPanel } from '@/components/registry-page/deployments-panel';
import { EditTagsDialog } from '@/components/registry-page/edit-tags-dialog';
import { ExportPanel } from '@/components/registry-page/export-panel';
import { GuardedButton } from '@/components/registry-page/guarded-button';
import { showNavigationToast } from '@/components/registry-page/navigation-toast';
import { OperationBanner } from '@/components/registry-page/operation-banner';
import type { OperationPoll } from '@/lib/registries/operation-types';
import { OverviewPanel } from '@/components/registry-page/overview-panel';
import type { RegionDetails } from '@/lib/registries/registry-details';
import { RegistryPageSkeleton } from '@/components/registry-page/registry-page-skeleton';
import type { RegistryRef } from '@/lib/registries/registry-ref';
import { RegionsPanel } from '@/components/registry-page/regions-panel';
import { RemoveRegionDialog } from '@/components/registry-page/remove-region-dialog';
import { UnfollowableOperationBar } from '@/components/registry-page/unfollowable-operation-bar';
import { useUrlOperation } from '@/components/registry-page/use-url-operation';
import { UNKNOWN_ACCESS } from '@/lib/registries/write-access';
import { PageHeader } from '@/components/shell/page-header';
import { useThemePreference } from '@/components/theme/theme-context';
import { newRegionStorageSummary } from '@/components/registry-page/storage-summary';
import { ACCESS_CONTROL_ACTIONS } from './access-control-actions';
import { addRegionsAction } from './add-regions-action';
import { deleteRegistryAction } from './delete-registry-action';
import { deploymentsQuery, registryDetailsQuery, registryQueryKey, writeAccessQuery } from './registry-query';
import { removeRegionsAction } from './remove-regions-action';
import { updateTagsAction } from './update-tags-action';
import { failureView } from '@/lib/action-kit/action-result';

/** The registry page's tabs, in order; the `tab` search parameter selects one. */
const TABS = [
  ['overview', 'Overview'],
  ['regions', 'Regions'],
  ['connect', 'Connect'],
  ['deployments', 'Deployments'],
  ['access-control', 'Access control'],
  ['export', 'Export'],
] as const;
type TabKey = (typeof TABS)[number][0];

// While an operation runs the registry is re-read this often, so regions appear and disappear live.
const DETAILS_REFRESH_MS = 2000;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  panel: { paddingTop: tokens.spacingVerticalS },
  // MessageBar text must wrap inside the bar (long ARM messages and role names).
  wrap: { whiteSpace: 'normal', minWidth: 0 },
});

/** The registry page body for `registry`. */
export function RegistryView({ registry }: { registry: RegistryRef }) {
  const styles = useStyles();
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const queryClient = useQueryClient();
  const { resolved: theme } = useThemePreference();
  const tab: TabKey = TABS.some(([key]) => key === searchParams.get('tab')) ? (searchParams.get('tab') as TabKey) : 'overview';
  const { operation, ended: operationEnded, invalidReason, start, end: endOperation, dismiss: dismissOperation } = useUrlOperation(registry.name);
  const running = operation !== null && !operationEnded;
  // A registry being deleted is not re-read: it answers 404 before the delete operation reports Succeeded.
  const watchRegions = running && operation.kind !== 'delete';
  const details = useQuery({ ...registryDetailsQuery(registry), refetchInterval: watchRegions ? DETAILS_REFRESH_MS : false });
  const access = useQuery(writeAccessQuery(registry)).data;
  const deployments = useQuery({ ...deploymentsQuery(registry), enabled: tab === 'deployments' });
  const [dialog, setDialog] = useState<'add' | 'tags' | 'delete' | null>(null);
  const [removing, setRemoving] = useState<RegionDetails | null>(null);

  const writeAccess = access?.ok ? access.data : UNKNOWN_ACCESS;
  const runningReason = running ? 'Another change to this registry is running; wait for it to finish.' : null;
  const writeBlocked = (writeAccess.canWrite ? null : writeAccess.reason) ?? runningReason;
  const deleteBlocked = (writeAccess.canDelete ? null : writeAccess.reason) ?? runningReason;

  const refreshAll = useCallback(() => {
    void queryClient.invalidateQueries({ queryKey: registryQueryKey(registry) });
    // The list shows tags and regions too; its cached copy is stale now.
    void queryClient.invalidateQueries({ queryKey: ['registries'] });
  }, [queryClient, registry]);
  const onFinished = useCallback(
    (poll: OperationPoll) => {
      // Cleared first even when leaving: Back must not land on a link that replays the finished delete.
      endOperation();
      if (operation?.kind === 'delete' && poll.status === 'Succeeded') {
        // Not a re-read of the registry (it is gone): the list's cached rows are what is stale now.
        void queryClient.invalidateQueries({ queryKey: ['registries'] });
        showNavigationToast({ title: 'Registry deleted', body: `${registry.name} and its managed resource group were deleted.`, intent: 'success', theme });
        router.push('/registries');
        return;
      }
      refreshAll();
    },
    [endOperation, operation, queryClient, refreshAll, registry.name, router, theme],
  );
  const selectTab = (next: TabKey) => {
    const params = new URLSearchParams(searchParams.toString());
    if (next === 'overview') params.delete('tab');
    else params.set('tab', next);
    const query = params.toString();
    // The native history API updates useSearchParams without a server round trip (no ARM re-read per tab).
    window.history.replaceState(null, '', query ? `${pathname}?${query}` : pathname);
  };

  const banner = operation ? (
    <OperationBanner
      key={operation.handle}
      registry={registry}
      operation={operation}
      onFinished={onFinished}
      onUnfollowable={endOperation}
      onDismiss={dismissOperation}
    />
  ) : (
    invalidReason && <UnfollowableOperationBar reason={invalidReason} onDismiss={dismissOperation} />
  );
  const result = details.data;
  if (!result) return <RegistryPageSkeleton />;
  if (!result.ok) {
    return (
      <>
        <PageHeader title={registry.name} />
        {banner}
        <ArmErrorState
          heading="Couldn't load the registry"
          error={failureView(result)}
          onRetry={() => void details.refetch()}
          retrying={details.isFetching}
        />
      </>
    );
  }
  const data = result.data;
  const view = data.view;
  const primary = data.regions.find((r) => r.isPrimary);
  return (
    <div className={styles.root}>
      <PageHeader
        title={view.name}
        description={`Azure Machine Learning registry · resource group ${view.resourceGroup} · ${data.subscriptionName ?? view.subscriptionId}`}
        actions={
          <>
            <GuardedButton icon={<ArrowClockwise20Regular />} blockedReason={null} onClick={refreshAll} disabled={details.isFetching}>
              Refresh
            </GuardedButton>
            <GuardedButton icon={<Tag20Regular />} blockedReason={writeBlocked} onClick={() => setDialog('tags')}>
              Edit tags
            </GuardedButton>
            <GuardedButton icon={<Delete20Regular />} blockedReason={deleteBlocked} onClick={() => setDialog('delete')}>
              Delete
            </GuardedButton>
          </>
        }
      />
      {writeAccess.reason && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody className={styles.wrap}>
            <MessageBarTitle>Read-only</MessageBarTitle>
            {writeAccess.reason}
          </MessageBarBody>
        </MessageBar>
      )}
      {banner}
      <TabList selectedValue={tab} onTabSelect={(_, d) => selectTab(d.value as TabKey)} aria-label="Registry sections">
        {TABS.map(([key, label]) => (
          <Tab key={key} value={key}>
            {label}
          </Tab>
        ))}
      </TabList>
      <div role="tabpanel" aria-label={TABS.find(([key]) => key === tab)?.[1]} className={styles.panel}>
        {tab === 'overview' && <OverviewPanel details={data} />}
        {tab === 'regions' && <RegionsPanel details={data} writeBlocked={writeBlocked} onAdd={() => setDialog('add')} onRemove={setRemoving} />}
        {tab === 'connect' && <ConnectPanel snippets={data.connect} />}
        {tab === 'deployments' && <DeploymentsPanel result={deployments.data} resourceGroup={view.resourceGroup} />}
        {tab === 'access-control' && (
          <AccessControlTab subscriptionId={registry.subscriptionId} resourceGroup={registry.resourceGroup} registryName={registry.name} actions={ACCESS_CONTROL_ACTIONS} />
        )}
        {tab === 'export' && <ExportPanel exports={data.exports} registryName={view.name} />}
      </div>
      <AddRegionsDialog
        open={dialog === 'add'}
        options={data.addableRegions}
        storageSummary={newRegionStorageSummary(data)}
        onOpenChange={(open) => setDialog(open ? 'add' : null)}
        onSubmit={(regions) => addRegionsAction(registry, { regions })}
        onStarted={start}
      />
      <RemoveRegionDialog
        region={removing}
        primaryLabel={primary?.label ?? view.location}
        acrName={data.containerRegistry?.name ?? null}
        onClose={() => setRemoving(null)}
        onSubmit={(regions) => removeRegionsAction(registry, { regions })}
        onStarted={start}
      />
      <EditTagsDialog
        open={dialog === 'tags'}
        tags={view.tags}
        description={view.description}
        onOpenChange={(open) => setDialog(open ? 'tags' : null)}
        onSubmit={(input) => updateTagsAction(registry, input)}
        onSaved={refreshAll}
      />
      <DeleteRegistryDialog
        open={dialog === 'delete'}
        name={view.name}
        managedResourceGroup={view.managedResourceGroupName}
        onOpenChange={(open) => setDialog(open ? 'delete' : null)}
        onSubmit={(confirmName) => deleteRegistryAction(registry, { confirmName })}
        onStarted={(op) => {
          if (op) return start(op);
          // ARM had nothing left to delete (200/204): the registry is already gone.
          void queryClient.invalidateQueries({ queryKey: ['registries'] });
          showNavigationToast({ title: 'Registry deleted', body: `${registry.name} no longer exists.`, intent: 'success', theme });
          router.push('/registries');
        }}
      />
    </div>
  );
}
