'use client';
// The wizard's steps as a TabList (Fluent v9 has no stepper, ux-research §7), each marked with a red dot and
// "has errors" when one of its fields has an error. Beside the form on wide screens; on narrow ones a compact
// horizontal stepper above it, and on a phone only the current step shows its name (the others keep theirs
// for screen readers) so the row never pushes the page sideways.
import { makeStyles, mergeClasses, PresenceBadge, Tab, TabList, tokens } from '@fluentui/react-components';
import { CREATE_STEP_LABELS, CREATE_STEPS, type CreateStep } from '@/lib/registries/create-steps';

const PHONE = '@media (max-width: 639.98px)';

const useStyles = makeStyles({
  list: { minWidth: '200px' },
  compact: { minWidth: 0, maxWidth: '100%', flexWrap: 'wrap' },
  label: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  // Visually hidden on a phone but still the tab's accessible name.
  otherName: {
    [PHONE]: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clipPath: 'inset(50%)', whiteSpace: 'nowrap' },
  },
});

/** Props: the current step, the steps with errors, what to do when a step is chosen, and the layout. */
export interface WizardStepListProps {
  current: CreateStep;
  withErrors: readonly CreateStep[];
  onSelect(step: CreateStep): void;
  /** A horizontal stepper above the form instead of a column beside it. */
  compact?: boolean;
}

/** The step list. */
export function WizardStepList({ current, withErrors, onSelect, compact = false }: WizardStepListProps) {
  const styles = useStyles();
  return (
    <TabList
      className={mergeClasses(styles.list, compact && styles.compact)}
      vertical={!compact}
      size={compact ? 'small' : 'medium'}
      aria-label="Steps"
      selectedValue={current}
      onTabSelect={(_, data) => onSelect(data.value as CreateStep)}
    >
      {CREATE_STEPS.map((step, index) => {
        const hasErrors = withErrors.includes(step);
        const hideName = compact && step !== current;
        return (
          // "has errors" is read out, not shown (the red dot shows it); the name starts with the tab's own
          // text ("1. Basics") so it still contains what a sighted voice-control user would say.
          <Tab key={step} value={step} aria-label={hasErrors ? `${index + 1}. ${CREATE_STEP_LABELS[step]}, has errors` : undefined}>
            <span className={styles.label}>
              <span>
                {index + 1}.<span className={hideName ? styles.otherName : undefined}> {CREATE_STEP_LABELS[step]}</span>
              </span>
              {hasErrors && <PresenceBadge status="busy" size="extra-small" aria-hidden data-testid={`step-error-${step}`} />}
            </span>
          </Tab>
        );
      })}
    </TabList>
  );
}
