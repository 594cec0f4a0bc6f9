// The result every create-wizard action returns (STYLE.md "Server actions"): data, or a message with the
// field errors to put back on the form and the ARM code and request id support needs.
import { isArmError } from '@/lib/arm/errors';
import type { FieldErrors } from '@/lib/registries/field-errors';

export type { WizardActionResult } from '@/lib/registries/wizard-options';

/** The failure result for an ArmError; anything else is rethrown (a bug, for error.tsx). */
export function armFailure(error: unknown, fieldErrors?: FieldErrors): { ok: false; message: string; fieldErrors?: FieldErrors; code: string; requestId?: string } {
  if (!isArmError(error)) throw error;
  return {
    ok: false,
    message: error.message,
    code: error.code,
    ...(error.requestId ? { requestId: error.requestId } : {}),
    ...(fieldErrors ? { fieldErrors } : {}),
  };
}
