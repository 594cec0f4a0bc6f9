'use client';
// Moving through the wizard's steps: Next validates the current step (Basics also needs a free name and a
// passing preflight), Previous and the step list move freely, Review + create checks the current step first.
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { CreateRegistryForm } from '@/lib/registries/create-registry-schema';
import { CREATE_STEPS, STEP_FIELDS, type CreateStep } from '@/lib/registries/create-steps';
import { preflightBlocker } from '@/lib/registries/preflight';
import { nameAvailabilityQuery, preflightQuery } from './wizard-queries';
import type { WizardServices } from './wizard-services';

/** The step handlers, and why Next is blocked (null when it is not). */
export function useStepNavigation(form: UseFormReturn<CreateRegistryForm>, services: WizardServices, step: CreateStep, setStep: (step: CreateStep) => void) {
  const queryClient = useQueryClient();
  const [blocked, setBlocked] = useState<string | null>(null);

  // The Basics step also needs the name to be free and the preflight to pass.
  const basicsBlocker = async (): Promise<string | null> => {
    const current = form.getValues();
    const name = await queryClient.fetchQuery(nameAvailabilityQuery(services, current.name));
    if (name.ok && !name.data.available) {
      form.setError('name', { type: 'taken', message: name.data.message }, { shouldFocus: true });
      return name.data.message;
    }
    const target = { subscriptionId: current.subscriptionId, resourceGroup: { mode: current.resourceGroup.mode, name: current.resourceGroup.name } };
    const preflight = await queryClient.fetchQuery(preflightQuery(services, target));
    if (!preflight.ok) return `The preflight checks could not run: ${preflight.message}`;
    const blocker = preflightBlocker(preflight.data);
    return blocker ? `${blocker} See the preflight checks above.` : null;
  };

  const validateStep = async (which: Exclude<CreateStep, 'review'>): Promise<boolean> => {
    const valid = await form.trigger([...STEP_FIELDS[which]] as Parameters<typeof form.trigger>[0], { shouldFocus: true });
    if (!valid) return false;
    if (which !== 'basics') return true;
    const blocker = await basicsBlocker();
    setBlocked(blocker);
    return blocker === null;
  };

  return {
    blocked,
    next: async () => {
      if (step === 'review') return;
      if (await validateStep(step)) setStep(CREATE_STEPS[CREATE_STEPS.indexOf(step) + 1]);
    },
    previous: () => {
      setBlocked(null);
      const index = CREATE_STEPS.indexOf(step);
      if (index > 0) setStep(CREATE_STEPS[index - 1]);
    },
    // Review + create checks the current step, then lets the final validation mark whatever else is wrong.
    reviewAndCreate: async () => {
      if (step === 'review' || !(await validateStep(step))) return;
      setStep('review');
    },
    select: (target: CreateStep) => {
      setBlocked(null);
      setStep(target);
    },
  };
}
