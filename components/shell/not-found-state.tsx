'use client';
// The body of the 404 page: says what happened and links back to the Registries hub.
import { Body1, Link, makeStyles, tokens } from '@fluentui/react-components';
import { PageHeader } from './page-header';
import { useClientNavigation } from './use-client-navigation';

const useStyles = makeStyles({ text: { color: tokens.colorNeutralForeground2 } });

/** "Page not found" with a way back. */
export function NotFoundState() {
  const styles = useStyles();
  const navigate = useClientNavigation();
  return (
    <>
      <PageHeader title="Page not found" />
      <Body1 className={styles.text}>
        Nothing lives at this address. It may have been mistyped, or the item it pointed to was deleted.{' '}
        <Link href="/registries" onClick={navigate}>
          Go to Registries
        </Link>
      </Body1>
    </>
  );
}
