'use client';
// An ARM failure on a page: the code as the title, ARM's message, and the request and correlation ids that
// support asks for (selectable text), with Retry when the caller can retry.
import {
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  tokens,
} from '@fluentui/react-components';
import { ArrowClockwise20Regular } from '@fluentui/react-icons';
import { HydratedButton } from '@/components/shell/hydrated-button';
import type { ArmErrorView } from '@/lib/registries/arm-error-view';

const useStyles = makeStyles({
  // MessageBar keeps text on one line by default; ARM messages are long sentences with ids in them.
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, whiteSpace: 'normal', overflowWrap: 'anywhere' },
  ids: { display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: tokens.spacingHorizontalM, margin: 0 },
  pair: { display: 'contents' },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, fontFamily: tokens.fontFamilyMonospace, userSelect: 'all' },
});

/** Shows an ARM error; `heading` says what failed ("Couldn't load registries"). */
export function ArmErrorState({
  error,
  heading,
  onRetry,
  retrying = false,
}: {
  error: ArmErrorView;
  heading: string;
  onRetry?: () => void;
  retrying?: boolean;
}) {
  const styles = useStyles();
  const ids: [string, string | null][] = [
    ['Error code', error.code],
    ['HTTP status', error.status ? String(error.status) : 'No response'],
    ['Request ID', error.requestId],
    ['Correlation ID', error.correlationId],
  ];
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody className={styles.body}>
        <MessageBarTitle>{heading}</MessageBarTitle>
        <span>{error.message}</span>
        <dl className={styles.ids}>
          {ids
            .filter((entry): entry is [string, string] => entry[1] !== null)
            .map(([term, value]) => (
              <div key={term} className={styles.pair}>
                <dt className={styles.term}>{term}</dt>
                <dd className={styles.value}>{value}</dd>
              </div>
            ))}
        </dl>
      </MessageBarBody>
      {onRetry && (
        <MessageBarActions>
          {/* Hydration-gated: this state is often code-split (BoundaryErrorState), and its server HTML stays
              without handlers until its chunk arrives; a click on it then would be lost. */}
          <HydratedButton icon={<ArrowClockwise20Regular />} onClick={onRetry} disabled={retrying}>
            {retrying ? 'Retrying…' : 'Retry'}
          </HydratedButton>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
