// Root layout: reads the theme and nav cookies so the server renders the chosen theme and nav state, then
// wraps every page in the providers and the hub shell.
import type { Metadata, Viewport } from 'next';
import { cookies } from 'next/headers';
import type { ReactNode } from 'react';
import { AppProviders } from '@/components/providers/app-providers';
import { AppShell } from '@/components/shell/app-shell';
import { NAV_COOKIE, parseNavState } from '@/components/shell/nav-state';
import { parseThemePreference, THEME_COOKIE } from '@/components/theme/theme-preference';
import './globals.css';

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
  return (
    <html lang="en" data-theme-preference={themePreference}>
      <body>
        <AppProviders themePreference={themePreference}>
          <AppShell initialNavState={parseNavState(cookieStore.get(NAV_COOKIE)?.value)}>{children}</AppShell>
        </AppProviders>
      </body>
    </html>
  );
}
