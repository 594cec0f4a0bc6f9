// Registry asset versions (RegistryXVersions_* in mfe.json). A PUT of a new version is long-running
// (201 + Azure-AsyncOperation, provisioningState Creating until it ends) and creates the container when
// it does not exist yet. A PUT of an existing version may change only description, tags, isArchived and
// stage: any other difference is 409 Conflict naming the fields. DELETE is 202 + Location (204 if absent).
import type { OperationResult, RpContext } from '../context';
import { conflict, resourceNotFound } from '../errors';
import type { AssetVersionRecord, ContainerKey } from '../store/assets';
import { getContainer, getVersion, insertVersion, listVersions, markVersionDeleting, nextVersionSeq, saveContainer, updateVersion } from '../store/assets';
import { ASSET_KINDS, BASE_DEFAULTS, MUTABLE_VERSION_FIELDS, READ_ONLY_VERSION_FIELDS } from './asset-kinds';
import { ASSET_DELAYS, regionSlots } from './asset-replication';
import type { AssetRef } from './asset-scope';
import { assetDue, resolveAsset, stampSystemData, startAssetOperation } from './asset-scope';
import { checkAssetVersion, checkVersionProperties, immutableVersionConflict, requireProperties } from './asset-validation';
import { assetVersionId, toWireVersion } from './asset-wire';
import type { RegistryRecord } from '../store/registries';

/** An asset version reference. */
export interface AssetVersionRef extends AssetRef {
  version: string;
}

const notFound = (ref: AssetRef, version?: string) =>
  resourceNotFound(`Microsoft.MachineLearningServices/registries/${ref.registryName}/${ref.kind}/${ref.name}${version ? `/versions/${version}` : ''}`, ref.resourceGroup);

const SKIPPED = new Set<string>([...MUTABLE_VERSION_FIELDS, ...READ_ONLY_VERSION_FIELDS]);

/** The stored form of a version body: spec defaults applied, read-only fields dropped. */
export function normalizeVersionProperties(ref: AssetRef, props: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...BASE_DEFAULTS, ...ASSET_KINDS[ref.kind].defaults };
  for (const [k, v] of Object.entries(props)) if (v !== null && v !== undefined && !READ_ONLY_VERSION_FIELDS.includes(k as never)) out[k] = v;
  if (ref.kind === 'environments' && out.build && typeof out.build === 'object') out.build = { dockerfilePath: 'Dockerfile', ...(out.build as object) };
  if (ref.kind === 'environments') out.environmentType = 'UserCreated';
  return out;
}

// Stable JSON for comparing values whose key order may differ.
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object') return `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`).join(',')}}`;
  return JSON.stringify(v ?? null);
}

function changedImmutableFields(stored: Record<string, unknown>, requested: Record<string, unknown>): string[] {
  const keys = new Set([...Object.keys(stored), ...Object.keys(requested)].filter((k) => !SKIPPED.has(k)));
  return [...keys].filter((k) => canonical(stored[k]) !== canonical(requested[k])).sort();
}

function wire(ctx: RpContext, registry: RegistryRecord, v: AssetVersionRecord): Record<string, unknown> {
  return toWireVersion(registry, v, regionSlots(ctx.emulator, registry), ctx.emulator.config.timeScale, ctx.now);
}

/** Every version of a container (the handler filters, orders and pages). */
export function listAssetVersionRecords(ctx: RpContext, ref: AssetRef): { registry: RegistryRecord; versions: AssetVersionRecord[] } {
  const { registry, key } = resolveAsset(ctx, ref, { forWrite: false });
  if (!getContainer(ctx.emulator.db, key)) throw notFound(ref);
  return { registry, versions: listVersions(ctx.emulator.db, key) };
}

/** Versions as wire JSON, computing the registry's regions once. */
export function toWireVersions(ctx: RpContext, registry: RegistryRecord, versions: AssetVersionRecord[]): Record<string, unknown>[] {
  const slots = regionSlots(ctx.emulator, registry);
  return versions.map((v) => toWireVersion(registry, v, slots, ctx.emulator.config.timeScale, ctx.now));
}

/** GET one version. */
export function getAssetVersion(ctx: RpContext, ref: AssetVersionRef): OperationResult {
  const { registry, key } = resolveAsset(ctx, ref, { forWrite: false });
  checkAssetVersion(ref.kind, ref.version);
  const v = getVersion(ctx.emulator.db, key, ref.version);
  if (!v) throw notFound(ref, ref.version);
  return { status: 200, body: wire(ctx, registry, v) };
}

function ensureContainer(ctx: RpContext, key: ContainerKey, readyAt: number): void {
  if (getContainer(ctx.emulator.db, key)) return;
  saveContainer(ctx.emulator.db, { ...key, tags: {}, properties: {}, isArchived: false, systemData: stampSystemData(ctx), createdAt: ctx.now, readyAt, deleteAt: null });
}

/** PUT a version: create (LRO) or update its mutable fields. */
export function putAssetVersion(ctx: RpContext, ref: AssetVersionRef, body: unknown): OperationResult {
  const { registry, key } = resolveAsset(ctx, ref, { forWrite: true });
  checkAssetVersion(ref.kind, ref.version);
  const raw = requireProperties(body);
  checkVersionProperties(ref.kind, raw);
  const props = normalizeVersionProperties(ref, raw);
  const db = ctx.emulator.db;
  const existing = getVersion(db, key, ref.version);
  if (existing) {
    if (existing.deleteAt !== null) throw conflict(`The ${ASSET_KINDS[ref.kind].noun} '${ref.name}' version '${ref.version}' is being deleted.`);
    const changed = changedImmutableFields(existing.properties, props);
    if (changed.length) throw immutableVersionConflict(ASSET_KINDS[ref.kind].noun, ref.name, ref.version, changed);
    const updated: AssetVersionRecord = { ...existing, properties: props, isArchived: props.isArchived === true, systemData: stampSystemData(ctx, existing.systemData), modifiedAt: ctx.now };
    updateVersion(db, updated);
    return { status: 200, body: wire(ctx, registry, updated) };
  }
  const readyAt = assetDue(ctx, ASSET_DELAYS.create);
  const record: AssetVersionRecord = {
    ...key,
    version: ref.version,
    seq: 0,
    properties: props,
    isArchived: props.isArchived === true,
    systemData: stampSystemData(ctx),
    createdAt: ctx.now,
    modifiedAt: ctx.now,
    readyAt,
    deleteAt: null,
  };
  db.transaction(() => {
    ensureContainer(ctx, key, readyAt);
    record.seq = nextVersionSeq(db, key);
    insertVersion(db, record);
  })();
  const headers = startAssetOperation(ctx, registry, 'create', assetVersionId(registry, ref.kind, ref.name, ref.version), readyAt);
  return { status: 201, body: wire(ctx, registry, record), headers };
}

/** DELETE one version. */
export function deleteAssetVersion(ctx: RpContext, ref: AssetVersionRef): OperationResult {
  const { registry, key } = resolveAsset(ctx, ref, { forWrite: true });
  checkAssetVersion(ref.kind, ref.version);
  const v = getVersion(ctx.emulator.db, key, ref.version);
  if (!v) return { status: 204 };
  const endAt = v.deleteAt ?? assetDue(ctx, ASSET_DELAYS.delete);
  markVersionDeleting(ctx.emulator.db, key, ref.version, endAt);
  return { status: 202, headers: startAssetOperation(ctx, registry, 'delete', assetVersionId(registry, ref.kind, ref.name, ref.version), endAt) };
}
