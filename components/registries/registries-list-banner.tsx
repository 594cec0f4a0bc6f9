'use client';
// Says when the list is incomplete or was read the slow way: Resource Graph failed (with its code and request
// id) so registries were listed per subscription, and which subscriptions could not be read at all.
import { makeStyles, mergeClasses, MessageBar, MessageBarBody, MessageBarTitle, tokens } from '@fluentui/react-components';
import type { ListFailure, RegistryList } from '@/lib/registries/registry-list';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  // Long ids must wrap inside the bar rather than widen the page.
  body: { minWidth: 0, whiteSpace: 'normal' },
  list: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingInlineStart: tokens.spacingHorizontalL },
  id: { fontFamily: tokens.fontFamilyMonospace, userSelect: 'all' },
  text: { overflowWrap: 'anywhere' },
});

function FailureText({ failure }: { failure: ListFailure }) {
  const styles = useStyles();
  return (
    <>
      {failure.code}: {failure.message}
      {failure.requestId && (
        <>
          {' '}
          Request ID: <span className={styles.id}>{failure.requestId}</span>
        </>
      )}
    </>
  );
}

/** The banners of a list read through the fallback or missing subscriptions (see listNeedsBanner). */
export function RegistriesListBanner({ list }: { list: RegistryList }) {
  const styles = useStyles();
  const count = list.unreadable.length;
  return (
    <div className={styles.stack}>
      {list.graphFailure && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody className={styles.body}>
            <MessageBarTitle>Listed subscription by subscription</MessageBarTitle>
            <div className={styles.text}>
              Azure Resource Graph could not be queried, so registries were read from each subscription instead.{' '}
              <FailureText failure={list.graphFailure} />
            </div>
          </MessageBarBody>
        </MessageBar>
      )}
      {count > 0 && (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody className={styles.body}>
            <MessageBarTitle>
              {count === 1 ? '1 subscription could not be read' : `${count} subscriptions could not be read`}
            </MessageBarTitle>
            <div className={styles.text}>Registries in {count === 1 ? 'it are' : 'them are'} not shown; the rest of the list is complete.</div>
            <ul className={mergeClasses(styles.list, styles.text)} aria-label="Subscriptions that could not be read">
              {list.unreadable.map((subscription) => (
                <li key={subscription.subscriptionId}>
                  <strong>{subscription.subscriptionName}</strong> ({subscription.subscriptionId}) —{' '}
                  <FailureText failure={subscription} />
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
