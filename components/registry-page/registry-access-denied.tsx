'use client';
// The page for a registry the signed-in principal may not read (ARM 403 on GET): which role is missing,
// and ARM's own error for support (ux-research §4 "Access").
import { Body1, Link, makeStyles, tokens } from '@fluentui/react-components';
import { ArmErrorState } from '@/components/arm-error/arm-error-state';
import type { ArmErrorView } from '@/lib/registries/arm-error-view';
import { PageHeader } from '@/components/shell/page-header';
import { useClientNavigation } from '@/components/shell/use-client-navigation';
import type { RegistryRef } from '@/lib/registries/registry-ref';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
});

/** "You can't see this registry", the roles that would allow it, and ARM's error. */
export function RegistryAccessDenied({ registry, error }: { registry: RegistryRef; error: ArmErrorView }) {
  const styles = useStyles();
  const navigate = useClientNavigation();
  return (
    <div className={styles.root}>
      <PageHeader title={`You don't have access to ${registry.name}`} description={`Resource group ${registry.resourceGroup} · subscription ${registry.subscriptionId}`} />
      <Body1>Reading a registry needs one of these role assignments on the registry, its resource group or subscription:</Body1>
      <ul className={styles.list}>
        <li><strong>Reader</strong> — see the registry and its assets;</li>
        <li><strong>AzureML Registry User</strong> — also create and delete assets in it;</li>
        <li>a custom role with <code>Microsoft.MachineLearningServices/registries/read</code>.</li>
      </ul>
      <Body1>
        Ask an Owner of the subscription to assign one of them, then reload this page.{' '}
        <Link href="/registries" onClick={navigate}>Back to Registries</Link>
      </Body1>
      <ArmErrorState heading="Azure refused to read the registry" error={error} />
    </div>
  );
}
