'use client';
// The create wizard: one react-hook-form form over the shared zod schema, four steps in a vertical step list,
// each step validated on Next, the final validation on Review + create, and Create through the server.
import { zodResolver } from '@hookform/resolvers/zod';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { FormProvider, useForm, useWatch, type Resolver } from 'react-hook-form';
import { createRegistrySchema, type CreateRegistryForm } from '@/lib/registries/create-registry-schema';
import { stepsWithErrors } from '@/lib/registries/create-steps';
import type { ActionResult } from '@/lib/action-kit/action-result';
import type { SubscriptionOption } from '@/lib/registries/wizard-options';
import { errorPaths } from './error-paths';
import { useCreateRegistry } from './use-create-registry';
import { useFinalValidation } from './use-final-validation';
import { useWizardDraft } from './use-wizard-draft';
import { startDraft } from './wizard-draft';
import { useWizardStep } from './use-wizard-step';
import { WizardFooter } from './wizard-footer';
import { useStepNavigation } from './use-step-navigation';
import { useSubscriptionRegions, useSubscriptions } from './wizard-queries';
import { useWizardServices } from './wizard-services';
import { WizardStepContent } from './wizard-step-content';
import { WizardStepList } from './wizard-step-list';
import { useNarrowViewport } from '@/components/shell/use-narrow-viewport';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  body: { display: 'flex', gap: tokens.spacingHorizontalXXL, alignItems: 'flex-start' },
  // Narrow screens: the stepper sits above the form, which gets the full width.
  stacked: { flexDirection: 'column', alignItems: 'stretch', gap: tokens.spacingVerticalL },
});

/** The whole wizard. `subscriptions` is read on the server with the page (and again while ARM made it wait). */
export function CreateRegistryWizard({ subscriptions: serverSubscriptions }: { subscriptions: ActionResult<SubscriptionOption[]> }) {
  const styles = useStyles();
  const subscriptions = useSubscriptions(serverSubscriptions).data;
  const narrow = useNarrowViewport();
  const services = useWizardServices();
  // Rendered only in the browser (create-registry-view loads it without SSR), so the draft is read up front.
  const [initial] = useState(() => startDraft(window.sessionStorage));
  const form = useForm<CreateRegistryForm>({
    // The form holds the schema's output shape (tags as rows, not `unknown[]` as the schema's input types them
    // so hostile input is bounded before rows are inspected); the resolver still checks everything.
    resolver: zodResolver(createRegistrySchema) as unknown as Resolver<CreateRegistryForm>,
    defaultValues: initial.values,
    mode: 'onTouched',
  });
  const [step, setStep] = useWizardStep();
  const draft = useWizardDraft(form, initial.idempotencyKey);
  const final = useFinalValidation(form, services, draft.idempotencyKey);
  const create = useCreateRegistry(form, services, draft);
  const values = useWatch({ control: form.control }) as CreateRegistryForm;
  const regions = useSubscriptionRegions(values.subscriptionId ?? '');
  const withErrors = stepsWithErrors(errorPaths(form.formState.errors));

  // Entering Review + create (by button, tab or deep link) runs the final validation.
  const { run } = final;
  useEffect(() => {
    if (step === 'review') void run();
  }, [step, run]);

  const navigation = useStepNavigation(form, services, step, setStep);

  const passed = final.validation.status === 'passed' && final.validation.values === JSON.stringify(values);

  return (
    <FormProvider {...form}>
      <form
        className={styles.root}
        noValidate
        aria-label="Create a registry"
        onSubmit={(event) => {
          // Enter in a field must not create anything: Create is an explicit button on the last step.
          event.preventDefault();
        }}
      >
        <div className={mergeClasses(styles.body, narrow && styles.stacked)}>
          <WizardStepList current={step} withErrors={withErrors} onSelect={navigation.select} compact={narrow} />
          <WizardStepContent
            step={step}
            subscriptions={subscriptions}
            values={values}
            regions={regions.data?.ok ? regions.data.data.registryRegions : []}
            validation={final.validation}
            withErrors={withErrors}
            onImport={draft.importValues}
            onEdit={navigation.select}
          />
        </div>
        <WizardFooter
          step={step}
          blocked={navigation.blocked}
          createFailure={create.failure}
          creating={create.pending}
          canCreate={passed}
          onPrevious={navigation.previous}
          onNext={() => void navigation.next()}
          onReviewAndCreate={() => void navigation.reviewAndCreate()}
          onCreate={() => void create.submit()}
        />
      </form>
    </FormProvider>
  );
}
