'use client';
// A registry's status in the list: a coloured badge with an icon and the word (never colour alone), or
// "Checking…" while the statuses are still being read.
import { Badge, Caption1, tokens, makeStyles } from '@fluentui/react-components';
import {
  ArrowSyncCircleRegular,
  CheckmarkCircleRegular,
  DeleteRegular,
  ErrorCircleRegular,
  QuestionCircleRegular,
  SparkleRegular,
} from '@fluentui/react-icons';
import type { ReactElement } from 'react';
import type { RegistryStatus } from '@/lib/registries/status';

const APPEARANCE: Record<RegistryStatus, { color: 'success' | 'danger' | 'informative' | 'warning'; icon: ReactElement }> = {
  Ready: { color: 'success', icon: <CheckmarkCircleRegular /> },
  Failed: { color: 'danger', icon: <ErrorCircleRegular /> },
  Creating: { color: 'informative', icon: <SparkleRegular /> },
  Updating: { color: 'informative', icon: <ArrowSyncCircleRegular /> },
  Deleting: { color: 'warning', icon: <DeleteRegular /> },
  // The status could not be read: said so, never shown as Ready.
  Unknown: { color: 'warning', icon: <QuestionCircleRegular /> },
};

const useStyles = makeStyles({ pending: { color: tokens.colorNeutralForeground3 } });

/** The status badge; `status` null means not known yet. */
export function RegistryStatusBadge({ status }: { status: RegistryStatus | null }) {
  const styles = useStyles();
  if (!status) return <Caption1 className={styles.pending}>Checking…</Caption1>;
  const { color, icon } = APPEARANCE[status];
  return (
    <Badge appearance="tint" color={color} icon={icon}>
      {status}
    </Badge>
  );
}
