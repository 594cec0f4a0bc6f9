'use client';
// The toast shown when a followed deployment ends while the user is elsewhere: its outcome, its name and a
// link to the registry (succeeded) or to the deployment's progress page.
import { Link, Toast, ToastBody, ToastFooter, ToastTitle, useToastController } from '@fluentui/react-components';
import { useRouter } from 'next/navigation';
import { useCallback } from 'react';
import type { DeploymentNotice } from '@/lib/registries/deployment-progress-notice';

/** A callback that toasts `notice`'s end on the Toaster `toasterId`. */
export function useFinishedDeploymentToast(toasterId: string): (notice: DeploymentNotice) => void {
  const router = useRouter();
  const { dispatchToast } = useToastController(toasterId);
  return useCallback(
    (notice: DeploymentNotice) => {
      const succeeded = notice.state === 'succeeded';
      const target = succeeded && notice.registry ? notice.registry.path : notice.path;
      dispatchToast(
        <Toast>
          <ToastTitle>{succeeded ? 'Deployment succeeded' : notice.state === 'failed' ? 'Deployment failed' : 'Deployment canceled'}</ToastTitle>
          <ToastBody>{notice.ref.name}</ToastBody>
          <ToastFooter>
            <Link href={target} onClick={(event) => (event.preventDefault(), router.push(target))}>
              {succeeded && notice.registry ? 'Go to resource' : 'View deployment'}
            </Link>
          </ToastFooter>
        </Toast>,
        { intent: succeeded ? 'success' : 'error', timeout: 10_000 },
      );
    },
    [dispatchToast, router],
  );
}
