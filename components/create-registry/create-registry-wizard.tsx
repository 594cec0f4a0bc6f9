'use client';
// The create wizard: one react-hook-form form over the shared zod schema, four steps in a vertical step list,
// each step validated on Next, the final validation on Review + create, and Create through the server.
import { zodResolver } from '@hookform/resolvers/zod';
import { makeStyles, tokens } from '@fluentui/react-components';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { FormProvider, useForm, useWatch, type Resolver } from 'react-hook-form';
import { createRegistrySchema, type CreateRegistryForm } from '@/lib/registries/create-registry-schema';
import { CREATE_STEPS, STEP_FIELDS, stepsWithErrors, type CreateStep } from '@/lib/registries/create-steps';
import { preflightBlocker } from '@/lib/registries/preflight';
import type { ActionResult } from '@/lib/action-kit/action-result';
import type { SubscriptionOption } from '@/lib/registries/wizard-options';
import { BasicsStep } from './basics-step';
import { errorPaths } from './error-paths';
import { ImportRegistryYml } from './import-registry-yml';
import { RegionsStep } from './regions-step';
import { ReviewStep } from './review-step';
import { TagsStep } from './tags-step';
import { useCreateRegistry } from './use-create-registry';
import { useFinalValidation } from './use-final-validation';
import { useWizardDraft } from './use-wizard-draft';
import { startDraft } from './wizard-draft';
import { useWizardStep } from './use-wizard-step';
import { WizardFooter } from './wizard-footer';
import { nameAvailabilityQuery, preflightQuery, useSubscriptionRegions } from './wizard-queries';
import { useWizardServices } from './wizard-services';
import { WizardStepList } from './wizard-step-list';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  body: { display: 'flex', gap: tokens.spacingHorizontalXXL, alignItems: 'flex-start' },
  content: { flexGrow: 1, minWidth: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
});

const STEP_HEADINGS: Record<CreateStep, string> = {
  basics: 'Basics',
  regions: 'Regions',
  tags: 'Tags',
  review: 'Review + create',
};

/** The whole wizard. `subscriptions` is read on the server with the page. */
export function CreateRegistryWizard({ subscriptions }: { subscriptions: ActionResult<SubscriptionOption[]> }) {
  const styles = useStyles();
  const services = useWizardServices();
  const queryClient = useQueryClient();
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
  const [blocked, setBlocked] = useState<string | null>(null);
  const values = useWatch({ control: form.control }) as CreateRegistryForm;
  const regions = useSubscriptionRegions(values.subscriptionId ?? '');
  const withErrors = stepsWithErrors(errorPaths(form.formState.errors));
  const subscriptionList = useMemo(() => (subscriptions.ok ? subscriptions.data : []), [subscriptions]);

  // Entering Review + create (by button, tab or deep link) runs the final validation.
  const { run } = final;
  useEffect(() => {
    if (step === 'review') void run();
  }, [step, run]);

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

  const next = async () => {
    if (step === 'review') return;
    if (await validateStep(step)) setStep(CREATE_STEPS[CREATE_STEPS.indexOf(step) + 1]);
  };
  const previous = () => {
    setBlocked(null);
    const index = CREATE_STEPS.indexOf(step);
    if (index > 0) setStep(CREATE_STEPS[index - 1]);
  };
  // Review + create checks the current step, then lets the final validation mark whatever else is wrong.
  const reviewAndCreate = async () => {
    if (step === 'review' || !(await validateStep(step))) return;
    setStep('review');
  };
  const select = (target: CreateStep) => {
    setBlocked(null);
    setStep(target);
  };

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
        <div className={styles.body}>
          <WizardStepList current={step} withErrors={withErrors} onSelect={select} />
          <section className={styles.content} aria-labelledby="wizard-step-heading">
            <h2 id="wizard-step-heading" className={styles.heading}>
              {STEP_HEADINGS[step]}
            </h2>
            {step === 'basics' && <ImportRegistryYml onImport={draft.importValues} />}
            {step === 'basics' && <BasicsStep subscriptions={subscriptions} />}
            {step === 'regions' && <RegionsStep />}
            {step === 'tags' && <TagsStep />}
            {step === 'review' && (
              <ReviewStep
                values={values}
                subscriptions={subscriptionList}
                regions={regions.data?.ok ? regions.data.data.registryRegions : []}
                validation={final.validation}
                stepsWithErrors={withErrors}
                onEdit={select}
              />
            )}
          </section>
        </div>
        <WizardFooter
          step={step}
          blocked={blocked}
          createFailure={create.failure}
          creating={create.pending}
          canCreate={passed}
          onPrevious={previous}
          onNext={() => void next()}
          onReviewAndCreate={() => void reviewAndCreate()}
          onCreate={() => void create.submit()}
        />
      </form>
    </FormProvider>
  );
}
