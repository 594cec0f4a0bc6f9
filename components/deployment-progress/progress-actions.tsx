'use client';
// The progress page's header actions: "Go to resource" (a link, so it works before hydration) once the
// deployment succeeded, Redeploy (disabled until hydrated) once it failed or was canceled, and why a
// redeploy could not start.
import { Button, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { ArrowClockwise20Regular, ArrowRight20Regular } from '@fluentui/react-icons';
import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { HydratedButton } from '@/components/shell/hydrated-button';
import { useClientNavigation } from '@/components/shell/use-client-navigation';
import type { ActionResult } from '@/lib/action-kit/action-result';
import type { DeploymentRef } from '@/lib/registries/deployment-progress';

/** What the Redeploy server action answers: the new deployment's page, or why it could not start. */
export type RedeployResult = ActionResult<{ path: string }>;

/** Go to resource / Redeploy for deployment `deploymentRef` in `state`. */
export function ProgressActions({ deploymentRef, state, registryPath, redeploy }: {
  deploymentRef: DeploymentRef;
  state: string;
  registryPath: string | null;
  redeploy: (ref: DeploymentRef) => Promise<RedeployResult>;
}) {
  const router = useRouter();
  const navigate = useClientNavigation();
  const mutation = useMutation({
    mutationFn: () => redeploy(deploymentRef),
    onSuccess: (result) => {
      if (result.ok) router.push(result.data.path);
    },
  });
  const failed = mutation.data && !mutation.data.ok ? mutation.data : null;
  return (
    <>
      {state === 'succeeded' && registryPath && (
        <Button as="a" href={registryPath} onClick={navigate} appearance="primary" icon={<ArrowRight20Regular />} iconPosition="after">
          Go to resource
        </Button>
      )}
      {(state === 'failed' || state === 'canceled') && (
        <HydratedButton appearance="primary" icon={<ArrowClockwise20Regular />} disabled={mutation.isPending || mutation.data?.ok} onClick={() => mutation.mutate()}>
          {mutation.isPending || mutation.data?.ok ? 'Redeploying…' : 'Redeploy'}
        </HydratedButton>
      )}
      {(failed || mutation.error) && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            Redeploy failed: {failed ? `${failed.code ? `${failed.code}: ` : ''}${failed.message}` : mutation.error?.message}
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
