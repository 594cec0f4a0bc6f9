'use client';
// The Basics step's preflight, shown once a subscription and a resource group are chosen: permissions
// (registries/write and deployments/write, plus resourceGroups/write for a new group) and whether
// Microsoft.MachineLearningServices is registered, with "Register" and its progress when it is not.
import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  tokens,
} from '@fluentui/react-components';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { isProviderTransitioning, rolesThatWouldAllow, type PreflightResult } from '@/lib/registries/preflight';
import type { ActionResult } from '@/lib/action-kit/action-result';
import { usePreflight, type PreflightTarget } from './wizard-queries';
import { useWizardServices } from './wizard-services';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
});

function scopeLabel(target: PreflightTarget): string {
  return target.resourceGroup.mode === 'new'
    ? 'this subscription (for the new resource group)'
    : `resource group "${target.resourceGroup.name}"`;
}

function PermissionsResult({ result, target }: { result: PreflightResult; target: PreflightTarget }) {
  const { permissions } = result;
  if (permissions.allowed) {
    return (
      <MessageBar intent="success">
        <MessageBarBody>You have permission to create registries in {scopeLabel(target)}.</MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>You don&apos;t have permission to create a registry here</MessageBarTitle>
        Creating a registry in {scopeLabel(target)} needs {permissions.missing.join(', ')}, which your roles do not
        grant. {rolesThatWouldAllow(permissions.missing)}
      </MessageBarBody>
    </MessageBar>
  );
}

function ProviderResult({ result, subscriptionId }: { result: PreflightResult; subscriptionId: string }) {
  const services = useWizardServices();
  const queryClient = useQueryClient();
  const register = useMutation({
    mutationFn: () => services.registerProvider(subscriptionId),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['create-registry', 'preflight', subscriptionId] }),
  });
  const { namespace, registrationState, canRegister } = result.provider;
  if (registrationState === 'Registered') {
    return (
      <MessageBar intent="success">
        <MessageBarBody>{namespace} is registered in this subscription.</MessageBarBody>
      </MessageBar>
    );
  }
  if (isProviderTransitioning(registrationState) || register.isPending) {
    return (
      <MessageBar intent="info" icon={<Spinner size="extra-tiny" />}>
        <MessageBarBody>
          {registrationState === 'Unregistering' ? `${namespace} is being unregistered…` : `Registering ${namespace}… This takes a moment.`}
        </MessageBarBody>
      </MessageBar>
    );
  }
  const failed = register.data && !register.data.ok ? register.data : null;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{namespace} is not registered in this subscription</MessageBarTitle>
        Registries can only be created once the subscription is registered with the resource provider.{' '}
        {canRegister ? '' : 'Ask an Owner or Contributor of the subscription to register it.'}
        {failed && ` Registration failed: ${failed.message}${failed.code ? ` (${failed.code})` : ''}`}
      </MessageBarBody>
      {canRegister && (
        <MessageBarActions>
          <Button onClick={() => register.mutate()}>Register</Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}

function failureText(result: ActionResult<PreflightResult>): string | null {
  if (result.ok) return null;
  return `${result.message}${result.code ? ` (${result.code})` : ''}`;
}

/** The preflight panel for the chosen subscription and resource group (nothing until both are chosen). */
export function PreflightPanel({ target }: { target: PreflightTarget }) {
  const styles = useStyles();
  const preflight = usePreflight(target);
  if (target.subscriptionId === '' || target.resourceGroup.name === '') return null;
  const data = preflight.data;
  return (
    <section className={styles.root} aria-labelledby="preflight-heading" aria-live="polite">
      <h2 id="preflight-heading" className={styles.heading}>
        Preflight checks
      </h2>
      {preflight.isPending && <Spinner size="tiny" labelPosition="after" label="Checking your permissions and the resource provider…" />}
      {preflight.isError && (
        <MessageBar intent="error">
          <MessageBarBody>The checks could not run: {preflight.error.message}</MessageBarBody>
        </MessageBar>
      )}
      {data && !data.ok && (
        <MessageBar intent="error">
          <MessageBarBody>The checks could not run: {failureText(data)}</MessageBarBody>
        </MessageBar>
      )}
      {data?.ok && <PermissionsResult result={data.data} target={target} />}
      {data?.ok && <ProviderResult result={data.data} subscriptionId={target.subscriptionId} />}
    </section>
  );
}
