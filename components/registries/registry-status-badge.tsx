'use client';
// A registry's status in the list: a coloured badge with an icon and the word (never colour alone), or
// "Checking…" while the statuses are still being read. The server renders one into every row on screen, so
// the table works out the classes once per colour (useStatusClassNames, with Fluent's own Badge hooks) and each
// row renders the markup <Badge appearance="tint"> renders, its icon a plain one (components/icons): a Badge
// component per row cost more than the rest of the cell, and a Fluent icon component more than the badge.
import { makeResetStyles, tokens, typographyStyles, useBadge_unstable, useBadgeStyles_unstable } from '@fluentui/react-components';
import { plainIcon, usePlainIconClassName, type PlainIconName } from '@/components/icons/plain-icons';
import type { RegistryStatus } from '@/lib/registries/status';

type BadgeColor = 'success' | 'danger' | 'informative' | 'warning';

/** Each status's badge colour and icon. */
export const STATUS_APPEARANCE: Record<RegistryStatus, { color: BadgeColor; icon: PlainIconName }> = {
  Ready: { color: 'success', icon: 'checkmarkCircle' },
  Failed: { color: 'danger', icon: 'errorCircle' },
  Creating: { color: 'informative', icon: 'sparkle' },
  Updating: { color: 'informative', icon: 'arrowSyncCircle' },
  Deleting: { color: 'warning', icon: 'delete' },
  // The status could not be read: said so, never shown as Ready.
  Unknown: { color: 'warning', icon: 'questionCircle' },
};

/** The classes of a status cell: "Checking…", a tint badge's root and icon slot per colour, and the icon's own. */
export interface StatusClassNames {
  pending: string;
  badges: Record<BadgeColor, { root: string; icon: string }>;
  icon: string;
}

// Caption text, as one class: every row of the first paint says "Checking…" (a Caption1 per row cost more).
const usePendingStatusClassName = makeResetStyles({ ...typographyStyles.caption1, color: tokens.colorNeutralForeground3 });

const ICON_PLACEHOLDER = <span />;

// What Badge itself would give a tint badge of this colour with an icon before its text.
function useTintBadgeClassNames(color: BadgeColor): { root: string; icon: string } {
  // Any icon: Badge only needs to know there is one to style its slot.
  const state = useBadge_unstable({ appearance: 'tint', color, icon: ICON_PLACEHOLDER, children: color }, null);
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
    icon: usePlainIconClassName(),
  };
}

/** The status badge; `status` null means not known yet ("Checking…"). */
export function RegistryStatusBadge({ status, classNames }: { status: RegistryStatus | null; classNames: StatusClassNames }) {
  if (!status) return <span className={classNames.pending}>Checking…</span>;
  const { color, icon } = STATUS_APPEARANCE[status];
  const badge = classNames.badges[color];
  return (
    <div className={badge.root}>
      <span className={badge.icon}>{plainIcon(icon, classNames.icon)}</span>
      {status}
    </div>
  );
}
