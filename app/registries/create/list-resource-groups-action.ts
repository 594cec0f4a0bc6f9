'use server';
// The wizard's "Resource group" choices for one subscription.
import { listResourceGroups } from '@/lib/arm/resource-groups';
import { basicsSchema } from '@/lib/registries/create-registry-schema';
import { compareEnglish } from '@/lib/registries/english-order';
import type { ResourceGroupOption } from '@/lib/registries/wizard-options';
import type { ActionResult } from '@/lib/action-kit/action-result';
import { toFailure } from '@/lib/action-kit/to-failure';
import { getConsoleArmClient } from '@/lib/session/arm-client';
import { withReadBudget, type ReadOptions } from './read-budget';

const subscriptionIdSchema = basicsSchema.shape.subscriptionId;

/** The subscription's resource groups, by name; managed groups and groups being deleted are left out. */
export async function listResourceGroupsAction(subscriptionId: string, options?: ReadOptions): Promise<ActionResult<ResourceGroupOption[]>> {
  const parsed = subscriptionIdSchema.safeParse(subscriptionId);
  if (!parsed.success) return { ok: false, message: 'Choose a subscription.', fieldErrors: { subscriptionId: 'Choose a subscription.' } };
  return withReadBudget(options, async () => {
    try {
      const groups = await listResourceGroups(await getConsoleArmClient(), parsed.data);
      const choices = groups
        // Managed groups (a registry's own, managedBy set) belong to their service: nothing else goes in them.
        .filter((g) => !g.managedBy && g.properties?.provisioningState !== 'Deleting')
        .map((g) => ({ name: g.name, location: g.location }))
        .sort((a, b) => compareEnglish(a.name, b.name));
      return { ok: true, data: choices };
    } catch (error) {
      return toFailure(error);
    }
  });
}
