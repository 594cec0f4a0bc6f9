// This route's actions, in the shape the asset page asks for (components never import app/).
import type { AssetPageActions } from '@/components/registry-assets/asset-actions';
import { getAssetAccessAction } from '../../../get-asset-access-action';
import { deleteAssetVersionAction } from './delete-asset-version-action';
import { getAssetPageAction, listAssetFilesAction } from './get-asset-page-action';
import { setAssetArchivedAction } from './set-asset-archived-action';
import { updateAssetVersionAction } from './update-asset-version-action';

/** The server actions the asset page calls. */
export const ASSET_PAGE_ACTIONS: AssetPageActions = {
  load: getAssetPageAction,
  listFiles: listAssetFilesAction,
  updateVersion: updateAssetVersionAction,
  setArchived: setAssetArchivedAction,
  deleteVersion: deleteAssetVersionAction,
  access: getAssetAccessAction,
};
