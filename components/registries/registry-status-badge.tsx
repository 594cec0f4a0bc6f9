'use client';
// A registry's status in the list: a coloured badge with an icon and the word (never colour alone), or
// "Checking…" while the statuses are still being read. The server renders one into every row on screen, so
// the table works out the classes once per colour (useStatusClassNames, with Fluent's own Badge hooks) and each
// row renders the markup <Badge appearance="tint"> renders: a Badge component per row cost more than the rest
// of the cell.
import { makeResetStyles, tokens, typographyStyles, useBadge_unstable, useBadgeStyles_unstable } from '@fluentui/react-components';
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

type BadgeColor = 'success' | 'danger' | 'informative' | 'warning';

/** Each status's badge colour and icon. */
export const STATUS_APPEARANCE: Record<RegistryStatus, { color: BadgeColor; icon: ReactElement }> = {
  Ready: { color: 'success', icon: <CheckmarkCircleRegular /> },
  Failed: { color: 'danger', icon: <ErrorCircleRegular /> },
  Creating: { color: 'informative', icon: <SparkleRegular /> },
  Updating: { color: 'informative', icon: <ArrowSyncCircleRegular /> },
  Deleting: { color: 'warning', icon: <DeleteRegular /> },
  // The status could not be read: said so, never shown as Ready.
  Unknown: { color: 'warning', icon: <QuestionCircleRegular /> },
};

/** The classes of a status cell: "Checking…", and a tint badge's root and icon per colour. */
export interface StatusClassNames {
  pending: string;
  badges: Record<BadgeColor, { root: string; icon: string }>;
}

// Caption text, as one class: every row of the first paint says "Checking…" (a Caption1 per row cost more).
const usePendingStatusClassName = makeResetStyles({ ...typographyStyles.caption1, color: tokens.colorNeutralForeground3 });

// What Badge itself would give a tint badge of this colour with an icon before its text.
function useTintBadgeClassNames(color: BadgeColor): { root: string; icon: string } {
  const state = useBadge_unstable({ appearance: 'tint', color, icon: STATUS_APPEARANCE.Ready.icon, children: color }, null);
  useBadgeStyles_unstable(state);
  return { root: state.root.className ?? '', icon: state.icon?.className ?? '' };
}

/** The status cells' classes, for the table to work out once per render. */
export function useStatusClassNames(): StatusClassNames {
  return {
    pending: usePendingStatusClassName(),
    badges: {
      success: useTintBadgeClassNames('success'),
      danger: useTintBadgeClassNames('danger'),
      informative: useTintBadgeClassNames('informative'),
      warning: useTintBadgeClassNames('warning'),
    },
  };
}

/** The status badge; `status` null means not known yet ("Checking…"). */
export function RegistryStatusBadge({ status, classNames }: { status: RegistryStatus | null; classNames: StatusClassNames }) {
  if (!status) return <span className={classNames.pending}>Checking…</span>;
  const { color, icon } = STATUS_APPEARANCE[status];
  const badge = classNames.badges[color];
  return (
    <div className={badge.root}>
      <span className={badge.icon}>{icon}</span>
      {status}
    </div>
  );
}
