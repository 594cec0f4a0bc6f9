'use client';
// The registry page's selected tab: which panel shows and what each is given.
import { AccessControlTab } from '@/components/access-control/access-control-tab';
import { ConnectPanel } from '@/components/registry-page/connect-panel';
import { DeploymentsPanel } from '@/components/registry-page/deployments-panel';
import { ExportPanel } from '@/components/registry-page/export-panel';
import { OverviewPanel } from '@/components/registry-page/overview-panel';
import { RegionsPanel } from '@/components/registry-page/regions-panel';
import { AssetTab } from '@/components/registry-assets/asset-tab';
import type { RegionDetails, RegistryDetails } from '@/lib/registries/registry-details';
import type { RegistryRef } from '@/lib/registries/registry-ref';
import { ACCESS_CONTROL_ACTIONS } from './access-control-actions';
import { ASSET_TAB_ACTIONS } from './asset-tab-actions';
import type { TabKey } from './registry-tabs';

/** The panel of `tab`. */
export function RegistryTabPanel({ tab, registry, data, deployments, writeBlocked, onAdd, onRemove }: {
  tab: TabKey;
  registry: RegistryRef;
  data: RegistryDetails;
  deployments: Parameters<typeof DeploymentsPanel>[0]['result'];
  writeBlocked: string | null;
  onAdd: () => void;
  onRemove: (region: RegionDetails) => void;
}) {
  switch (tab) {
    case 'overview':
      return <OverviewPanel details={data} />;
    case 'models':
    case 'environments':
    case 'components':
    case 'data':
      return <AssetTab registry={registry} kind={tab} actions={ASSET_TAB_ACTIONS} readAt={data.readAt} />;
    case 'regions':
      return <RegionsPanel details={data} writeBlocked={writeBlocked} onAdd={onAdd} onRemove={onRemove} />;
    case 'connect':
      return <ConnectPanel snippets={data.connect} />;
    case 'deployments':
      return <DeploymentsPanel result={deployments} resourceGroup={data.view.resourceGroup} />;
    case 'access-control':
      return <AccessControlTab subscriptionId={registry.subscriptionId} resourceGroup={registry.resourceGroup} registryName={registry.name} actions={ACCESS_CONTROL_ACTIONS} />;
    case 'export':
      return <ExportPanel exports={data.exports} registryName={data.view.name} />;
  }
}
