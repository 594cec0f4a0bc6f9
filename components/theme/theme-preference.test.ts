import { describe, expect, it } from 'vitest';
import { parseThemePreference, resolveTheme, themeCookieAssignment, THEME_COOKIE } from './theme-preference';

describe('theme preference', () => {
  it('reads light and dark from the cookie and treats anything else as system', () => {
    expect(parseThemePreference('light')).toBe('light');
    expect(parseThemePreference('dark')).toBe('dark');
    expect(parseThemePreference('system')).toBe('system');
    expect(parseThemePreference('DARK')).toBe('system');
    expect(parseThemePreference(undefined)).toBe('system');
  });

  it('follows the OS only for system', () => {
    expect(resolveTheme('system', 'dark')).toBe('dark');
    expect(resolveTheme('system', 'light')).toBe('light');
    expect(resolveTheme('light', 'dark')).toBe('light');
    expect(resolveTheme('dark', 'light')).toBe('dark');
  });

  it('stores the preference site-wide for a year', () => {
    const cookie = themeCookieAssignment('dark');
    expect(cookie.startsWith(`${THEME_COOKIE}=dark;`)).toBe(true);
    expect(cookie).toContain('Path=/');
    expect(cookie).toContain(`Max-Age=${60 * 60 * 24 * 365}`);
  });
});
