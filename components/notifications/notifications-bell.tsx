'use client';
// The header's notifications bell: a count of running deployments and of those that ended since the panel was
// last opened, and a panel listing running and recent deployments with live status. It is in the header of
// every page, so it also watches running deployments app-wide and toasts the ones that finish elsewhere.
import { Button, CounterBadge, makeStyles } from '@fluentui/react-components';
import { Alert20Regular } from '@fluentui/react-icons';
import { useQuery } from '@tanstack/react-query';
import dynamic from 'next/dynamic';
import { usePathname } from 'next/navigation';
import { lazy, startTransition, Suspense, useCallback, useState } from 'react';
import type { DeploymentNotice } from '@/lib/registries/deployment-progress-notice';
import { deploymentNoticesQuery } from './deployment-notices-query';
import { markNotificationsSeen, useNotificationsSeenAt, useTrackedDeployments } from './tracked-deployments';
import { useCompletionToasts } from './use-completion-toasts';

// The panel's code comes with the first press of the bell; the stand-in button stays on screen meanwhile.
const NotificationsPopover = lazy(() => import('./notifications-popover').then((m) => ({ default: m.NotificationsPopover })));
const FinishedDeploymentToaster = dynamic(() => import('./finished-deployment-toaster').then((m) => m.FinishedDeploymentToaster), { ssr: false });

const useStyles = makeStyles({
  anchor: { position: 'relative', display: 'inline-flex' },
  // On a wrapper of our own: on the badge itself, Fluent's reset style (position: relative) can win the cascade
  // when a page inserts Badge styles later (asset pages did), putting the count beside the bell.
  badge: { position: 'absolute', top: '0', right: '0', pointerEvents: 'none', display: 'flex' },
});

/** How many entries deserve attention: running ones, and ended ones the user has not seen since opening the panel. */
export function unseenCount(items: readonly DeploymentNotice[], seenAt: string | null): number {
  return items.filter((item) => item.state === 'running' || (item.endedAt !== null && (seenAt === null || item.endedAt > seenAt))).length;
}

/** The bell, its panel and the completion toasts. */
export function NotificationsBell() {
  const styles = useStyles();
  const pathname = usePathname();
  const followed = useTrackedDeployments();
  const { data } = useQuery(deploymentNoticesQuery(followed));
  const items = data?.ok ? data.items : [];
  const [open, setOpen] = useState(false);
  const seenAt = useNotificationsSeenAt();
  // Deployments that ended while this tab watched them; the toaster is mounted with the first.
  const [finished, setFinished] = useState<DeploymentNotice[]>([]);

  const onOpenChange = (next: boolean) => {
    setOpen(next);
    if (next) markNotificationsSeen();
  };

  const onFinished = useCallback((notice: DeploymentNotice) => setFinished((list) => [...list, notice]), []);
  useCompletionToasts(data?.ok ? data.items : undefined, pathname, onFinished);

  const count = unseenCount(items, seenAt);
  const label = count ? `Notifications, ${count} new` : 'Notifications';
  const badge = count > 0 && (
    <span className={styles.badge}>
      <CounterBadge count={count} size="small" aria-hidden />
    </span>
  );
  const [activated, setActivated] = useState(false);
  const standIn = (
    <span className={styles.anchor}>
      <Button
        appearance="subtle"
        icon={<Alert20Regular />}
        aria-label={label}
        aria-expanded={false}
        onClick={() =>
          startTransition(() => {
            setActivated(true);
            onOpenChange(true);
          })
        }
      />
      {badge}
    </span>
  );
  return (
    <>
      <Suspense fallback={standIn}>
        {activated ? <NotificationsPopover open={open} onOpenChange={onOpenChange} label={label} anchorClassName={styles.anchor} badge={badge} items={items} /> : standIn}
      </Suspense>
      {finished.length > 0 && <FinishedDeploymentToaster notices={finished} />}
    </>
  );
}
