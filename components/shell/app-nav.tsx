'use client';
// The left nav of hubs, as in Azure ML Studio's global hub. NavItems are real links; arrow keys move between
// them (one tab stop), and the current hub carries aria-current="page". From 1024 px up it sits beside the
// content; below, it is an overlay drawer over a backdrop. Which one shows is decided by CSS media queries, so
// the server's HTML is already right for the viewport (nav-state.ts explains the states). It is Fluent's Nav
// styled as NavDrawer's inline drawer, not NavDrawer itself: CSS already shows and hides it, and NavDrawer
// brings Drawer, which brings the overlay drawer's Dialog and the motion library into every page's first
// download for a slide-in nobody waits for.
import { makeStyles, mergeClasses, Nav, NavDrawerBody, NavItem, tokens } from '@fluentui/react-components';
import { bundleIcon, Library20Filled, Library20Regular } from '@fluentui/react-icons';
import { usePathname } from 'next/navigation';
import type { KeyboardEvent, MouseEvent } from 'react';
import { HEADER_HEIGHT } from './app-header';
import { NARROW_QUERY, type NavState } from './nav-state';
import { useClientNavigation } from './use-client-navigation';

const LibraryIcon = bundleIcon(Library20Filled, Library20Regular);

/** The hubs of the console: each owns the paths under its href. */
export const HUBS = [{ value: 'registries', label: 'Registries', href: '/registries', icon: <LibraryIcon /> }] as const;

const NARROW = `@media ${NARROW_QUERY}`;
const BELOW_HEADER = `calc(100vh - ${HEADER_HEIGHT}px)`;

const useStyles = makeStyles({
  // Fixed width: wide page content (the registries grid) must not squeeze the nav. Sticky under the header
  // and as tall as the viewport, so the grey column reaches the bottom however long the page is.
  drawer: {
    // What NavDrawer's inline drawer looked like (Drawer's base styles and NavDrawer's background).
    overflow: 'hidden',
    boxSizing: 'border-box',
    display: 'flex',
    flexDirection: 'column',
    backgroundColor: tokens.colorNeutralBackground4,
    color: tokens.colorNeutralForeground1,
    width: '220px',
    flexShrink: 0,
    position: 'sticky',
    top: `${HEADER_HEIGHT}px`,
    alignSelf: 'flex-start',
    height: BELOW_HEADER,
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  // A drawer kept mounted while closed would still take its width: collapse it outright.
  closed: { display: 'none' },
  auto: { [NARROW]: { display: 'none' } },
  open: {
    [NARROW]: { position: 'fixed', left: 0, bottom: 0, zIndex: 20, boxShadow: tokens.shadow28 },
  },
  backdrop: {
    display: 'none',
    [NARROW]: {
      display: 'block',
      position: 'fixed',
      top: `${HEADER_HEIGHT}px`,
      left: 0,
      right: 0,
      bottom: 0,
      zIndex: 19,
      backgroundColor: tokens.colorBackgroundOverlay,
    },
  },
});

/** The hub whose section contains the pathname, if any. */
export function hubForPath(pathname: string): string | undefined {
  // A deployment's progress page belongs to the Registries hub (as its breadcrumbs say).
  if (pathname.startsWith('/deployments/')) return 'registries';
  return HUBS.find((hub) => pathname === hub.href || pathname.startsWith(`${hub.href}/`))?.value;
}

/** The left nav for `state`; `onDismiss` closes the overlay (backdrop click, Escape, a hub chosen). */
export function AppNav({ state, onDismiss }: { state: NavState; onDismiss: () => void }) {
  const styles = useStyles();
  const pathname = usePathname();
  const navigate = useClientNavigation();
  const onNavigate = (event: MouseEvent<HTMLElement>) => {
    navigate(event);
    onDismiss();
  };
  return (
    <>
      {state === 'open' && <div className={styles.backdrop} data-testid="nav-backdrop" aria-hidden onClick={onDismiss} />}
      <Nav
        id="app-nav"
        role="navigation"
        aria-label="Hubs"
        className={mergeClasses(styles.drawer, styles[state])}
        selectedValue={hubForPath(pathname) ?? ''}
        onKeyDown={(event: KeyboardEvent<HTMLElement>) => {
          if (event.key === 'Escape' && state === 'open') onDismiss();
        }}
      >
        <NavDrawerBody>
          {HUBS.map((hub) => (
            <NavItem key={hub.value} value={hub.value} href={hub.href} icon={hub.icon} onClick={onNavigate}>
              {hub.label}
            </NavItem>
          ))}
        </NavDrawerBody>
      </Nav>
    </>
  );
}
