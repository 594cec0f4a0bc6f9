'use client';
// An action's failure inside a dialog or on a page: the plain words, then ARM's code, status and request id
// for support (arm-contract §4).
import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from '@fluentui/react-components';
import type { ActionFailure } from '@/lib/action-kit/action-result';

const useStyles = makeStyles({
  // ARM messages carry long unbroken scopes: wrap them anywhere rather than widen the page.
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, whiteSpace: 'normal', overflowWrap: 'anywhere', minWidth: 0 },
  bar: { whiteSpace: 'normal', minWidth: 0 },
  ids: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, userSelect: 'all' },
});

/** The failure as an alert; `title` says what failed ("Couldn't add regions"). */
export function FailureBar({ failure, title }: { failure: ActionFailure; title: string }) {
  const styles = useStyles();
  const ids = [failure.code && `Code ${failure.code}`, failure.status && `HTTP ${failure.status}`, failure.requestId && `Request ID ${failure.requestId}`]
    .filter(Boolean)
    .join(' · ');
  return (
    <MessageBar intent="error" layout="multiline" role="alert" className={styles.bar}>
      <MessageBarBody className={styles.body}>
        <MessageBarTitle>{title}</MessageBarTitle>
        <span>{failure.message}</span>
        {ids && <span className={styles.ids}>{ids}</span>}
      </MessageBarBody>
    </MessageBar>
  );
}
