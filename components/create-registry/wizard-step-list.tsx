'use client';
// The wizard's steps as a vertical TabList (Fluent v9 has no stepper, ux-research §7), each marked with a
// red dot and "has errors" when one of its fields has an error.
import { makeStyles, PresenceBadge, Tab, TabList, tokens } from '@fluentui/react-components';
import { CREATE_STEP_LABELS, CREATE_STEPS, type CreateStep } from '@/lib/registries/create-steps';

const useStyles = makeStyles({
  list: { minWidth: '200px' },
  label: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

/** Props: the current step, the steps with errors, and what to do when a step is chosen. */
export interface WizardStepListProps {
  current: CreateStep;
  withErrors: readonly CreateStep[];
  onSelect(step: CreateStep): void;
}

/** The step list. */
export function WizardStepList({ current, withErrors, onSelect }: WizardStepListProps) {
  const styles = useStyles();
  return (
    <TabList
      className={styles.list}
      vertical
      aria-label="Steps"
      selectedValue={current}
      onTabSelect={(_, data) => onSelect(data.value as CreateStep)}
    >
      {CREATE_STEPS.map((step, index) => {
        const hasErrors = withErrors.includes(step);
        return (
          <Tab key={step} value={step} aria-label={hasErrors ? `${CREATE_STEP_LABELS[step]}, has errors` : undefined}>
            <span className={styles.label}>
              {index + 1}. {CREATE_STEP_LABELS[step]}
              {hasErrors && <PresenceBadge status="busy" size="extra-small" aria-hidden data-testid={`step-error-${step}`} />}
            </span>
          </Tab>
        );
      })}
    </TabList>
  );
}
