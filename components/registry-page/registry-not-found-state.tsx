'use client';
// The 404 body for a registry that does not exist, or an address that cannot be a registry.
import { Body1, Link, makeStyles, tokens } from '@fluentui/react-components';
import { PageHeader } from '@/components/shell/page-header';
import { useClientNavigation } from '@/components/shell/use-client-navigation';

const useStyles = makeStyles({ text: { color: tokens.colorNeutralForeground2 } });

/** "Registry not found" with a way back. */
export function RegistryNotFoundState() {
  const styles = useStyles();
  const navigate = useClientNavigation();
  return (
    <>
      <PageHeader title="Registry not found" />
      <Body1 className={styles.text}>
        There is no registry at this address in Azure. It may have been deleted, or the subscription, resource group or name is
        mistyped.{' '}
        <Link href="/registries" onClick={navigate}>
          Go to Registries
        </Link>
      </Body1>
    </>
  );
}
