'use client';
// A registry's status in the list: a coloured badge with an icon and the word (never colour alone), or
// "Checking…" while the statuses are still being read.
import { Badge, makeResetStyles, tokens, typographyStyles } from '@fluentui/react-components';
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

// Caption text, as one class: every row of the first paint says "Checking…" (a Caption1 per row cost more).
/** The class of "Checking…"; the table works it out once for all its rows. */
export const usePendingStatusClassName = makeResetStyles({ ...typographyStyles.caption1, color: tokens.colorNeutralForeground3 });

/** The status badge; `status` null means not known yet (shown with `pendingClassName`, from usePendingStatusClassName). */
export function RegistryStatusBadge({ status, pendingClassName }: { status: RegistryStatus | null; pendingClassName: string }) {
  if (!status) return <span className={pendingClassName}>Checking…</span>;
  const { color, icon } = APPEARANCE[status];
  return (
    <Badge appearance="tint" color={color} icon={icon}>
      {status}
    </Badge>
  );
}
