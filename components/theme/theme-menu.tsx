'use client';
// The header's theme menu: System / Light / Dark as radio items; the choice persists (see theme-context).
// Downloaded when first opened (ThemeToggle).
import { Button, Menu, MenuItemRadio, MenuList, MenuPopover, MenuTrigger, Tooltip } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { DarkTheme20Regular, Desktop20Regular, WeatherMoon20Regular, WeatherSunny20Regular } from '@fluentui/react-icons';
import { HEADER_MENU_POSITIONING, useKeepFocusOnTrigger } from '@/components/shell/deferred-menu';
import { useThemeMenu } from './use-theme-menu';
import { THEME_LABELS, THEME_PREFERENCES, type ThemePreference } from './theme-preference';

const ICONS: Record<ThemePreference, ReactElement> = {
  system: <Desktop20Regular />,
  light: <WeatherSunny20Regular />,
  dark: <WeatherMoon20Regular />,
};

/** The theme button with its menu, open at first. */
export function ThemeMenu({ className }: { className?: string }) {
  const { preference, menuProps } = useThemeMenu();
  const trigger = useKeepFocusOnTrigger();
  return (
    <Menu {...menuProps} defaultOpen positioning={HEADER_MENU_POSITIONING}>
      <MenuTrigger disableButtonEnhancement>
        <Tooltip content="Theme" relationship="description">
          <Button ref={trigger} appearance="subtle" className={className} icon={<DarkTheme20Regular />} aria-label={`Theme: ${THEME_LABELS[preference]}`} />
        </Tooltip>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {THEME_PREFERENCES.map((value) => (
            <MenuItemRadio key={value} name="theme" value={value} icon={ICONS[value]}>
              {THEME_LABELS[value]}
            </MenuItemRadio>
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
