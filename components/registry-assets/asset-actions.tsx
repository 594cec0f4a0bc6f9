'use client';
// The server actions the asset tabs and the asset page call, handed in by the routes (components never
// import app/).
import type { ActionResult } from '@/lib/action-kit/action-result';
import { createActionsContext } from '@/components/action-kit/actions-context';
import type { AssetAccess } from '@/lib/registries/assets/asset-access';
import type { BrowsableAssetKind } from '@/lib/registries/assets/asset-kinds';
import type { DeleteVersionInput, EditAssetVersionInput, SetArchivedInput } from '@/lib/registries/assets/asset-edits';
import type { ArtifactFiles, AssetPageData, AssetRowsPage } from '@/lib/registries/assets/asset-view';
import type { RegistryRef } from '@/lib/registries/registry-ref';

/** What the registry page's asset tabs need. */
export interface AssetTabActions {
  listPage: (ref: RegistryRef, input: { kind: BrowsableAssetKind; view: 'ActiveOnly' | 'All'; nextLink: string | null; pages?: number }) => Promise<ActionResult<AssetRowsPage>>;
  countVersions: (ref: RegistryRef, input: { kind: BrowsableAssetKind; names: string[] }) => Promise<ActionResult<Record<string, number>>>;
  access: (ref: RegistryRef) => Promise<ActionResult<AssetAccess>>;
}

const tabContext = createActionsContext<AssetTabActions>('Asset tabs');

/** Provides the tab actions. */
export const AssetTabActionsProvider = tabContext.ActionsProvider;
/** Reads the tab actions. */
export const useAssetTabActions = tabContext.useActions;

/** The plain-object asset address the asset page's actions take (parseAssetRef reads it back). */
export type AssetArgument = Record<string, string>;

/** What the asset page needs. */
export interface AssetPageActions {
  load: (ref: AssetArgument, version: string | null) => Promise<ActionResult<AssetPageData>>;
  listFiles: (ref: AssetArgument, version: string, artifactUri: string | null) => Promise<ActionResult<ArtifactFiles>>;
  updateVersion: (ref: AssetArgument, version: string, input: EditAssetVersionInput) => Promise<ActionResult<null>>;
  setArchived: (ref: AssetArgument, input: SetArchivedInput) => Promise<ActionResult<null>>;
  deleteVersion: (ref: AssetArgument, input: DeleteVersionInput) => Promise<ActionResult<null>>;
  access: (ref: RegistryRef) => Promise<ActionResult<AssetAccess>>;
}

const pageContext = createActionsContext<AssetPageActions>('Asset page');

/** Provides the asset page actions. */
export const AssetPageActionsProvider = pageContext.ActionsProvider;
/** Reads the asset page actions. */
export const useAssetPageActions = pageContext.useActions;
