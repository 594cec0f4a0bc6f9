'use client';
// The body of a deployment's 404: ARM has no deployment at this address.
import { Body1, Link, makeStyles, tokens } from '@fluentui/react-components';
import { PageHeader } from '@/components/shell/page-header';
import { useClientNavigation } from '@/components/shell/use-client-navigation';

const useStyles = makeStyles({ text: { color: tokens.colorNeutralForeground2 } });

/** "Deployment not found" with a way back. */
export function DeploymentNotFound() {
  const styles = useStyles();
  const navigate = useClientNavigation();
  return (
    <>
      <PageHeader title="Deployment not found" />
      <Body1 className={styles.text}>
        Azure Resource Manager has no deployment at this address. Its resource group may have been deleted, or the deployment
        removed from the group&apos;s history.{' '}
        <Link href="/registries" onClick={navigate}>
          Go to Registries
        </Link>
      </Body1>
    </>
  );
}
