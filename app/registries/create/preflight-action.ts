'use server';
// The Basics step's preflight: may the principal create a registry (through a deployment) where it chose,
// and is Microsoft.MachineLearningServices registered in the subscription? Permissions come from the
// permissions API at the resource group, or at the subscription for a new group (ARM contract §3).
import { z } from 'zod';
import type { ArmClient } from '@/lib/arm/client';
import { isActionAllowed, listPermissions } from '@/lib/arm/authorization';
import { resourceGroupPath, subscriptionPath } from '@/lib/arm/paths';
import { getProvider, ML_PROVIDER_NAMESPACE } from '@/lib/arm/providers';
import { basicsSchema } from '@/lib/registries/create-registry-schema';
import { resourceGroupNameSchema } from '@/lib/registries/names';
import { checkCreatePermissions, type PreflightResult } from '@/lib/registries/preflight';
import { problemsOf } from '@/lib/registries/field-errors';
import type { ActionResult } from '@/lib/action-kit/action-result';
import { toFailure } from '@/lib/action-kit/to-failure';
import { getConsoleArmClient } from '@/lib/session/arm-client';

const preflightInputSchema = z.strictObject({
  subscriptionId: basicsSchema.shape.subscriptionId,
  resourceGroup: z.strictObject({ mode: z.enum(['existing', 'new']), name: resourceGroupNameSchema }),
});

/** Where the wizard wants to create the registry. */
export type PreflightInput = z.infer<typeof preflightInputSchema>;

// Registering a provider is a subscription-level action (`{namespace}/register/action`).
async function canRegisterProvider(client: ArmClient, subscriptionId: string): Promise<boolean> {
  const permissions = await listPermissions(client, subscriptionPath(subscriptionId));
  return isActionAllowed(permissions, `${ML_PROVIDER_NAMESPACE}/register/action`);
}

/** Permission and provider checks for a subscription and resource group (existing or new). */
export async function preflightAction(input: unknown): Promise<ActionResult<PreflightResult>> {
  const parsed = preflightInputSchema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, message: 'Choose a subscription and a resource group.', fieldErrors: problemsOf(parsed.error).fieldErrors };
  }
  const { subscriptionId, resourceGroup } = parsed.data;
  const newGroup = resourceGroup.mode === 'new';
  const scope = newGroup ? subscriptionPath(subscriptionId) : resourceGroupPath(subscriptionId, resourceGroup.name);
  try {
    const client = await getConsoleArmClient();
    const [permissions, provider] = await Promise.all([
      listPermissions(client, scope),
      getProvider(client, subscriptionId, ML_PROVIDER_NAMESPACE),
    ]);
    const registered = provider.registrationState === 'Registered';
    return {
      ok: true,
      data: {
        permissions: checkCreatePermissions(scope, newGroup, (action) => isActionAllowed(permissions, action)),
        provider: {
          namespace: ML_PROVIDER_NAMESPACE,
          registrationState: provider.registrationState,
          canRegister: registered || (await canRegisterProvider(client, subscriptionId)),
        },
      },
    };
  } catch (error) {
    return toFailure(error, newGroup ? undefined : { 'resourceGroup.name': 'This resource group could not be checked.' });
  }
}
