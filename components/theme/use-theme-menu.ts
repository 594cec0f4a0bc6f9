'use client';
// The theme choices as a Fluent Menu's checked values, shared by the header's theme button and the narrow
// header's overflow menu: the menu shows the stored preference and a check picks a new one.
import type { MenuProps } from '@fluentui/react-components';
import { useThemePreference } from './theme-context';
import { THEME_PREFERENCES, type ThemePreference } from './theme-preference';

/** The preference, and the Menu props (`checkedValues` under the name `theme`, `onCheckedValueChange`). */
export function useThemeMenu(): { preference: ThemePreference; menuProps: Pick<MenuProps, 'checkedValues' | 'onCheckedValueChange'> } {
  const { preference, setPreference } = useThemePreference();
  const onCheckedValueChange: MenuProps['onCheckedValueChange'] = (_event, { checkedItems }) => {
    const next = THEME_PREFERENCES.find((value) => value === checkedItems[0]);
    if (next) setPreference(next);
  };
  return { preference, menuProps: { checkedValues: { theme: [preference] }, onCheckedValueChange } };
}
