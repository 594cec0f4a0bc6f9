'use client';
// The console's frame: skip link, header, left nav, breadcrumbs and the main content area. The nav state comes
// from the server's read of its cookie (nav-state.ts), so a reload shows the nav as the person left it.
import { makeStyles, tokens } from '@fluentui/react-components';
import { useRef, useState, type ReactNode } from 'react';
import { AppBreadcrumbs } from './app-breadcrumbs';
import { AppHeader } from './app-header';
import { AppNav } from './app-nav';
import { isNavVisible, navCookieAssignment, NARROW_QUERY, toggledNavState, type NavState } from './nav-state';
import { SkipLink } from './skip-link';
import { installTabsterHydrationGuard } from './tabster-hydration-guard';
import { useFocusHeadingOnNavigation } from './use-focus-heading-on-navigation';
import { useNarrowViewport } from './use-narrow-viewport';

// At module evaluation, so it is in place before Fluent creates Tabster during the first hydration.
installTabsterHydrationGuard();

/** Id of the main content element (the skip link's target). */
export const MAIN_CONTENT_ID = 'main-content';

const useStyles = makeStyles({
  body: { display: 'flex', flexGrow: 1 },
  main: {
    flexGrow: 1,
    minWidth: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalXXL} ${tokens.spacingVerticalXXL}`,
    ':focus': { outline: 'none' },
    [`@media ${NARROW_QUERY}`]: { paddingInline: tokens.spacingHorizontalM },
  },
});

/** Wraps every page in the global hub shell; `initialNavState` is the server's read of the nav cookie. */
export function AppShell({ initialNavState, children }: { initialNavState: NavState; children: ReactNode }) {
  const styles = useStyles();
  const narrow = useNarrowViewport();
  const [navState, setNavStateValue] = useState<NavState>(initialNavState);
  const mainRef = useRef<HTMLElement>(null);
  useFocusHeadingOnNavigation(mainRef);
  const setNavState = (next: NavState) => {
    document.cookie = navCookieAssignment(next);
    setNavStateValue(next);
  };
  const navVisible = isNavVisible(navState, narrow);
  // Only the overlay is dismissed by a backdrop click, Escape or choosing a hub; the inline nav stays put.
  const dismissOverlay = () => {
    if (narrow && navVisible) setNavState('auto');
  };
  return (
    <>
      <SkipLink targetId={MAIN_CONTENT_ID} />
      <AppHeader navOpen={navVisible} onToggleNav={() => setNavState(toggledNavState(navState, narrow))} />
      <div className={styles.body}>
        <AppNav state={navState} onDismiss={dismissOverlay} />
        <main ref={mainRef} id={MAIN_CONTENT_ID} tabIndex={-1} className={styles.main}>
          <AppBreadcrumbs />
          {children}
        </main>
      </div>
    </>
  );
}
