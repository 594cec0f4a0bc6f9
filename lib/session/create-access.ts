// The signed-in principal's create-registry verdict for the registries list: its enabled subscriptions
// (shared with the list's reference data, so usually no extra ARM call), then ARM's permissions API once per
// subscription, a few at a time, stopping as soon as one subscription allows creating (arm-contract §3).
import 'server-only';
import { cache } from 'react';
import { isArmError } from '@/lib/arm/errors';
import { listReferenceData } from '@/lib/registries/server/list-reference-data';
import { getConsoleArmClient } from './arm-client';
import { getPermissionsAt } from './permissions';
import { allowsCreate, createAccessFrom, type CreateAccess } from './rbac/create-access';
import type { PermissionBlock } from './rbac/can';

// Permission reads in flight at once: a tenant with hundreds of subscriptions must not fan out to all of them.
export const MAX_PARALLEL_PERMISSION_READS = 4;

/** The verdict, read once per request; throws the ArmError when no subscription's permissions could be read. */
export const readCreateAccess = cache(async (): Promise<CreateAccess> => {
  const { subscriptions } = await listReferenceData(await getConsoleArmClient());
  const scopes = subscriptions.filter((s) => s.state === 'Enabled').map((s) => `/subscriptions/${s.subscriptionId}`);
  const read: PermissionBlock[][] = [];
  let firstError: unknown = null;
  let next = 0;
  let allowed = false;
  // Each worker takes the next subscription until one allows creating or none are left.
  const worker = async () => {
    while (!allowed && next < scopes.length) {
      const scope = scopes[next++];
      try {
        const blocks = await getPermissionsAt(scope);
        read.push(blocks);
        if (allowsCreate(blocks)) allowed = true;
      } catch (error) {
        if (!isArmError(error)) throw error;
        firstError ??= error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(MAX_PARALLEL_PERMISSION_READS, scopes.length) }, worker));
  if (read.length === 0 && firstError) throw firstError;
  return createAccessFrom(read);
});
