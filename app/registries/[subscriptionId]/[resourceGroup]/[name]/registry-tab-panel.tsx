'use client';
// The registry page's selected tab: which panel shows and what each is given. Overview, the tab a
// registry opens on, is in the page's first download and its server HTML; every other panel is downloaded
// when its tab is first selected (or when the URL names it), so Access control's forms and Export's files
// cost nothing until wanted.
import dynamic from 'next/dynamic';
import { OverviewPanel } from '@/components/registry-page/overview-panel';
import type { ActionResult } from '@/lib/action-kit/action-result';
import type { DeploymentHistoryRow } from '@/lib/registries/deployment-history';
import type { RegionDetails, RegistryDetails } from '@/lib/registries/registry-details';
import type { RegistryRef } from '@/lib/registries/registry-ref';
import { ACCESS_CONTROL_ACTIONS } from './access-control-actions';
import { ASSET_TAB_ACTIONS } from './asset-tab-actions';
import type { TabKey } from './registry-tabs';

// `loading` gives each its own Suspense boundary: without it, a first render whose code is still downloading
// suspends the route's loading.tsx and the whole page flashes, taking focus with it. Browser only: a panel
// rendered by the server would hydrate only after its code arrived, later than the rest of the page, and a
// click on its server HTML in between would be lost; a person sees it once it works.
const AccessControlTab = dynamic(() => import('@/components/access-control/access-control-tab').then((m) => m.AccessControlTab), { ssr: false, loading: () => null });
const ConnectPanel = dynamic(() => import('@/components/registry-page/connect-panel').then((m) => m.ConnectPanel), { ssr: false, loading: () => null });
const DeploymentsPanel = dynamic(() => import('@/components/registry-page/deployments-panel').then((m) => m.DeploymentsPanel), { ssr: false, loading: () => null });
const ExportPanel = dynamic(() => import('@/components/registry-page/export-panel').then((m) => m.ExportPanel), { ssr: false, loading: () => null });
const RegionsPanel = dynamic(() => import('@/components/registry-page/regions-panel').then((m) => m.RegionsPanel), { ssr: false, loading: () => null });
// The asset tabs' first page is still prefetched by the server render (page.tsx): it arrives with the page's data.
const AssetTab = dynamic(() => import('@/components/registry-assets/asset-tab').then((m) => m.AssetTab), { ssr: false, loading: () => null });

/** The panel of `tab`. */
export function RegistryTabPanel({ tab, registry, data, deployments, writeBlocked, onAdd, onRemove }: {
  tab: TabKey;
  registry: RegistryRef;
  data: RegistryDetails;
  deployments: ActionResult<DeploymentHistoryRow[]> | undefined;
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
