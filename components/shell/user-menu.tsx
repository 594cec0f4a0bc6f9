'use client';
// The header's identity: who the console acts as, and Sign out. The button's accessible name contains all of
// its visible text (speech input users say what they see), so the avatar shows a person glyph, not initials
// that would be visible text missing from the name. The menu is downloaded when first opened (deferred-menu.ts).
import { Avatar, Button, Text, Tooltip, type ButtonProps } from '@fluentui/react-components';
import { lazy, Suspense } from 'react';
import { useDeferredMenu } from './deferred-menu';
import { useSignedInUser } from './use-signed-in-user';

const UserMenuPopover = lazy(() => import('./user-menu-popover').then((m) => ({ default: m.UserMenuPopover })));

type User = NonNullable<ReturnType<typeof useSignedInUser>['user']>;

/** The user button's look and name, shared by the stand-in and the loaded menu's trigger. */
export function userButtonProps(user: User, className: string | undefined): ButtonProps {
  return {
    appearance: 'subtle',
    className,
    'aria-label': `Signed in as ${user.displayName}`,
    icon: <Avatar idForColor={user.userPrincipalName} size={24} color="colorful" aria-hidden />,
    children: user.displayName,
  };
}

/** Avatar button with the signed-in user's name and a Sign out item; nothing while nobody is signed in. */
export function UserMenu({ className }: { className?: string }) {
  const session = useSignedInUser();
  const [activated, trigger] = useDeferredMenu();
  const { user, error } = session;
  if (error) {
    return (
      <Tooltip content={error} relationship="description">
        <Text size={200} className={className}>
          Identity unavailable
        </Text>
      </Tooltip>
    );
  }
  if (!user) return null;
  const standIn = <Button {...trigger} {...userButtonProps(user, className)} />;
  return <Suspense fallback={standIn}>{activated ? <UserMenuPopover className={className} session={{ ...session, user }} /> : standIn}</Suspense>;
}
