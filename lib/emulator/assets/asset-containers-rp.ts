// Registry asset containers (RegistryXContainers_* in mfe.json): list (listViewType where the spec has
// it), get, create-or-update (long-running: 201 + Azure-AsyncOperation when new, 200 when updated) and
// delete (202 + Location, the container and its versions go when the operation ends; 204 if absent).
import type { OperationResult, RpContext } from '../context';
import { resourceNotFound } from '../errors';
import type { AssetContainerRecord } from '../store/assets';
import { getContainer, listContainers, listVersionSummaries, markContainerDeleting, saveContainer } from '../store/assets';
import type { RegistryRecord } from '../store/registries';
import { ASSET_KINDS } from './asset-kinds';
import type { ListViewType } from './asset-list-query';
import { byView } from './asset-list-query';
import { ASSET_DELAYS } from './asset-replication';
import type { AssetRef } from './asset-scope';
import { assetDue, requireRegistry, resolveAsset, stampSystemData, startAssetOperation } from './asset-scope';
import { checkContainerProperties, requireProperties } from './asset-validation';
import type { ContainerVersionSummary } from './asset-wire';
import { assetContainerId, summarizeVersions, toWireContainer } from './asset-wire';

const notFound = (ref: AssetRef) => resourceNotFound(`Microsoft.MachineLearningServices/registries/${ref.registryName}/${ref.kind}/${ref.name}`, ref.resourceGroup);

function summaryFor(ctx: RpContext, c: AssetContainerRecord): ContainerVersionSummary {
  return summarizeVersions(listVersionSummaries(ctx.emulator.db, c));
}

/** Every container of a kind in the registry, filtered by view (kinds without listViewType list all). */
export function listAssetContainerRecords(ctx: RpContext, ref: Omit<AssetRef, 'name'>, view: ListViewType): { registry: RegistryRecord; containers: AssetContainerRecord[] } {
  const registry = requireRegistry(ctx, ref, { forWrite: false });
  const containers = listContainers(ctx.emulator.db, registry.idKey, ref.kind);
  return { registry, containers: ASSET_KINDS[ref.kind].containerListViewType ? byView(containers, view) : containers };
}

/** Containers as wire JSON (each with its version summary): called for one page at a time. */
export function toWireContainers(ctx: RpContext, registry: RegistryRecord, containers: AssetContainerRecord[]): Record<string, unknown>[] {
  return containers.map((c) => toWireContainer(registry, c, summaryFor(ctx, c), ctx.now));
}

/** GET one container. */
export function getAssetContainer(ctx: RpContext, ref: AssetRef): OperationResult {
  const { registry, key } = resolveAsset(ctx, ref, { forWrite: false });
  const c = getContainer(ctx.emulator.db, key);
  if (!c) throw notFound(ref);
  return { status: 200, body: toWireContainer(registry, c, summaryFor(ctx, c), ctx.now) };
}

/** PUT a container: description, tags, properties, isArchived. */
export function putAssetContainer(ctx: RpContext, ref: AssetRef, body: unknown): OperationResult {
  const { registry, key } = resolveAsset(ctx, ref, { forWrite: true });
  const props = requireProperties(body);
  checkContainerProperties(props);
  const existing = getContainer(ctx.emulator.db, key);
  const record: AssetContainerRecord = {
    ...key,
    description: typeof props.description === 'string' ? props.description : undefined,
    tags: (props.tags as Record<string, string> | undefined) ?? {},
    properties: (props.properties as Record<string, string> | undefined) ?? {},
    isArchived: props.isArchived === true,
    systemData: stampSystemData(ctx, existing?.systemData),
    createdAt: existing?.createdAt ?? ctx.now,
    readyAt: existing?.readyAt ?? assetDue(ctx, ASSET_DELAYS.create),
    deleteAt: null,
  };
  ctx.emulator.db.transaction(() => saveContainer(ctx.emulator.db, record))();
  const wire = toWireContainer(registry, record, summaryFor(ctx, record), ctx.now);
  if (existing && existing.deleteAt === null) return { status: 200, body: wire };
  const headers = startAssetOperation(ctx, registry, 'create', assetContainerId(registry, ref.kind, ref.name), record.readyAt);
  return { status: 201, body: wire, headers };
}

/** DELETE a container and all its versions. */
export function deleteAssetContainer(ctx: RpContext, ref: AssetRef): OperationResult {
  const { registry, key } = resolveAsset(ctx, ref, { forWrite: true });
  const c = getContainer(ctx.emulator.db, key);
  if (!c) return { status: 204 };
  const endAt = c.deleteAt ?? assetDue(ctx, ASSET_DELAYS.delete);
  ctx.emulator.db.transaction(() => markContainerDeleting(ctx.emulator.db, key, endAt))();
  return { status: 202, headers: startAssetOperation(ctx, registry, 'delete', assetContainerId(registry, ref.kind, ref.name), endAt) };
}
