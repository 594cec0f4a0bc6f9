'use client';
// On narrow screens the header keeps one row by folding the theme menu and the user menu into one "More"
// button (CSS in app-header.tsx decides which set shows, so the server's HTML already fits). The menu is
// downloaded when first opened (deferred-menu.ts).
import { Button } from '@fluentui/react-components';
import { MoreHorizontal20Regular } from '@fluentui/react-icons';
import { lazy, Suspense } from 'react';
import { useDeferredMenu } from './deferred-menu';
import { useSignedInUser } from './use-signed-in-user';

const HeaderOverflowPopover = lazy(() => import('./header-overflow-popover').then((m) => ({ default: m.HeaderOverflowPopover })));

/** The More button's accessible name. */
export const MORE_LABEL = 'More: theme and account';

/** The "More" button with Theme choices, the signed-in user and Sign out. */
export function HeaderOverflowMenu({ className }: { className?: string }) {
  const session = useSignedInUser();
  const [activated, trigger] = useDeferredMenu();
  const standIn = <Button {...trigger} appearance="subtle" className={className} icon={<MoreHorizontal20Regular />} aria-label={MORE_LABEL} />;
  return <Suspense fallback={standIn}>{activated ? <HeaderOverflowPopover className={className} session={session} /> : standIn}</Suspense>;
}
