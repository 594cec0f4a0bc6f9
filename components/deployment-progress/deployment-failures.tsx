'use client';
// Why the deployment failed: each failed operation's ARM error (code, message, target, nested details) and,
// for the common codes, what it means in plain words (lib/registries/deployment-progress-explanations).
import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from '@fluentui/react-components';
import type { ArmErrorBody } from '@/lib/arm/wire-types';
import type { DeploymentFailure } from '@/lib/registries/deployment-progress';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  explanation: { fontWeight: tokens.fontWeightSemibold },
  details: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  code: { fontFamily: tokens.fontFamilyMonospace },
  target: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
});

function ErrorDetails({ details }: { details: ArmErrorBody[] | undefined }) {
  const styles = useStyles();
  if (!details?.length) return null;
  return (
    <ul className={styles.details} aria-label="Error details">
      {details.map((detail, index) => (
        <li key={index}>
          <span className={styles.code}>{detail.code}</span>: {detail.message}
          {detail.target && <div className={styles.target}>Target: {detail.target}</div>}
          <ErrorDetails details={detail.details} />
        </li>
      ))}
    </ul>
  );
}

/** The failed operations of a failed deployment. */
export function DeploymentFailures({ failures }: { failures: DeploymentFailure[] }) {
  const styles = useStyles();
  if (failures.length === 0) return null;
  return (
    <section className={styles.list} aria-label="Errors">
      {failures.map((failure, index) => (
        <MessageBar key={index} intent="error" layout="multiline">
          <MessageBarBody className={styles.body}>
            <MessageBarTitle>
              {failure.resourceName ? `${failure.resourceName}: ` : ''}
              <span className={styles.code}>{failure.error.code}</span>
            </MessageBarTitle>
            <span>{failure.error.message}</span>
            {failure.error.target && <span className={styles.target}>Target: {failure.error.target}</span>}
            {failure.explanation && <span className={styles.explanation}>What this means: {failure.explanation}</span>}
            <ErrorDetails details={failure.error.details} />
          </MessageBarBody>
        </MessageBar>
      ))}
    </section>
  );
}
