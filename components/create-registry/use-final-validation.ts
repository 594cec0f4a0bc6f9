'use client';
// The final validation Review + create runs on entering: the form's own checks, then the server's
// (schema, name, preflight, ARM's validate). "Create" is enabled only while the values are the ones that passed.
import { useCallback, useRef, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { CreateRegistryForm } from '@/lib/registries/create-registry-schema';
import { applyServerErrors } from './apply-server-errors';
import type { WizardServices } from './wizard-services';

/** Where the final validation stands. */
export type FinalValidation =
  | { status: 'idle' }
  | { status: 'running' }
  | { status: 'passed'; checkedByArm: boolean; values: string }
  | { status: 'failed'; message: string; code?: string; requestId?: string | null };

/** Runs the final validation on demand; a newer run supersedes an older one still in flight. */
export function useFinalValidation(form: UseFormReturn<CreateRegistryForm>, services: WizardServices, idempotencyKey: string | null) {
  const [validation, setValidation] = useState<FinalValidation>({ status: 'idle' });
  const latest = useRef(0);

  const run = useCallback(async () => {
    const id = ++latest.current;
    setValidation({ status: 'running' });
    const valid = await form.trigger();
    if (id !== latest.current) return;
    if (!valid || !idempotencyKey) {
      setValidation({ status: 'failed', message: 'Some fields need attention before the deployment can be validated.' });
      return;
    }
    const values = form.getValues();
    try {
      const result = await services.validate(values, idempotencyKey);
      if (id !== latest.current) return;
      if (result.ok) {
        setValidation({ status: 'passed', checkedByArm: result.data.checkedByArm, values: JSON.stringify(values) });
      } else {
        applyServerErrors(form, result.fieldErrors);
        setValidation({ status: 'failed', message: result.message, code: result.code, requestId: result.requestId });
      }
    } catch (error) {
      if (id !== latest.current) return;
      setValidation({ status: 'failed', message: `The validation could not run: ${error instanceof Error ? error.message : String(error)}` });
    }
  }, [form, services, idempotencyKey]);

  return { validation, run };
}
