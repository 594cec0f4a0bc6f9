// Root layout: reads the theme and nav cookies so the server renders the chosen theme and nav state, then
// wraps every page in the providers and the hub shell.
import type { Metadata, Viewport } from 'next';
import { cookies, headers } from 'next/headers';
import type { ReactNode } from 'react';
import { NONCE_HEADER } from '@/lib/http-security/nonce-header';
import { AppProviders } from '@/components/providers/app-providers';
import { AppShell } from '@/components/shell/app-shell';
import { NAV_COOKIE, parseNavState } from '@/components/shell/nav-state';
import { SessionActionsProvider, type SessionActions } from '@/components/shell/session-actions';
import { parseThemePreference, THEME_COOKIE } from '@/components/theme/theme-preference';
import { signOutAction } from './_actions/sign-out-action';
import { signedInUserAction } from './_actions/signed-in-user-action';
// Fluent's theme tokens for light, dark and "system" (scripts/theme/fluent-theme-css.ts generates the file).
import './fluent-theme.css';
import './globals.css';

// Every route's shell asks who is signed in and can sign out.
const SESSION_ACTIONS: SessionActions = { signedInUser: signedInUserAction, signOut: signOutAction };

/** Default document title and description; pages set their own title into the template. */
export const metadata: Metadata = {
  title: { default: 'Registry Hub', template: '%s · Registry Hub' },
  description: 'Create, find and manage Azure Machine Learning registries.',
  // public/: the installable app's manifest and icons (scripts/generate-icons.ts renders the PNGs).
  manifest: '/manifest.webmanifest',
  icons: {
    icon: [
      { url: '/favicon.ico', sizes: '16x16 32x32 48x48' },
      { url: '/icons/icon.svg', type: 'image/svg+xml' },
    ],
    apple: '/icons/apple-touch-icon.png',
  },
};

/** Browser chrome in the brand colour (Fluent's brand background). */
export const viewport: Viewport = { themeColor: '#0f6cbd' };

/** The document: <html> carries the theme preference for the CSS that resolves "system". */
export default async function RootLayout({ children }: { children: ReactNode }) {
  const cookieStore = await cookies();
  const themePreference = parseThemePreference(cookieStore.get(THEME_COOKIE)?.value);
  // This request's CSP nonce (proxy.ts): Fluent's style elements must carry it.
  const nonce = (await headers()).get(NONCE_HEADER) ?? undefined;
  return (
    <html lang="en" data-theme-preference={themePreference}>
      <body>
        <AppProviders themePreference={themePreference} nonce={nonce}>
          <SessionActionsProvider actions={SESSION_ACTIONS}>
            <AppShell initialNavState={parseNavState(cookieStore.get(NAV_COOKIE)?.value)}>{children}</AppShell>
          </SessionActionsProvider>
        </AppProviders>
      </body>
    </html>
  );
}
