'use client';
// The narrow header's "More" menu itself: Theme choices, the signed-in user and Sign out. Downloaded when
// first opened (HeaderOverflowMenu).
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
import { HEADER_MENU_POSITIONING, useKeepFocusOnTrigger } from './deferred-menu';
import { MORE_LABEL } from './header-overflow-menu';
import type { useSignedInUser } from './use-signed-in-user';

/** The "More" button with its menu, open at first. */
export function HeaderOverflowPopover({ className, session }: { className?: string; session: ReturnType<typeof useSignedInUser> }) {
  const { menuProps } = useThemeMenu();
  const { user, error, signingOut, signOut } = session;
  const trigger = useKeepFocusOnTrigger();
  return (
    <Menu {...menuProps} defaultOpen positioning={HEADER_MENU_POSITIONING}>
      <MenuTrigger disableButtonEnhancement>
        <Button ref={trigger} appearance="subtle" className={className} icon={<MoreHorizontal20Regular />} aria-label={MORE_LABEL} />
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
