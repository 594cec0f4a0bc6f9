'use client';
// The bell with its panel of running and recent deployments: downloaded the first time the bell is pressed
// (NotificationsBell shows a stand-in button until then, as deferred-menu.ts does for the header's menus).
import { Button, makeStyles, Popover, PopoverSurface, PopoverTrigger, Subtitle2, tokens } from '@fluentui/react-components';
import { Alert20Regular } from '@fluentui/react-icons';
import type { ReactNode } from 'react';
import type { DeploymentNotice } from '@/lib/registries/deployment-progress-notice';
import { useKeepFocusOnTrigger } from '@/components/shell/deferred-menu';
import { NoticeList } from './notice-list';

const useStyles = makeStyles({
  surface: { width: '360px', maxHeight: '70vh', overflowY: 'auto', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

/** The bell button (`label`, `badge` beside it in `anchorClassName`) and the panel listing `items`. */
export function NotificationsPopover({ open, onOpenChange, label, anchorClassName, badge, items }: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  label: string;
  anchorClassName: string;
  badge: ReactNode;
  items: DeploymentNotice[];
}) {
  const styles = useStyles();
  const trigger = useKeepFocusOnTrigger();
  return (
    // Non-modal and inline: Tab moves from the bell into the list, and the rest of the page stays usable.
    <Popover open={open} onOpenChange={(_, d) => onOpenChange(d.open)} positioning="below-end" inline>
      <span className={anchorClassName}>
        <PopoverTrigger disableButtonEnhancement>
          <Button ref={trigger} appearance="subtle" icon={<Alert20Regular />} aria-label={label} />
        </PopoverTrigger>
        {badge}
      </span>
      <PopoverSurface className={styles.surface} role="dialog" aria-label="Notifications">
        <Subtitle2 as="h2">Deployments</Subtitle2>
        <NoticeList items={items} onNavigate={() => onOpenChange(false)} />
      </PopoverSurface>
    </Popover>
  );
}
