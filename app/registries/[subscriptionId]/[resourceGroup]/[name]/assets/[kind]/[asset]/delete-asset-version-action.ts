'use server';
// Deleting a version once the person typed it: a long-running DELETE the action starts and returns from
// (ARM finishes it in the background; the page shows the version as Deleting until it is gone).
import { invalidInput, type ActionResult } from '@/lib/action-kit/action-result';
import { beginDeleteAssetVersion } from '@/lib/arm/registry-assets';
import { deleteVersionInputSchema } from '@/lib/registries/assets/asset-edits';
import { problemsOf } from '@/lib/registries/field-errors';
import { armRegistryOf } from '@/lib/registries/server/assets-list';
import { CONSOLE_ACTIONS } from '@/lib/session/rbac/console-actions';
import { runAssetAction } from './run-asset-action';

/** Starts deleting a version once the person typed it; ARM finishes the delete in the background. */
export async function deleteAssetVersionAction(ref: unknown, input: unknown): Promise<ActionResult<null>> {
  return runAssetAction(ref, async (client, r) => {
    const parsed = deleteVersionInputSchema.safeParse(input);
    if (!parsed.success) {
      const { fieldErrors, formErrors } = problemsOf(parsed.error);
      return invalidInput(formErrors[0] ?? 'Type the version to confirm.', fieldErrors);
    }
    await beginDeleteAssetVersion(client, armRegistryOf(r.registry), r.kind, r.name, parsed.data.version);
    return { ok: true, data: null };
  }, CONSOLE_ACTIONS.assetsDelete);
}
