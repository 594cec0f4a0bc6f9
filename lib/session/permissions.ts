// The signed-in principal's permissions at a scope, for permission-aware pages: read once per request
// (React cache) from ARM's permissions API, which answers for the caller (arm-contract.md §3
// "Permissions"). Client components get the blocks as data and decide with `can` from ./rbac/can.
import 'server-only';
import { cache } from 'react';
import { listPermissions } from '@/lib/arm/authorization';
import { getConsoleArmClient } from './arm-client';
import type { PermissionBlock } from './rbac/can';

export { can } from './rbac/can';
export type { PermissionBlock } from './rbac/can';

/** The caller's permission blocks at `scope` (an ARM id: subscription, resource group or resource); throws ArmError. */
export const getPermissionsAt = cache(async (scope: string): Promise<PermissionBlock[]> => {
  const blocks = await listPermissions(await getConsoleArmClient(), scope);
  return blocks.map((block) => ({ actions: block.actions, notActions: block.notActions ?? [] }));
});
