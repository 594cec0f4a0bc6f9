'use client';
// The Toaster of finished deployments, downloaded the first time a deployment ends while the person is
// elsewhere (NotificationsBell loads it with next/dynamic): Fluent's toast code is not first-load code.
// `notices` only grows; each one is toasted once, after the Toaster below has started listening (a child's
// effects run before its parent's).
import { Toaster, useId } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import type { DeploymentNotice } from '@/lib/registries/deployment-progress-notice';
import { useFinishedDeploymentToast } from './use-finished-deployment-toast';

/** Toasts every notice in `notices` not toasted yet. */
export function FinishedDeploymentToaster({ notices }: { notices: readonly DeploymentNotice[] }) {
  const toasterId = useId('notifications-toaster');
  const toast = useFinishedDeploymentToast(toasterId);
  const toasted = useRef(0);
  useEffect(() => {
    for (const notice of notices.slice(toasted.current)) toast(notice);
    toasted.current = notices.length;
  }, [notices, toast]);
  return <Toaster toasterId={toasterId} position="top-end" />;
}
