// The one way a server action turns a thrown error into its failure result. Only ArmErrors become data;
// anything else is a bug and is rethrown for error.tsx (so it is never dressed up as an ARM answer).
import 'server-only';
import { isArmError } from '@/lib/arm/errors';
import { armErrorViewOf } from '@/lib/registries/arm-error-view';
import type { ActionFailure } from './action-result';
import { plainWordsFor } from './plain-words';

/** The failure result for an ArmError (plain words, ARM's code, status and ids); rethrows anything else. */
export function toFailure(error: unknown, fieldErrors?: Record<string, string>): ActionFailure {
  const view = isArmError(error) ? armErrorViewOf(error) : null;
  if (!view) throw error;
  return {
    ok: false,
    message: plainWordsFor(view),
    code: view.code,
    status: view.status,
    requestId: view.requestId,
    correlationId: view.correlationId,
    ...(isArmError(error) && error.retryAfterSeconds !== undefined ? { retryAfterSeconds: error.retryAfterSeconds } : {}),
    ...(fieldErrors ? { fieldErrors } : {}),
  };
}
