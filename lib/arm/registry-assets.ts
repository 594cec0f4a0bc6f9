// Registry assets (mfe.json, same api-version as the registry): containers and versions of models,
// environments, components, data and codes. PUTs are LROs (201 + Azure-AsyncOperation, final state on
// the original URI), DELETEs are LROs (202 + Location; 200/204 when nothing was left to delete), lists
// page with nextLink and take the parameters the spec gives each list.
import 'server-only';
import { API_VERSIONS } from '@/lib/arm-facts/api-versions';
import type { AssetKind, ListViewType, WireAssetContainer, WireAssetVersion, WirePendingUploadRequest, WirePendingUploadResponse } from './asset-wire-types';
import type { ArmClient, ArmResponse } from './client';
import { handleFromResponse, type OperationHandle } from './lro';
import { listAll } from './paging';
import { armPath, registryPath } from './paths';
import type { ArmPage } from './wire-types';

// mfe.json (the asset API) ships in the same versions as registries.json; one pin for both.
const version = API_VERSIONS.registries;

/** The registry an asset lives in. */
export interface RegistryRef {
  subscriptionId: string;
  resourceGroup: string;
  registryName: string;
}

/** Query parameters of the version lists (each kind has the ones mfe.json gives it). */
export interface VersionListQuery {
  listViewType?: ListViewType;
  /** e.g. "createdtime desc" */
  orderBy?: string;
  top?: number;
  /** "tag1,tag2=value2": `tags` on models, `$tags` on data. */
  tags?: string;
}

const kindsWithTagsFilter: Partial<Record<AssetKind, string>> = { models: 'tags', data: '$tags' };

/** `…/registries/{registry}/{kind}` */
export function assetKindPath(ref: RegistryRef, kind: AssetKind): string {
  return `${registryPath(ref.subscriptionId, ref.resourceGroup, ref.registryName)}${armPath`/${kind}`}`;
}

/** `…/registries/{registry}/{kind}/{name}` */
export function assetContainerPath(ref: RegistryRef, kind: AssetKind, name: string): string {
  return `${assetKindPath(ref, kind)}${armPath`/${name}`}`;
}

/** `…/registries/{registry}/{kind}/{name}/versions/{version}` */
export function assetVersionPath(ref: RegistryRef, kind: AssetKind, name: string, assetVersion: string): string {
  return `${assetContainerPath(ref, kind, name)}${armPath`/versions/${assetVersion}`}`;
}

function containerQuery(kind: AssetKind, view?: ListViewType): Record<string, string> | undefined {
  return view && kind !== 'components' && kind !== 'codes' ? { listViewType: view } : undefined;
}

function versionQuery(kind: AssetKind, q: VersionListQuery = {}): Record<string, string> {
  const query: Record<string, string> = {};
  if (q.listViewType && kind !== 'components' && kind !== 'codes') query.listViewType = q.listViewType;
  if (q.orderBy) query.$orderBy = q.orderBy;
  if (q.top !== undefined) query.$top = String(q.top);
  const tagsParameter = kindsWithTagsFilter[kind];
  if (q.tags && tagsParameter) query[tagsParameter] = q.tags;
  return query;
}

/** Every container of a kind, all pages. */
export function listAssetContainers(client: ArmClient, ref: RegistryRef, kind: AssetKind, view?: ListViewType): Promise<WireAssetContainer[]> {
  return listAll<WireAssetContainer>(client, assetKindPath(ref, kind), version, containerQuery(kind, view));
}

/** One page of containers: the first (no `nextLink`) or the one a previous page's nextLink names. */
export async function listAssetContainersPage(client: ArmClient, ref: RegistryRef, kind: AssetKind, opts: { view?: ListViewType; nextLink?: string } = {}): Promise<ArmPage<WireAssetContainer>> {
  const res = await client.send<ArmPage<WireAssetContainer>>(
    opts.nextLink ? { method: 'GET', path: opts.nextLink, apiVersion: version } : { method: 'GET', path: assetKindPath(ref, kind), apiVersion: version, query: containerQuery(kind, opts.view) },
  );
  return { value: res.body?.value ?? [], nextLink: res.body?.nextLink ?? null };
}

/** One container. */
export async function getAssetContainer(client: ArmClient, ref: RegistryRef, kind: AssetKind, name: string): Promise<WireAssetContainer> {
  return (await client.send<WireAssetContainer>({ method: 'GET', path: assetContainerPath(ref, kind, name), apiVersion: version })).body;
}

// A synchronous answer still gets a handle on the resource itself, so callers always have one thing to poll.
function handleOrDone(res: ArmResponse<unknown>): OperationHandle {
  return handleFromResponse(res) ?? { kind: 'provisioning-state', pollUrl: res.request.url, resourceUrl: res.request.url, startedAt: new Date().toISOString() };
}

/** PUT a container (description, tags, properties, isArchived). */
export async function beginCreateOrUpdateAssetContainer(
  client: ArmClient,
  ref: RegistryRef,
  kind: AssetKind,
  name: string,
  body: WireAssetContainer,
): Promise<{ handle: OperationHandle; container: WireAssetContainer }> {
  const res = await client.send<WireAssetContainer>({ method: 'PUT', path: assetContainerPath(ref, kind, name), apiVersion: version, body });
  return { handle: handleOrDone(res), container: res.body };
}

/** DELETE a container and its versions: a handle for 202, null when ARM answered 200/204. */
export async function beginDeleteAssetContainer(client: ArmClient, ref: RegistryRef, kind: AssetKind, name: string): Promise<OperationHandle | null> {
  return handleFromResponse(await client.send({ method: 'DELETE', path: assetContainerPath(ref, kind, name), apiVersion: version }));
}

/** Every version of a container, all pages. */
export function listAssetVersions(client: ArmClient, ref: RegistryRef, kind: AssetKind, name: string, q?: VersionListQuery): Promise<WireAssetVersion[]> {
  return listAll<WireAssetVersion>(client, `${assetContainerPath(ref, kind, name)}/versions`, version, versionQuery(kind, q));
}

/** One page of versions: the first, or the one a previous page's nextLink names. */
export async function listAssetVersionsPage(
  client: ArmClient,
  ref: RegistryRef,
  kind: AssetKind,
  name: string,
  opts: VersionListQuery & { nextLink?: string } = {},
): Promise<ArmPage<WireAssetVersion>> {
  const res = await client.send<ArmPage<WireAssetVersion>>(
    opts.nextLink
      ? { method: 'GET', path: opts.nextLink, apiVersion: version }
      : { method: 'GET', path: `${assetContainerPath(ref, kind, name)}/versions`, apiVersion: version, query: versionQuery(kind, opts) },
  );
  return { value: res.body?.value ?? [], nextLink: res.body?.nextLink ?? null };
}

/** One version. */
export async function getAssetVersion(client: ArmClient, ref: RegistryRef, kind: AssetKind, name: string, assetVersion: string): Promise<WireAssetVersion> {
  return (await client.send<WireAssetVersion>({ method: 'GET', path: assetVersionPath(ref, kind, name, assetVersion), apiVersion: version })).body;
}

/** PUT a version: creates it (LRO), or changes what an existing version allows (description, tags, isArchived, stage). */
export async function beginCreateOrUpdateAssetVersion(
  client: ArmClient,
  ref: RegistryRef,
  kind: AssetKind,
  name: string,
  assetVersion: string,
  body: WireAssetVersion,
): Promise<{ handle: OperationHandle; version: WireAssetVersion }> {
  const res = await client.send<WireAssetVersion>({ method: 'PUT', path: assetVersionPath(ref, kind, name, assetVersion), apiVersion: version, body });
  return { handle: handleOrDone(res), version: res.body };
}

/** DELETE a version: a handle for 202, null when ARM answered 200/204. */
export async function beginDeleteAssetVersion(client: ArmClient, ref: RegistryRef, kind: AssetKind, name: string, assetVersion: string): Promise<OperationHandle | null> {
  return handleFromResponse(await client.send({ method: 'DELETE', path: assetVersionPath(ref, kind, name, assetVersion), apiVersion: version }));
}

/** POST …/versions/{version}/startPendingUpload (models, data, codes): a SAS location to upload the version's files to. */
export async function startPendingUpload(
  client: ArmClient,
  ref: RegistryRef,
  kind: 'models' | 'data' | 'codes',
  name: string,
  assetVersion: string,
  body: WirePendingUploadRequest = { pendingUploadType: 'TemporaryBlobReference' },
): Promise<WirePendingUploadResponse> {
  const path = `${assetVersionPath(ref, kind, name, assetVersion)}/startPendingUpload`;
  return (await client.send<WirePendingUploadResponse>({ method: 'POST', path, apiVersion: version, body })).body;
}

/** POST …/datareferences/{name}/versions/{version} (GetBlobReferenceSAS): a read SAS for one of the registry's blobs, e.g. a version's files. */
export async function getBlobReferenceSas(
  client: ArmClient,
  ref: RegistryRef,
  name: string,
  assetVersion: string,
  body: { assetId?: string; blobUri: string },
): Promise<WirePendingUploadResponse> {
  const path = `${registryPath(ref.subscriptionId, ref.resourceGroup, ref.registryName)}${armPath`/datareferences/${name}/versions/${assetVersion}`}`;
  return (await client.send<WirePendingUploadResponse>({ method: 'POST', path, apiVersion: version, body })).body;
}
