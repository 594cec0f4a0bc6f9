'use client';
// "Create" through a React Query mutation. Success redirects (the action never returns), so only failures
// come back: their field errors go onto the form. The draft is marked submitted first, so a reload after
// the request reached ARM starts a new draft instead of resuming one whose deployment exists.
import { useMutation } from '@tanstack/react-query';
import type { UseFormReturn } from 'react-hook-form';
import type { CreateRegistryForm } from '@/lib/registries/create-registry-schema';
import { applyServerErrors } from './apply-server-errors';
import type { WizardServices } from './wizard-services';

/** What a failed Create reports above the buttons. */
export interface CreateFailure {
  message: string;
  code?: string;
  requestId?: string | null;
}

// Next rejects the call of a server action that redirected with its redirect error (digest "NEXT_REDIRECT;…")
// while the router moves on to the target. For Create that is success: treated as a failure it lifted the
// draft's submitted mark, and the next visit to the wizard resumed a registry that already existed.
function isRedirect(error: unknown): boolean {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return typeof digest === 'string' && digest.startsWith('NEXT_REDIRECT;');
}

/** The Create mutation, its pending state and its last failure. */
export function useCreateRegistry(
  form: UseFormReturn<CreateRegistryForm>,
  services: WizardServices,
  draft: { idempotencyKey: string | null; markSubmitted(submitted: boolean): void },
) {
  const mutation = useMutation({
    mutationFn: async () => {
      if (!draft.idempotencyKey) throw new Error('The draft is not ready yet.');
      draft.markSubmitted(true);
      try {
        return await services.create(form.getValues(), draft.idempotencyKey);
      } catch (error) {
        if (isRedirect(error)) return undefined;
        throw error;
      }
    },
    onSuccess: (result) => {
      // undefined: the action redirected and the browser is on its way to the progress page.
      if (!result || result.ok) return;
      draft.markSubmitted(false);
      applyServerErrors(form, result.fieldErrors);
    },
    onError: () => draft.markSubmitted(false),
  });
  const result = mutation.data;
  const failure: CreateFailure | null = mutation.error
    ? { message: `The request did not reach the server: ${mutation.error.message}` }
    : result && !result.ok
      ? { message: result.message, code: result.code, requestId: result.requestId }
      : null;
  // While redirecting the mutation has succeeded without a failure: keep the button busy until the page changes.
  const pending = mutation.isPending || (mutation.isSuccess && failure === null);
  return {
    submit: () => {
      if (!pending) mutation.mutate();
    },
    pending,
    failure,
  };
}
