'use client';
// The current step, kept in the URL (`?step=regions`) so a deep link and a reload land on the same step.
// history.replaceState (which Next's router observes) changes the URL without re-rendering the page on the
// server or adding a history entry per step.
import { usePathname, useSearchParams } from 'next/navigation';
import { useCallback } from 'react';
import { CREATE_STEPS, type CreateStep } from '@/lib/registries/create-steps';

/** The step a `step` query value names; Basics for anything else. */
export function stepFromParam(value: string | null): CreateStep {
  return (CREATE_STEPS as readonly string[]).includes(value ?? '') ? (value as CreateStep) : 'basics';
}

/** The current step and a setter that replaces the URL's `step`. */
export function useWizardStep(): [CreateStep, (step: CreateStep) => void] {
  const pathname = usePathname();
  const params = useSearchParams();
  const step = stepFromParam(params.get('step'));
  const setStep = useCallback(
    (next: CreateStep) => {
      const query = new URLSearchParams(params.toString());
      query.set('step', next);
      window.history.replaceState(null, '', `${pathname}?${query.toString()}`);
    },
    [pathname, params],
  );
  return [step, setStep];
}
