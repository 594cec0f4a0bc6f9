// Routes of the upload/download location calls: startPendingUpload on model, data and code versions
// (assets/write: it prepares a publish) and GetBlobReferenceSAS on datareferences (assets/read: it reads).
import type { RequestContext } from '../http/request-context';
import { rpContextOf } from '../http/request-context';
import type { Route } from '../router/route';
import type { AssetKind } from '../store/assets';
import { assetRoute } from './asset-routes-shared';
import { getBlobReferenceSas, startPendingUpload } from './pending-upload';

const REGISTRY = '/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/registries/{registryName}';

const versionRef = (ctx: RequestContext, kind: AssetKind) => ({
  subscriptionId: ctx.params.subscriptionId,
  resourceGroup: ctx.params.resourceGroupName,
  registryName: ctx.params.registryName,
  kind,
  name: ctx.params.assetName,
  version: ctx.params.version,
});

const pendingUpload = (kind: AssetKind): Route =>
  assetRoute('POST', `${REGISTRY}/${kind}/{assetName}/versions/{version}/startPendingUpload`, 'write', (ctx) => startPendingUpload(rpContextOf(ctx), versionRef(ctx, kind), ctx.body));

/** startPendingUpload (models, data, codes) and datareferences. */
export const PENDING_UPLOAD_ROUTES: readonly Route[] = [
  pendingUpload('models'),
  pendingUpload('data'),
  pendingUpload('codes'),
  assetRoute('POST', `${REGISTRY}/datareferences/{assetName}/versions/{version}`, 'read', (ctx) => {
    const { kind: _kind, ...ref } = versionRef(ctx, 'data');
    return getBlobReferenceSas(rpContextOf(ctx), ref, ctx.body);
  }),
];
