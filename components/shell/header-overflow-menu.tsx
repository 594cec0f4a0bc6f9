'use client';
// On narrow screens the header keeps one row by folding the theme menu and the user menu into one "More"
// button (CSS in app-header.tsx decides which set shows, so the server's HTML already fits).
import {
  Button,
  Menu,
  MenuDivider,
  MenuGroup,
  MenuGroupHeader,
  MenuItem,
  MenuItemRadio,
  MenuList,
  MenuPopover,
  MenuTrigger,
} from '@fluentui/react-components';
import { MoreHorizontal20Regular, SignOut20Regular } from '@fluentui/react-icons';
import { useThemeMenu } from '@/components/theme/use-theme-menu';
import { THEME_LABELS, THEME_PREFERENCES } from '@/components/theme/theme-preference';
import { useSignedInUser } from './use-signed-in-user';

/** The "More" button with Theme choices, the signed-in user and Sign out. */
export function HeaderOverflowMenu({ className }: { className?: string }) {
  const { menuProps } = useThemeMenu();
  const { user, error, signingOut, signOut } = useSignedInUser();
  return (
    <Menu {...menuProps}>
      <MenuTrigger disableButtonEnhancement>
        <Button appearance="subtle" className={className} icon={<MoreHorizontal20Regular />} aria-label="More: theme and account" />
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          <MenuGroup>
            <MenuGroupHeader>Theme</MenuGroupHeader>
            {THEME_PREFERENCES.map((value) => (
              <MenuItemRadio key={value} name="theme" value={value}>
                {THEME_LABELS[value]}
              </MenuItemRadio>
            ))}
          </MenuGroup>
          <MenuDivider />
          <MenuGroup>
            <MenuGroupHeader>{user ? `Signed in as ${user.userPrincipalName}` : (error ?? 'Not signed in')}</MenuGroupHeader>
            {user?.canSignOut && (
              <MenuItem icon={<SignOut20Regular />} disabled={signingOut} onClick={() => void signOut()}>
                Sign out
              </MenuItem>
            )}
          </MenuGroup>
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
