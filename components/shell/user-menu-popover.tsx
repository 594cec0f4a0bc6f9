'use client';
// The user menu itself (the signed-in user's name and Sign out), downloaded when first opened (UserMenu).
import { Button, Menu, MenuDivider, MenuGroup, MenuGroupHeader, MenuItem, MenuList, MenuPopover, MenuTrigger } from '@fluentui/react-components';
import { SignOut20Regular } from '@fluentui/react-icons';
import { HEADER_MENU_POSITIONING, useKeepFocusOnTrigger } from './deferred-menu';
import { userButtonProps } from './user-menu';
import type { useSignedInUser } from './use-signed-in-user';

type SignedIn = ReturnType<typeof useSignedInUser> & { user: NonNullable<ReturnType<typeof useSignedInUser>['user']> };

/** The avatar button with its menu, open at first. */
export function UserMenuPopover({ className, session }: { className?: string; session: SignedIn }) {
  const { user, signingOut, signOut } = session;
  const trigger = useKeepFocusOnTrigger();
  return (
    <Menu defaultOpen positioning={HEADER_MENU_POSITIONING}>
      <MenuTrigger disableButtonEnhancement>
        <Button ref={trigger} {...userButtonProps(user, className)} />
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          <MenuGroup>
            <MenuGroupHeader>{user.userPrincipalName}</MenuGroupHeader>
          </MenuGroup>
          {user.canSignOut && (
            <>
              <MenuDivider />
              <MenuItem icon={<SignOut20Regular />} disabled={signingOut} onClick={() => void signOut()}>
                Sign out
              </MenuItem>
            </>
          )}
          {!user.canSignOut && <MenuItem disabled>Acting as the server&apos;s identity (DefaultAzureCredential)</MenuItem>}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
