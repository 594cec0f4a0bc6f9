'use server';
// A version's description and tags (mutable on an existing version per mfe.json).
import { invalidInput, type ActionResult } from '@/lib/action-kit/action-result';
import { editAssetVersionInputSchema } from '@/lib/registries/assets/asset-edits';
import { parseAssetVersion } from '@/lib/registries/assets/asset-ref';
import { problemsOf } from '@/lib/registries/field-errors';
import { rowsToTags } from '@/lib/registries/tags';
import { CONSOLE_ACTIONS } from '@/lib/session/rbac/console-actions';
import { putAssetVersion } from './put-asset-version';
import { runAssetAction } from './run-asset-action';

/** Replaces a version's tags and description. */
export async function updateAssetVersionAction(ref: unknown, version: unknown, input: unknown): Promise<ActionResult<null>> {
  return runAssetAction(ref, async (client, r) => {
    const wanted = parseAssetVersion(version);
    if (!wanted) return invalidInput('That is not a version name.');
    const parsed = editAssetVersionInputSchema.safeParse(input);
    if (!parsed.success) {
      const { fieldErrors, formErrors } = problemsOf(parsed.error);
      return invalidInput(formErrors[0] ?? 'Some tags need fixing before they can be saved.', fieldErrors);
    }
    await putAssetVersion(client, r, wanted, (p) => ({ ...p, description: parsed.data.description, tags: rowsToTags(parsed.data.tags) }));
    return { ok: true, data: null };
  }, CONSOLE_ACTIONS.assetsWrite);
}

