'use client';
// The header's identity: who the console acts as, and Sign out. The button's accessible name contains all of
// its visible text (speech input users say what they see), so the avatar shows a person glyph, not initials
// that would be visible text missing from the name. The menu is downloaded when first opened (deferred-menu.ts);
// the avatar once the user is known (user-avatar.tsx), an empty square of its size holding its place till then.
import { Button, makeStyles, Text, type ButtonProps } from '@fluentui/react-components';
import { lazy, Suspense } from 'react';
import { useDeferredMenu } from './deferred-menu';
import { DeferredTooltip } from './deferred-tooltip';
import { useSignedInUser } from './use-signed-in-user';

const UserAvatar = lazy(() => import('./user-avatar').then((m) => ({ default: m.UserAvatar })));
const UserMenuPopover = lazy(() => import('./user-menu-popover').then((m) => ({ default: m.UserMenuPopover })));

type User = NonNullable<ReturnType<typeof useSignedInUser>['user']>;

const useStyles = makeStyles({ place: { display: 'inline-block', width: '24px', height: '24px' } });

function AvatarPlace() {
  return <span className={useStyles().place} aria-hidden />;
}

/** The user button's look and name, shared by the stand-in and the loaded menu's trigger. */
export function userButtonProps(user: User, className: string | undefined): ButtonProps {
  return {
    appearance: 'subtle',
    className,
    'aria-label': `Signed in as ${user.displayName}`,
    icon: (
      <Suspense fallback={<AvatarPlace />}>
        <UserAvatar id={user.userPrincipalName} />
      </Suspense>
    ),
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
      <DeferredTooltip content={error} relationship="description">
        <Text size={200} className={className}>
          Identity unavailable
        </Text>
      </DeferredTooltip>
    );
  }
  if (!user) return null;
  const standIn = <Button {...trigger} {...userButtonProps(user, className)} />;
  return <Suspense fallback={standIn}>{activated ? <UserMenuPopover className={className} session={{ ...session, user }} /> : standIn}</Suspense>;
}
