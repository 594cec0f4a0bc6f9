'use client';
// Holds the theme preference for the client tree and persists changes (cookie + <html> attribute), so the
// next server render and the CSS that resolves "system" agree with what the user picked.
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { resolveTheme, themeCookieAssignment, type ResolvedTheme, type ThemePreference } from './theme-preference';
import { useSystemScheme } from './use-system-scheme';

interface ThemeContextValue {
  preference: ThemePreference;
  resolved: ResolvedTheme;
  setPreference: (preference: ThemePreference) => void;
}

const ThemeContext = createContext<ThemeContextValue | null>(null);

/** Provides the theme preference, starting from the one the server read from the cookie. */
export function ThemePreferenceProvider({ initial, children }: { initial: ThemePreference; children: ReactNode }) {
  const [preference, setPreferenceState] = useState<ThemePreference>(initial);
  const systemScheme = useSystemScheme();
  const setPreference = useCallback((next: ThemePreference) => {
    document.cookie = themeCookieAssignment(next);
    // The root layout rendered this attribute from the cookie; keep it in step so CSS keyed on it follows.
    document.documentElement.dataset.themePreference = next;
    setPreferenceState(next);
  }, []);
  const value = useMemo(
    () => ({ preference, resolved: resolveTheme(preference, systemScheme), setPreference }),
    [preference, systemScheme, setPreference],
  );
  return <ThemeContext.Provider value={value}>{children}</ThemeContext.Provider>;
}

/** The current preference, the theme it resolves to, and a setter that persists the choice. */
export function useThemePreference(): ThemeContextValue {
  const value = useContext(ThemeContext);
  if (!value) throw new Error('useThemePreference must be used inside ThemePreferenceProvider');
  return value;
}
