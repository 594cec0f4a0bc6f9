'use client';
// Step 4, Review + create: the final validation's outcome ("Running final validation…", "Validation passed"
// or the problems, mapped onto their steps), the summary, and the template for automation.
import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Spinner, tokens } from '@fluentui/react-components';
import { createRegistrySchema, type CreateRegistryForm } from '@/lib/registries/create-registry-schema';
import { CREATE_STEP_LABELS, type CreateStep } from '@/lib/registries/create-steps';
import type { RegionOption } from '@/lib/registries/regions';
import type { SubscriptionOption } from '@/lib/registries/wizard-options';
import { ReviewSummary } from './review-summary';
import { TemplateDialog } from './template-dialog';
import type { FinalValidation } from './use-final-validation';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '820px' },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

function ValidationBar({ validation, steps }: { validation: FinalValidation; steps: readonly CreateStep[] }) {
  const styles = useStyles();
  if (validation.status === 'running' || validation.status === 'idle') {
    return <Spinner size="small" labelPosition="after" label="Running final validation…" />;
  }
  if (validation.status === 'passed') {
    return (
      <MessageBar intent="success">
        <MessageBarBody>
          <MessageBarTitle>Validation passed</MessageBarTitle>
          {validation.checkedByArm
            ? 'Azure Resource Manager accepted the deployment.'
            : 'Everything checks out; Azure validates the deployment again once the new resource group exists.'}
        </MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>Validation failed</MessageBarTitle>
        {validation.message}
        {validation.code && ` (${validation.code}${validation.requestId ? `, request id ${validation.requestId}` : ''})`}
        {steps.length > 0 && (
          <ul className={styles.list}>
            {steps.map((step) => (
              <li key={step}>Fix the marked fields in {CREATE_STEP_LABELS[step]}.</li>
            ))}
          </ul>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}

/** Props of the Review + create step. */
export interface ReviewStepProps {
  values: CreateRegistryForm;
  subscriptions: SubscriptionOption[];
  regions: RegionOption[];
  validation: FinalValidation;
  stepsWithErrors: readonly CreateStep[];
  onEdit(step: CreateStep): void;
}

/** The Review + create step. */
export function ReviewStep({ values, subscriptions, regions, validation, stepsWithErrors, onEdit }: ReviewStepProps) {
  const styles = useStyles();
  const parsed = createRegistrySchema.safeParse(values);
  return (
    <div className={styles.root}>
      <div aria-live="polite">
        <ValidationBar validation={validation} steps={stepsWithErrors.filter((s) => s !== 'review')} />
      </div>
      <ReviewSummary values={values} subscriptions={subscriptions} regions={regions} stepsWithErrors={stepsWithErrors} onEdit={onEdit} />
      {parsed.success && (
        <div>
          <TemplateDialog form={parsed.data} />
        </div>
      )}
    </div>
  );
}
