'use server';
// Archive or restore: a version's isArchived (mutable per mfe.json), or the whole asset's (a container PUT
// resending its description, tags and properties).
import { invalidInput, type ActionResult } from '@/lib/action-kit/action-result';
import { beginCreateOrUpdateAssetContainer, getAssetContainer } from '@/lib/arm/registry-assets';
import { setArchivedInputSchema } from '@/lib/registries/assets/asset-edits';
import { armRegistryOf } from '@/lib/registries/server/assets-list';
import { CONSOLE_ACTIONS } from '@/lib/session/rbac/console-actions';
import { putAssetVersion } from './put-asset-version';
import { runAssetAction } from './run-asset-action';

/** Archives or restores a version, or the whole asset when `version` is null. */
export async function setAssetArchivedAction(ref: unknown, input: unknown): Promise<ActionResult<null>> {
  return runAssetAction(ref, async (client, r) => {
    const parsed = setArchivedInputSchema.safeParse(input);
    if (!parsed.success) return invalidInput('Say which version to archive or restore.');
    const { version, archived } = parsed.data;
    if (version) {
      await putAssetVersion(client, r, version, (p) => ({ ...p, isArchived: archived }));
      return { ok: true, data: null };
    }
    const registry = armRegistryOf(r.registry);
    const container = await getAssetContainer(client, registry, r.kind, r.name);
    const p = container.properties ?? {};
    await beginCreateOrUpdateAssetContainer(client, registry, r.kind, r.name, { properties: { description: p.description, tags: p.tags, properties: p.properties, isArchived: archived } });
    return { ok: true, data: null };
  }, CONSOLE_ACTIONS.assetsWrite);
}

