'use client';
// Every client-side provider the console needs, in one place for the root layout, and the session-expired notice.
import { QueryClientProvider } from '@tanstack/react-query';
import { useEffect, type ReactNode } from 'react';
import { ThemePreferenceProvider } from '@/components/theme/theme-context';
import type { ThemePreference } from '@/components/theme/theme-preference';
import { SessionExpiredNotice } from '@/components/session/session-expired-notice';
import { FluentRoot } from './fluent-root';
import { getQueryClient } from './get-query-client';

/** Theme preference (from the server's cookie read), Fluent UI (with the CSP nonce) and React Query around the app. */
export function AppProviders({ themePreference, nonce, children }: { themePreference: ThemePreference; nonce?: string; children: ReactNode }) {
  const queryClient = getQueryClient();
  // Marks the document once React owns it: browser tests wait for this before interacting.
  useEffect(() => {
    document.documentElement.dataset.hydrated = 'true';
  }, []);
  return (
    <QueryClientProvider client={queryClient}>
      <ThemePreferenceProvider initial={themePreference}>
        <FluentRoot nonce={nonce}>
          {children}
          <SessionExpiredNotice />
        </FluentRoot>
      </ThemePreferenceProvider>
    </QueryClientProvider>
  );
}
