'use client';
// The header's identity: who the console acts as, and Sign out. The session cookie is httpOnly, so the
// name comes from the server (the signedInUser action); signing out reloads /signin so nothing cached for this
// user stays in the page.
import { Avatar, Button, Menu, MenuDivider, MenuGroup, MenuGroupHeader, MenuItem, MenuList, MenuPopover, MenuTrigger, Text, Tooltip } from '@fluentui/react-components';
import { SignOut20Regular } from '@fluentui/react-icons';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useSessionActions } from './session-actions';

/** Avatar button with the signed-in user's name and a Sign out item; nothing while nobody is signed in. */
export function UserMenu() {
  const actions = useSessionActions();
  // Sign-in and sign-out load a new page, so within one page load the answer never changes.
  const { data } = useQuery({ queryKey: ['session', 'user'] as const, queryFn: () => actions.signedInUser(), staleTime: Infinity });
  const [signingOut, setSigningOut] = useState(false);
  if (data?.error) {
    return (
      <Tooltip content={data.error} relationship="description">
        <Text size={200}>Identity unavailable</Text>
      </Tooltip>
    );
  }
  const user = data?.user;
  if (!user) return null;
  const signOut = async () => {
    setSigningOut(true);
    await actions.signOut();
    // A full page load on purpose: router.push would keep this user's React Query and router caches alive.
    // eslint-disable-next-line @next/next/no-location-assign-relative-destination
    window.location.assign('/signin');
  };
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <Button appearance="subtle" aria-label={`Signed in as ${user.displayName}`} icon={<Avatar name={user.displayName} size={24} color="colorful" aria-hidden />}>
          {user.displayName}
        </Button>
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
