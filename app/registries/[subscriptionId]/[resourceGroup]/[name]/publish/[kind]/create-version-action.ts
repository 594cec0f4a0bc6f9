'use server';
// The last step of publishing: the same checks as the form, then PUT the new version (an LRO that the asset
// page follows; this action does not wait for it). With files, the upload container comes from ARM again
// (startPendingUpload with the same pendingUploadId), never from the browser, so the version can only point
// at the registry's own storage.
import { invalidInput, type ActionResult } from '@/lib/action-kit/action-result';
import { beginCreateOrUpdateAssetVersion, startPendingUpload } from '@/lib/arm/registry-assets';
import { publishedAssetHref } from '@/lib/registries/assets/publish-common';
import { assetIdentity, uploadOf, versionBodyOf } from '@/lib/registries/assets/publish-input';
import { CONSOLE_ACTIONS } from '@/lib/session/rbac/console-actions';
import { runRegistryAction } from '../../run-action';
import { assetRegistry, checkPublishInput, parsePendingUploadId, refuseExistingVersion } from './publish-action-steps';

/** The new version's asset page. */
export interface PublishedVersion {
  href: string;
}

/** Creates the version a publish form describes (after its files were uploaded, for kinds that have files). */
export async function createVersionAction(ref: unknown, rawInput: unknown, rawPendingUploadId?: unknown): Promise<ActionResult<PublishedVersion>> {
  return runRegistryAction(ref, async (client, r) => {
    const checked = checkPublishInput(rawInput);
    if (!checked.ok) return checked;
    const input = checked.input;
    const { kind, name, version } = assetIdentity(input);
    const upload = uploadOf(input);
    const pendingUploadId = parsePendingUploadId(rawPendingUploadId);
    if (pendingUploadId === 'invalid' || (upload && !pendingUploadId)) return invalidInput('Upload the files first: this version has no upload to point at.');
    const existing = await refuseExistingVersion(client, r, input);
    if (existing) return existing;
    let containerUri: string | null = null;
    if (upload) {
      const pending = await startPendingUpload(client, assetRegistry(r), upload.armKind, name, version, { pendingUploadId, pendingUploadType: 'TemporaryBlobReference' });
      containerUri = pending.blobReferenceForConsumption?.blobUri ?? null;
      if (!containerUri) return { ok: false, message: 'Azure did not say where the uploaded files are; try again.', code: 'NoUploadLocation', status: 502 };
    }
    await beginCreateOrUpdateAssetVersion(client, assetRegistry(r), kind, name, version, versionBodyOf(input, containerUri));
    return { ok: true, data: { href: publishedAssetHref(r, kind, name, version) } };
  }, CONSOLE_ACTIONS.assetsWrite);
}
