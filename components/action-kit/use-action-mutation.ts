'use client';
// The one way a dialog or panel runs a server action: pending while it runs, the failure (ARM's, the
// server's refusal, or a request that never reached the server) kept for the FailureBar, and `onSuccess`
// with the action's data. A new run clears the last failure.
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import type { ActionFailure, ActionResult } from '@/lib/action-kit/action-result';

/** What a component needs from one server action. */
export interface ActionMutation<V> {
  run: (variables: V) => void;
  pending: boolean;
  failure: ActionFailure | null;
  clearFailure: () => void;
}

/** What happens after a run: `onSuccess` with the data of `{ ok: true }`; `onFailure` e.g. puts fieldErrors on a form. */
export interface ActionCallbacks<V, T> {
  /** May return a promise (e.g. a refetch); the action stays pending until it settles. */
  onSuccess: (data: T, variables: V) => void | Promise<void>;
  onFailure?: (failure: ActionFailure) => void;
}

/** Runs `action` through React Query with pending/failure/success states. */
export function useActionMutation<V, T>(action: (variables: V) => Promise<ActionResult<T>>, { onSuccess, onFailure }: ActionCallbacks<V, T>): ActionMutation<V> {
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const mutation = useMutation({
    mutationFn: action,
    onSuccess: async (result, variables) => {
      if (result.ok) return await onSuccess(result.data, variables);
      setFailure(result);
      onFailure?.(result);
    },
    onError: (error) => setFailure({ ok: false, message: `The request did not reach the server: ${error.message}` }),
  });
  return {
    run: (variables) => {
      setFailure(null);
      mutation.mutate(variables);
    },
    pending: mutation.isPending,
    failure,
    clearFailure: () => setFailure(null),
  };
}
