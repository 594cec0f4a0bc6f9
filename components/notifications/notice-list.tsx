'use client';
// The notifications panel's entries: each deployment with its live status, resource group and start time,
// linked to its progress page, and "Go to resource" once it succeeded.
import { Body1, Caption1, Link, makeStyles, tokens } from '@fluentui/react-components';
import { ProgressStatusLabel } from '@/components/deployment-progress/progress-status';
import { LocalTime } from '@/components/deployment-progress/local-time';
import { useClientNavigation } from '@/components/shell/use-client-navigation';
import type { MouseEvent } from 'react';
import type { DeploymentNotice } from '@/lib/registries/deployment-progress-notice';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column' },
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  meta: { color: tokens.colorNeutralForeground3 },
  row: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'center', flexWrap: 'wrap' },
  empty: { color: tokens.colorNeutralForeground2 },
});

const STATUS_TEXT = { running: 'In progress', succeeded: 'Succeeded', failed: 'Failed', canceled: 'Canceled' } as const;

/** The list of deployment notices; `onNavigate` closes the panel when a link is followed. */
export function NoticeList({ items, onNavigate }: { items: DeploymentNotice[]; onNavigate: () => void }) {
  const styles = useStyles();
  const navigate = useClientNavigation();
  const follow = (event: MouseEvent<HTMLElement>) => {
    navigate(event);
    onNavigate();
  };
  if (items.length === 0) return <Body1 className={styles.empty}>No deployments yet. Deployments you start or open appear here.</Body1>;
  return (
    <ul className={styles.list} aria-label="Deployments">
      {items.map((item) => (
        <li key={item.path} className={styles.item} data-state={item.state}>
          <Link href={item.path} onClick={follow}>
            {item.ref.name}
          </Link>
          <div className={styles.row}>
            <ProgressStatusLabel status={item.state} text={STATUS_TEXT[item.state]} />
            {item.state === 'succeeded' && item.registry && (
              <Link href={item.registry.path} onClick={follow}>
                Go to resource
              </Link>
            )}
          </div>
          <Caption1 className={styles.meta}>
            {item.ref.resourceGroup} · started <LocalTime iso={item.startedAt} />
          </Caption1>
        </li>
      ))}
    </ul>
  );
}
