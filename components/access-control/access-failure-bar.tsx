'use client';
// An access-control failure: the plain words, then ARM's code and request id for support.
import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from '@fluentui/react-components';
import type { AccessFailure } from './access-result';

const useStyles = makeStyles({
  // ARM messages carry long unbroken scopes: wrap them anywhere rather than widen the page.
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, whiteSpace: 'normal', overflowWrap: 'anywhere', minWidth: 0 },
  bar: { whiteSpace: 'normal', minWidth: 0 },
  ids: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, userSelect: 'all' },
});

/** The failure as an alert titled `title`. */
export function AccessFailureBar({ failure, title }: { failure: AccessFailure; title: string }) {
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
