'use client';
// The console's frame: skip link, header, left nav, breadcrumbs and the main content area.
import { makeStyles, tokens } from '@fluentui/react-components';
import { useState, type ReactNode } from 'react';
import { AppBreadcrumbs } from './app-breadcrumbs';
import { AppHeader } from './app-header';
import { AppNav } from './app-nav';
import { SkipLink } from './skip-link';

/** Id of the main content element (the skip link's target). */
export const MAIN_CONTENT_ID = 'main-content';

const useStyles = makeStyles({
  body: { display: 'flex', flexGrow: 1, minHeight: 0 },
  main: {
    flexGrow: 1,
    minWidth: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalXXL} ${tokens.spacingVerticalXXL}`,
    ':focus': { outline: 'none' },
  },
});

/** Wraps every page in the global hub shell. */
export function AppShell({ children }: { children: ReactNode }) {
  const styles = useStyles();
  const [navOpen, setNavOpen] = useState(true);
  return (
    <>
      <SkipLink targetId={MAIN_CONTENT_ID} />
      <AppHeader navOpen={navOpen} onToggleNav={() => setNavOpen((open) => !open)} />
      <div className={styles.body}>
        <AppNav open={navOpen} />
        <main id={MAIN_CONTENT_ID} tabIndex={-1} className={styles.main}>
          <AppBreadcrumbs />
          {children}
        </main>
      </div>
    </>
  );
}
