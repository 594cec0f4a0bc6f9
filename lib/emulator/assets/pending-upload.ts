// startPendingUpload (models, data, codes) and GetBlobReferenceSAS (datareferences), mfe.json 2025-09-01.
// Both hand out container SAS URIs on the emulator's own blob endpoint (`{emulator}/_blob/{account}/…`),
// in the registry's primary storage account (the one registry provisioning created), so uploads and
// downloads never pass through ARM. Same pendingUploadId → same upload container (create-or-get).
import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { OperationResult, RpContext } from '../context';
import { userError } from '../errors';
import { blobRoot } from '../blob/blob-root';
import { containerDir } from '../blob/blob-disk';
import { signContainerSas } from '../blob/blob-sas';
import type { RegistryRecord } from '../store/registries';
import { listOwnedResources } from '../store/resources';
import type { AssetVersionRef } from './asset-versions-rp';
import { requireRegistry, resolveAsset } from './asset-scope';
import { checkAssetVersion } from './asset-validation';

/** How long an upload SAS stays valid. */
const UPLOAD_SAS_HOURS = 24;
/** How long a download SAS stays valid. */
const READ_SAS_HOURS = 1;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function primaryStorage(ctx: RpContext, registry: RegistryRecord): { name: string; id: string } {
  const account = listOwnedResources(ctx.emulator.db, registry.idKey).find((r) => r.role === 'storage' && r.region === registry.location && r.provisioningState === 'Succeeded');
  if (!account) throw userError(`The registry '${registry.name}' has no storage account ready in ${registry.location} yet; try again when it has finished provisioning.`);
  return { name: account.name, id: account.id };
}

// A blob container name is 3-63 lowercase letters, digits and single hyphens: a GUID id is used as is,
// anything else is hashed to one, so the same pendingUploadId always finds the same container.
function uploadContainerName(pendingUploadId: string): string {
  const lower = pendingUploadId.toLowerCase();
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(lower)) return lower;
  return createHash('sha256').update(pendingUploadId, 'utf8').digest('hex').slice(0, 32);
}

/** POST …/{models|data|codes}/{name}/versions/{version}/startPendingUpload. */
export function startPendingUpload(ctx: RpContext, ref: AssetVersionRef, body: unknown): OperationResult {
  const { registry } = resolveAsset(ctx, ref, { forWrite: true });
  checkAssetVersion(ref.kind, ref.version);
  const request = isObject(body) ? body : {};
  const type = request.pendingUploadType ?? 'TemporaryBlobReference';
  if (type !== 'None' && type !== 'TemporaryBlobReference') throw userError("pendingUploadType must be 'None' or 'TemporaryBlobReference'.", 'pendingUploadType');
  const pendingUploadId = typeof request.pendingUploadId === 'string' && request.pendingUploadId ? request.pendingUploadId : randomUUID();
  const account = primaryStorage(ctx, registry);
  const container = uploadContainerName(pendingUploadId);
  mkdirSync(join(containerDir(blobRoot(ctx.emulator), account.name, container), 'blobs'), { recursive: true });
  const blobUri = `${ctx.baseUrl}/_blob/${account.name}/${container}`;
  const sas = signContainerSas(ctx.emulator, { account: account.name, container, permissions: 'rcwl', expiresOn: new Date(ctx.now + UPLOAD_SAS_HOURS * 3_600_000) });
  return {
    status: 200,
    body: {
      blobReferenceForConsumption: { blobUri, storageAccountArmId: account.id, credential: { credentialType: 'SAS', sasUri: `${blobUri}?${sas}` } },
      pendingUploadId,
      pendingUploadType: 'TemporaryBlobReference',
    },
  };
}

// A blob URI of this emulator: same origin as the request, or any loopback origin on either listener (the
// emulator only listens on loopback, a restart may move it to another port, and a file uploaded by azure-ai-ml
// over https is read back by the console over http).
function isThisEmulator(url: URL, baseUrl: string): boolean {
  if (url.origin === new URL(baseUrl).origin) return true;
  return (url.protocol === 'http:' || url.protocol === 'https:') && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
}

/** POST …/registries/{r}/datareferences/{name}/versions/{version}: a read SAS for a blob of this registry (GetBlobReferenceSAS). */
export function getBlobReferenceSas(ctx: RpContext, ref: Omit<AssetVersionRef, 'kind'>, body: unknown): OperationResult {
  const registry = requireRegistry(ctx, ref, { forWrite: false });
  const request = isObject(body) ? body : {};
  if (typeof request.blobUri !== 'string') throw userError("'blobUri' is required: the URI of the blob to read.", 'blobUri');
  let url: URL;
  try {
    url = new URL(request.blobUri);
  } catch {
    throw userError(`'${request.blobUri}' is not a URI.`, 'blobUri');
  }
  const m = /^\/_blob\/([a-z0-9]{3,24})\/([a-z0-9-]{3,63})(\/.*)?$/.exec(url.pathname);
  const owned = listOwnedResources(ctx.emulator.db, registry.idKey).filter((r) => r.role === 'storage');
  const account = m && owned.find((r) => r.name === m[1]);
  if (!m || !account || !isThisEmulator(url, ctx.baseUrl)) throw userError(`'${request.blobUri}' is not a blob in the storage of registry '${registry.name}'.`, 'blobUri');
  const sas = signContainerSas(ctx.emulator, { account: m[1], container: m[2], permissions: 'rl', expiresOn: new Date(ctx.now + READ_SAS_HOURS * 3_600_000) });
  // Answered on the origin the caller used: stored URIs (seeded ones say 127.0.0.1:4510) outlive a port change.
  const blobUri = `${ctx.baseUrl}${url.pathname}`;
  return {
    status: 200,
    body: { blobReferenceForConsumption: { blobUri, storageAccountArmId: account.id, credential: { credentialType: 'SAS', sasUri: `${blobUri}?${sas}` } } },
  };
}
