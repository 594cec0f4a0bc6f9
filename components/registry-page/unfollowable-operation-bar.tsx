'use client';
// An operation from the URL that the page cannot follow (a mangled or foreign link, or one ARM no longer
// knows): said calmly, with the reason, while the page goes on showing the registry as it is now.
import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';

const useStyles = makeStyles({ body: { whiteSpace: 'normal', minWidth: 0 } });

/** The notice; `reason` says what was wrong with the operation in the link. */
export function UnfollowableOperationBar({ reason, onDismiss }: { reason: string; onDismiss: () => void }) {
  const styles = useStyles();
  return (
    <MessageBar intent="warning" layout="multiline" role="status">
      <MessageBarBody className={styles.body}>
        <MessageBarTitle>This operation can&apos;t be followed</MessageBarTitle>
        The link names an operation this page cannot read ({reason}). The page shows the registry as it is now; refresh it to see
        the result of any change that was running.
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={onDismiss}>Dismiss</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
