'use server';
// Step 1 of publishing with files: after the same checks as the form (schema, assets/write, the version
// must be new), ask ARM for an upload location (startPendingUpload: a container SAS). The browser then sends
// the bytes straight there; this server never sees them. Called again with the pendingUploadId it returned,
// it hands back the same container, so an interrupted upload resumes where it stopped.
import { invalidInput, type ActionResult } from '@/lib/action-kit/action-result';
import { startPendingUpload } from '@/lib/arm/registry-assets';
import { assetIdentity, uploadBlobPaths, uploadOf } from '@/lib/registries/assets/publish-input';
import type { UploadTarget } from '@/lib/registries/assets/publish-upload-plan';
import { CONSOLE_ACTIONS } from '@/lib/session/rbac/console-actions';
import { runRegistryAction } from '../../run-action';
import { assetRegistry, checkPublishInput, parsePendingUploadId, refuseExistingVersion } from './publish-action-steps';

/** Starts (or resumes, given its pendingUploadId) the upload of a publish form's files. */
export async function startUploadAction(ref: unknown, rawInput: unknown, rawPendingUploadId?: unknown): Promise<ActionResult<UploadTarget>> {
  return runRegistryAction(ref, async (client, r) => {
    const checked = checkPublishInput(rawInput);
    if (!checked.ok) return checked;
    const upload = uploadOf(checked.input);
    if (!upload) return invalidInput('This asset has no files to upload.');
    const pendingUploadId = parsePendingUploadId(rawPendingUploadId);
    if (pendingUploadId === 'invalid') return invalidInput('That upload id is not one ARM issued (a GUID).');
    const existing = await refuseExistingVersion(client, r, checked.input);
    if (existing) return existing;
    const { name, version } = assetIdentity(checked.input);
    const pending = await startPendingUpload(client, assetRegistry(r), upload.armKind, name, version, { pendingUploadId, pendingUploadType: 'TemporaryBlobReference' });
    const sasUri = pending.blobReferenceForConsumption?.credential?.sasUri;
    if (!sasUri || !pending.pendingUploadId) return { ok: false, message: 'Azure did not return an upload location for these files; try again.', code: 'NoUploadLocation', status: 502 };
    return { ok: true, data: { pendingUploadId: pending.pendingUploadId, sasUri, blobPaths: uploadBlobPaths(checked.input) } };
  }, CONSOLE_ACTIONS.assetsWrite);
}
