// Handlers of the upload/download location calls: startPendingUpload on model, data and code versions and
// GetBlobReferenceSAS on datareferences (routes in router/routes.ts).
import type { OperationResult } from '../context';
import type { RequestContext } from '../http/request-context';
import { rpContextOf } from '../http/request-context';
import type { AssetKind } from '../store/assets';
import { getBlobReferenceSas, startPendingUpload } from './pending-upload';

const versionRef = (ctx: RequestContext, kind: AssetKind) => ({
  subscriptionId: ctx.params.subscriptionId,
  resourceGroup: ctx.params.resourceGroupName,
  registryName: ctx.params.registryName,
  kind,
  name: ctx.params.assetName,
  version: ctx.params.version,
});

/** POST …/{models|data|codes}/{name}/versions/{version}/startPendingUpload. */
export const startPendingUploadHandler =
  (kind: AssetKind) =>
  (ctx: RequestContext): OperationResult =>
    startPendingUpload(rpContextOf(ctx), versionRef(ctx, kind), ctx.body);

/** POST …/datareferences/{name}/versions/{version} (GetBlobReferenceSAS). */
export function blobReferenceSasHandler(ctx: RequestContext): OperationResult {
  const { kind: _kind, ...ref } = versionRef(ctx, 'data');
  return getBlobReferenceSas(rpContextOf(ctx), ref, ctx.body);
}
