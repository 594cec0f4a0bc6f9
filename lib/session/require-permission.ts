// Server actions check the caller's permission before calling ARM, so a refusal comes back at once and in
// words: `{ ok: false, code: 'AuthorizationFailed', message }`. This is a courtesy, not the security
// boundary: ARM enforces RBAC itself, and its own 403 is turned into the same words by armFailure().
import 'server-only';
import { armErrorViewOf, type ArmErrorView } from '@/lib/registries/arm-error-view';
import { isArmError } from '@/lib/arm/errors';
import { getPermissionsAt } from './permissions';
import { can } from './rbac/can';
import { plainAuthorizationMessage, refusalMessage, scopeLabelOf } from './rbac/missing-permission';

/** The standard refusal of a server action. */
export interface PermissionRefusal {
  ok: false;
  code: 'AuthorizationFailed';
  message: string;
  status: 403;
}

/**
 * null when the signed-in principal may perform `action` over `scope`, else the refusal to return. When the
 * permissions cannot be read (ARM error), it returns null and lets ARM decide.
 */
export async function requirePermission(scope: string, action: string): Promise<PermissionRefusal | null> {
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

/** An action's failure result from an ArmError, with 403 AuthorizationFailed in plain words; null for non-ARM errors. */
export function armFailure(error: unknown): ({ ok: false } & ArmErrorView) | null {
  const view = isArmError(error) ? armErrorViewOf(error) : null;
  if (!view) return null;
  return { ok: false, ...view, message: plainAuthorizationMessage(view.code, view.message) };
}
