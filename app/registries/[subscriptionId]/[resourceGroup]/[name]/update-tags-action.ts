'use server';
// Tags and description: PATCH `{tags}` (synchronous; replaces tags wholesale, arm-contract §4), checked
// with the wizard's tag rules. The description travels as the `description` tag.
import type { ActionResult } from '@/lib/action-kit/action-result';
import { updateRegistry } from '@/lib/arm/registries';
import { problemsOf } from '@/lib/registries/field-errors';
import { tagsPatchBody, updateTagsInputSchema } from '@/lib/registries/registry-operations';
import { splitDescription } from '@/lib/registries/description';
import { runRegistryAction } from './run-action';
import { CONSOLE_ACTIONS } from '@/lib/session/rbac/console-actions';

/** The tags and description as ARM stored them. */
export interface UpdatedTags {
  tags: Record<string, string>;
  description: string;
}

/** Replaces the registry's tags and description; field errors come back keyed like the form ("tags.1.name"). */
export async function updateTagsAction(ref: unknown, input: unknown): Promise<ActionResult<UpdatedTags>> {
  return runRegistryAction(ref, async (client, r) => {
    const parsed = updateTagsInputSchema.safeParse(input);
    if (!parsed.success) {
      const { fieldErrors, formErrors } = problemsOf(parsed.error);
      return { ok: false, message: formErrors[0] ?? 'Some tags need fixing before they can be saved.', fieldErrors };
    }
    const updated = await updateRegistry(client, r.subscriptionId, r.resourceGroup, r.name, tagsPatchBody(parsed.data));
    return { ok: true, data: splitDescription(updated.tags) };
  }, CONSOLE_ACTIONS.registryWrite);
}
