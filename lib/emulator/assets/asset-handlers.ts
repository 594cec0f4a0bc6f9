// HTTP handlers of the registry asset API: turn the request into an asset RP call, apply the list
// parameters mfe.json gives each list, and page with nextLink.
import type { OperationResult } from '../context';
import { operationNotFound } from '../errors';
import { paginate } from '../http/paging';
import type { RequestContext } from '../http/request-context';
import { rpContextOf } from '../http/request-context';
import { getAssetOperation } from '../store/asset-operations';
import type { AssetKind } from '../store/assets';
import { getSubscription } from '../store/subscriptions';
import { deleteAssetContainer, getAssetContainer, listAssetContainerRecords, putAssetContainer, toWireContainers } from './asset-containers-rp';
import { ASSET_KINDS } from './asset-kinds';
import { byView, listViewTypeOf, matchesKeyValues, parseKeyValueFilter, sortVersions, topOf, versionOrderOf } from './asset-list-query';
import type { AssetRef } from './asset-scope';
import type { AssetVersionRef } from './asset-versions-rp';
import { deleteAssetVersion, getAssetVersion, listAssetVersionRecords, putAssetVersion, toWireVersions } from './asset-versions-rp';

const containerRef = (ctx: RequestContext, kind: AssetKind): AssetRef => ({
  subscriptionId: ctx.params.subscriptionId,
  resourceGroup: ctx.params.resourceGroupName,
  registryName: ctx.params.registryName,
  kind,
  name: ctx.params.assetName,
});

const versionRef = (ctx: RequestContext, kind: AssetKind): AssetVersionRef => ({ ...containerRef(ctx, kind), version: ctx.params.version });

/** The handlers of one asset kind. */
export function assetHandlers(kind: AssetKind) {
  const spec = ASSET_KINDS[kind];
  return {
    listContainers(ctx: RequestContext): OperationResult {
      const view = spec.containerListViewType ? listViewTypeOf(ctx.query) : 'All';
      const rp = rpContextOf(ctx);
      const { registry, containers } = listAssetContainerRecords(rp, containerRef(ctx, kind), view);
      // Page the rows first: latest/next version is computed only for the containers on this page.
      const page = paginate(ctx, containers);
      return { status: 200, body: { ...page, value: toWireContainers(rp, registry, page.value) } };
    },
    getContainer: (ctx: RequestContext) => getAssetContainer(rpContextOf(ctx), containerRef(ctx, kind)),
    putContainer: (ctx: RequestContext) => putAssetContainer(rpContextOf(ctx), containerRef(ctx, kind), ctx.body),
    deleteContainer: (ctx: RequestContext) => deleteAssetContainer(rpContextOf(ctx), containerRef(ctx, kind)),
    listVersions(ctx: RequestContext): OperationResult {
      const rp = rpContextOf(ctx);
      const { registry, versions } = listAssetVersionRecords(rp, containerRef(ctx, kind));
      const q = spec.versionList;
      let selected = q.listViewType ? byView(versions, listViewTypeOf(ctx.query)) : versions;
      if (q.tagsParameter) {
        const tags = parseKeyValueFilter(ctx.query.get(q.tagsParameter));
        selected = selected.filter((v) => matchesKeyValues(v.properties.tags as Record<string, string>, tags));
      }
      if (q.modelFilters) {
        const version = ctx.query.get('version');
        const description = ctx.query.get('description');
        const properties = parseKeyValueFilter(ctx.query.get('properties'));
        selected = selected.filter(
          (v) =>
            (version === null || v.version === version) &&
            (description === null || v.properties.description === description) &&
            matchesKeyValues(v.properties.properties as Record<string, string>, properties),
        );
      }
      const ordered = sortVersions(selected, versionOrderOf(ctx.query));
      const pageSize = topOf(ctx.query, ctx.emulator.config.pageSize) ?? ctx.emulator.config.pageSize;
      const page = paginate(ctx, ordered, pageSize);
      return { status: 200, body: { ...page, value: toWireVersions(rp, registry, page.value) } };
    },
    getVersion: (ctx: RequestContext) => getAssetVersion(rpContextOf(ctx), versionRef(ctx, kind)),
    putVersion: (ctx: RequestContext) => putAssetVersion(rpContextOf(ctx), versionRef(ctx, kind), ctx.body),
    deleteVersion: (ctx: RequestContext) => deleteAssetVersion(rpContextOf(ctx), versionRef(ctx, kind)),
  };
}

function requireOperation(ctx: RequestContext) {
  const op = getAssetOperation(ctx.emulator.db, ctx.params.operationId);
  const sub = getSubscription(ctx.emulator.db, ctx.params.subscriptionId);
  if (!op || !sub || op.subscriptionId !== sub.id || op.location.toLowerCase() !== ctx.params.location.toLowerCase()) throw operationNotFound(ctx.params.operationId);
  return op;
}

/** GET …/locations/{location}/mfeOperationsStatus/{id}: the Azure-AsyncOperation resource (always 200). */
export function getAssetOperationStatus(ctx: RequestContext): OperationResult {
  const op = requireOperation(ctx);
  const done = ctx.now >= op.endAt;
  const body: Record<string, unknown> = {
    id: `/subscriptions/${op.subscriptionId}/providers/Microsoft.MachineLearningServices/locations/${op.location}/mfeOperationsStatus/${op.id}`,
    name: op.id,
    status: done ? 'Succeeded' : 'InProgress',
    startTime: new Date(op.startedAt).toISOString(),
    percentComplete: done ? 100 : Math.min(99, Math.floor(((ctx.now - op.startedAt) / Math.max(1, op.endAt - op.startedAt)) * 100)),
  };
  if (done) body.endTime = new Date(op.endAt).toISOString();
  return { status: 200, body };
}

/** GET …/locations/{location}/mfeOperationResults/{id}: the Location target — 202 while running, then 200. */
export function getAssetOperationResult(ctx: RequestContext): OperationResult {
  const op = requireOperation(ctx);
  if (ctx.now < op.endAt) {
    return { status: 202, headers: { Location: `${ctx.baseUrl}${ctx.url.pathname}${ctx.url.search}`, 'Retry-After': String(Math.max(1, Math.ceil(10 * ctx.emulator.config.timeScale))) } };
  }
  return { status: 200 };
}
