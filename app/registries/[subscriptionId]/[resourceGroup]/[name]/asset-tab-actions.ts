// This route's asset tab actions, in the shape the tabs ask for (components never import app/).
import type { AssetTabActions } from '@/components/registry-assets/asset-actions';
import { getAssetAccessAction } from './get-asset-access-action';
import { countAssetVersionsAction, listAssetsPageAction } from './list-assets-action';

/** The server actions the registry page hands its Models, Environments, Components and Data tabs. */
export const ASSET_TAB_ACTIONS: AssetTabActions = {
  listPage: listAssetsPageAction,
  countVersions: countAssetVersionsAction,
  access: getAssetAccessAction,
};
