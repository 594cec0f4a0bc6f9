'use client';
// The wizard's current step under its heading: Basics (with registry.yml import), Regions, Tags, or Review.
// Basics is in the wizard's first download; each later step is downloaded when first reached.
import { makeStyles, tokens } from '@fluentui/react-components';
import dynamic from 'next/dynamic';
import { useEffect, useRef } from 'react';
import type { ActionResult } from '@/lib/action-kit/action-result';
import type { CreateRegistryForm } from '@/lib/registries/create-registry-schema';
import type { CreateStep } from '@/lib/registries/create-steps';
import type { RegionOption } from '@/lib/registries/regions';
import type { SubscriptionOption } from '@/lib/registries/wizard-options';
import { BasicsStep } from './basics-step';
import { ImportRegistryYml } from './import-registry-yml';
import type { FinalValidation } from './use-final-validation';

// `loading` gives each its own Suspense boundary: without it, a first render whose code is still downloading
// suspends the route's loading.tsx (or the wizard's loader) and the whole page flashes, taking focus with it.
const RegionsStep = dynamic(() => import('./regions-step').then((m) => m.RegionsStep), { loading: () => null });
const ReviewStep = dynamic(() => import('./review-step').then((m) => m.ReviewStep), { loading: () => null });
const TagsStep = dynamic(() => import('./tags-step').then((m) => m.TagsStep), { loading: () => null });

const useStyles = makeStyles({
  content: { flexGrow: 1, minWidth: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
});

const STEP_HEADINGS: Record<CreateStep, string> = {
  basics: 'Basics',
  regions: 'Regions',
  tags: 'Tags',
  review: 'Review + create',
};

/** The step's section; Review shows `values` as they will be created. */
export function WizardStepContent({ step, subscriptions, values, regions, validation, withErrors, onImport, onEdit }: {
  step: CreateStep;
  subscriptions: ActionResult<SubscriptionOption[]>;
  values: CreateRegistryForm;
  regions: RegionOption[];
  validation: FinalValidation;
  withErrors: readonly CreateStep[];
  onImport: Parameters<typeof ImportRegistryYml>[0]['onImport'];
  onEdit: (step: CreateStep) => void;
}) {
  const styles = useStyles();
  const heading = useRef<HTMLHeadingElement>(null);
  const shown = useRef(step);
  // Arriving at another step puts focus on its heading, so a keyboard or screen-reader user starts reading
  // the new step there instead of on a Next button that is now on a different page of the form. The first
  // render leaves focus to the page's own arrival (its h1).
  useEffect(() => {
    if (shown.current === step) return;
    shown.current = step;
    heading.current?.focus();
  }, [step]);
  return (
    <section className={styles.content} aria-labelledby="wizard-step-heading">
      <h2 id="wizard-step-heading" ref={heading} tabIndex={-1} className={styles.heading}>
        {STEP_HEADINGS[step]}
      </h2>
      {step === 'basics' && <ImportRegistryYml onImport={onImport} />}
      {step === 'basics' && <BasicsStep subscriptions={subscriptions} />}
      {step === 'regions' && <RegionsStep />}
      {step === 'tags' && <TagsStep />}
      {step === 'review' && (
        <ReviewStep
          values={values}
          subscriptions={subscriptions.ok ? subscriptions.data : []}
          regions={regions}
          validation={validation}
          stepsWithErrors={withErrors}
          onEdit={onEdit}
        />
      )}
    </section>
  );
}
