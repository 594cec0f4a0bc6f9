// The persisted theme choice. It lives in a cookie (not localStorage) so the server renders the right theme
// on the first paint; "system" follows the OS and is resolved in CSS until the client knows the scheme.

/** What the user picked in the theme menu. */
export type ThemePreference = 'system' | 'light' | 'dark';

/** The theme actually applied. */
export type ResolvedTheme = 'light' | 'dark';

/** Every preference, in menu order. */
export const THEME_PREFERENCES: readonly ThemePreference[] = ['system', 'light', 'dark'];

/** How each preference is named in menus. */
export const THEME_LABELS: Record<ThemePreference, string> = { system: 'System', light: 'Light', dark: 'Dark' };

/** Name of the cookie holding the preference. */
export const THEME_COOKIE = 'rh-theme';

// One year: a theme choice is a long-lived preference, not a session detail.
const THEME_COOKIE_MAX_AGE_SECONDS = 60 * 60 * 24 * 365;

/** A cookie value as a preference; anything unknown (or absent) means "system". */
export function parseThemePreference(value: string | undefined | null): ThemePreference {
  return value === 'light' || value === 'dark' ? value : 'system';
}

/** The `document.cookie` assignment that stores a preference for every path of the console. */
export function themeCookieAssignment(preference: ThemePreference): string {
  return `${THEME_COOKIE}=${preference}; Path=/; Max-Age=${THEME_COOKIE_MAX_AGE_SECONDS}; SameSite=Lax`;
}

/** The theme to apply for a preference, given the OS scheme. */
export function resolveTheme(preference: ThemePreference, systemScheme: ResolvedTheme): ResolvedTheme {
  return preference === 'system' ? systemScheme : preference;
}
