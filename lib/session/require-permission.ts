// Server actions check the caller's permission before calling ARM, so a refusal comes back at once and in
// words: `{ ok: false, code: 'AuthorizationFailed', status: 403, message }`. This is a courtesy, not the
// security boundary: ARM enforces RBAC itself, and its own 403 is said in the same words by toFailure().
import 'server-only';
import type { ActionFailure } from '@/lib/action-kit/action-result';
import { isArmError } from '@/lib/arm/errors';
import { getPermissionsAt } from './permissions';
import { can } from './rbac/can';
import { refusalMessage, scopeLabelOf } from './rbac/missing-permission';

/**
 * null when the signed-in principal may perform `action` over `scope`, else the refusal to return. When the
 * permissions cannot be read (ARM error), it returns null and lets ARM decide.
 */
export async function requirePermission(scope: string, action: string): Promise<ActionFailure | null> {
  let perms;
  try {
    perms = await getPermissionsAt(scope);
  } catch (error) {
    if (isArmError(error)) return null;
    throw error;
  }
  if (can(perms, action)) return null;
  return { ok: false, code: 'AuthorizationFailed', status: 403, message: refusalMessage(action, scopeLabelOf(scope)) };
}
