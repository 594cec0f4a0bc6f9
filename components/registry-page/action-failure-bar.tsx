'use client';
// An action's failure inside a dialog or on the page: the plain words, then ARM's code and ids for support.
import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import type { ActionFailure } from './action-result';

const useStyles = makeStyles({
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, whiteSpace: 'normal', minWidth: 0 },
  ids: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, userSelect: 'all' },
});

/** The failure as an alert; `title` says what failed ("Couldn't add regions"). */
export function ActionFailureBar({ failure, title }: { failure: ActionFailure; title: string }) {
  const styles = useStyles();
  const ids = failure.arm
    ? [`Code ${failure.arm.code}`, failure.arm.status ? `HTTP ${failure.arm.status}` : null, failure.arm.requestId && `Request ID ${failure.arm.requestId}`]
        .filter(Boolean)
        .join(' · ')
    : null;
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody className={styles.body}>
        <MessageBarTitle>{title}</MessageBarTitle>
        <span>{failure.message}</span>
        {ids && <span className={styles.ids}>{ids}</span>}
      </MessageBarBody>
    </MessageBar>
  );
}
