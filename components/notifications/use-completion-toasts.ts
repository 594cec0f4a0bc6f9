'use client';
// Toasts for deployments that finish while the user is elsewhere in the app: a deployment this tab saw
// running and now sees ended gets a toast, unless its own progress page is the one on screen.
import { useEffect, useRef } from 'react';
import type { DeploymentNotice } from '@/lib/registries/deployment-progress-notice';

/** Calls `onFinished` for each notice that went from running to a terminal state since the last render. */
export function useCompletionToasts(items: DeploymentNotice[] | undefined, pathname: string, onFinished: (notice: DeploymentNotice) => void): void {
  const previous = useRef(new Map<string, DeploymentNotice['state']>());
  useEffect(() => {
    if (!items) return;
    const before = previous.current;
    for (const item of items) {
      const was = before.get(item.path);
      if (was === 'running' && item.state !== 'running' && decodeURIComponent(pathname) !== decodeURIComponent(item.path)) onFinished(item);
    }
    previous.current = new Map(items.map((item) => [item.path, item.state]));
  }, [items, pathname, onFinished]);
}
