'use client';
// The registry page's notice for a principal who may not change (or delete) the registry: one plain sentence,
// with the exact permissions ARM names behind a disclosure, for the person who asks an Owner for access.
import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from '@fluentui/react-components';
import { missingPermissionDetail, type WriteAccess } from '@/lib/registries/write-access';

// MessageBar text must wrap inside the bar (permission names are long and unbroken).
const useStyles = makeStyles({
  body: { whiteSpace: 'normal', minWidth: 0 },
  details: { marginTop: tokens.spacingVerticalXS },
  summary: { cursor: 'pointer', color: tokens.colorNeutralForeground2 },
  exact: { overflowWrap: 'anywhere' },
});

/** The read-only notice, or nothing when the principal may do everything. */
export function ReadOnlyNotice({ access }: { access: WriteAccess }) {
  const styles = useStyles();
  if (!access.reason) return null;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody className={styles.body}>
        <MessageBarTitle>Read-only</MessageBarTitle>
        {access.reason}
        <details className={styles.details}>
          <summary className={styles.summary}>Which permission is missing</summary>
          <span className={styles.exact}>{missingPermissionDetail(access.missing)}</span>
        </details>
      </MessageBarBody>
    </MessageBar>
  );
}
