'use client';
// The header's identity: who the console acts as, and Sign out. The button's accessible name contains all of
// its visible text (speech input users say what they see), so the avatar shows a person glyph, not initials
// that would be visible text missing from the name.
import { Avatar, Button, Menu, MenuDivider, MenuGroup, MenuGroupHeader, MenuItem, MenuList, MenuPopover, MenuTrigger, Text, Tooltip } from '@fluentui/react-components';
import { SignOut20Regular } from '@fluentui/react-icons';
import { useSignedInUser } from './use-signed-in-user';

/** Avatar button with the signed-in user's name and a Sign out item; nothing while nobody is signed in. */
export function UserMenu({ className }: { className?: string }) {
  const { user, error, signingOut, signOut } = useSignedInUser();
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
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <Button
          appearance="subtle"
          className={className}
          aria-label={`Signed in as ${user.displayName}`}
          icon={<Avatar idForColor={user.userPrincipalName} size={24} color="colorful" aria-hidden />}
        >
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
