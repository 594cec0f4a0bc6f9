'use client';
// The wizard's button bar: "Previous", "Next" and "Review + create" while editing; "Previous" and "Create"
// on Review + create. Why Next was refused, and why Create failed, are announced above the buttons. Not sticky:
// a sticky bar would cover the field errors that Next scrolls into view (WCAG 2.4.11).
import { Button, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Spinner, tokens } from '@fluentui/react-components';
import type { CreateStep } from '@/lib/registries/create-steps';
import type { CreateFailure } from './use-create-registry';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    paddingBlock: tokens.spacingVerticalM,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
});

/** Props of the footer. */
export interface WizardFooterProps {
  step: CreateStep;
  blocked: string | null;
  createFailure: CreateFailure | null;
  creating: boolean;
  canCreate: boolean;
  onPrevious(): void;
  onNext(): void;
  onReviewAndCreate(): void;
  onCreate(): void;
}

/** The footer. */
export function WizardFooter(props: WizardFooterProps) {
  const styles = useStyles();
  const { step, blocked, createFailure, creating, canCreate } = props;
  const review = step === 'review';
  return (
    <div className={styles.root}>
      <div aria-live="assertive">
        {blocked && (
          <MessageBar intent="error">
            <MessageBarBody>{blocked}</MessageBarBody>
          </MessageBar>
        )}
        {review && createFailure && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>The registry was not created</MessageBarTitle>
              {createFailure.message}
              {createFailure.code && ` (${createFailure.code}${createFailure.requestId ? `, request id ${createFailure.requestId}` : ''})`}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
      <div className={styles.buttons}>
        {review ? (
          <Button appearance="primary" disabled={!canCreate || creating} onClick={props.onCreate}>
            Create
          </Button>
        ) : (
          <Button appearance="primary" onClick={props.onReviewAndCreate}>
            Review + create
          </Button>
        )}
        <Button disabled={step === 'basics'} onClick={props.onPrevious}>
          Previous
        </Button>
        {!review && <Button onClick={props.onNext}>Next</Button>}
        {creating && <Spinner size="tiny" labelPosition="after" label="Submitting the deployment…" />}
      </div>
    </div>
  );
}
