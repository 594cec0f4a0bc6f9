'use client';
// Saves every change of the wizard to its draft (with the idempotency key that names the deployment), and
// marks the draft submitted while Create runs: a draft that reached ARM is not resumed by the next visit.
import { useCallback, useEffect } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { CreateRegistryForm } from '@/lib/registries/create-registry-schema';
import { pruneStorage } from './region-choices';
import { restoredValues, writeDraft } from './wizard-draft';

/** Draft persistence for a form started from `startDraft` with `idempotencyKey`. */
export function useWizardDraft(form: UseFormReturn<CreateRegistryForm>, idempotencyKey: string) {
  useEffect(() => {
    const save = () => writeDraft(window.sessionStorage, { version: 1, values: form.getValues(), idempotencyKey });
    save();
    const subscription = form.watch(save);
    return () => subscription.unsubscribe();
  }, [form, idempotencyKey]);

  const markSubmitted = useCallback(
    (submitted: boolean) => writeDraft(window.sessionStorage, { version: 1, values: form.getValues(), idempotencyKey, submitted }),
    [form, idempotencyKey],
  );

  /** Merges imported values into the form (registry.yml fills every step it names). */
  const importValues = useCallback(
    (values: Partial<CreateRegistryForm>) => {
      const current = form.getValues();
      const merged = restoredValues({ ...current, ...values, advanced: { ...current.advanced, ...values.advanced } });
      // The seed form carries no storage settings: drop the old ones of regions the file did not choose.
      form.reset({ ...merged, advanced: { ...merged.advanced, storage: pruneStorage(merged) } }, { keepDefaultValues: true });
    },
    [form],
  );

  return { idempotencyKey, markSubmitted, importValues };
}
