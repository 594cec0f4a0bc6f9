'use client';
// The left nav of hubs, as in Azure ML Studio's global hub. NavItems are real links; arrow keys move between
// them (one tab stop), and the current hub carries aria-current="page".
import { makeStyles, mergeClasses, NavDrawer, NavDrawerBody, NavItem, tokens } from '@fluentui/react-components';
import { bundleIcon, Library20Filled, Library20Regular } from '@fluentui/react-icons';
import { usePathname } from 'next/navigation';
import { useClientNavigation } from './use-client-navigation';

const LibraryIcon = bundleIcon(Library20Filled, Library20Regular);

/** The hubs of the console: each owns the paths under its href. */
export const HUBS = [{ value: 'registries', label: 'Registries', href: '/registries', icon: <LibraryIcon /> }] as const;

const useStyles = makeStyles({
  // Fixed width: wide page content (the registries grid) must not squeeze the nav.
  drawer: { height: 'auto', width: '220px', flexShrink: 0, borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  // A drawer kept mounted while closed would still take its width: collapse it outright.
  collapsed: { display: 'none' },
});

/** The hub whose section contains the pathname, if any. */
export function hubForPath(pathname: string): string | undefined {
  return HUBS.find((hub) => pathname === hub.href || pathname.startsWith(`${hub.href}/`))?.value;
}

/** The left nav; `open` collapses it from the header's button. */
export function AppNav({ open }: { open: boolean }) {
  const styles = useStyles();
  const pathname = usePathname();
  const navigate = useClientNavigation();
  return (
    <NavDrawer
      id="app-nav"
      aria-label="Hubs"
      className={mergeClasses(styles.drawer, !open && styles.collapsed)}
      open={open}
      type="inline"
      // Stay mounted when collapsed: a mounted-on-open drawer replays its slide-in after every hydration.
      unmountOnClose={false}
      selectedValue={hubForPath(pathname) ?? ''}
    >
      <NavDrawerBody>
        {HUBS.map((hub) => (
          <NavItem key={hub.value} value={hub.value} href={hub.href} icon={hub.icon} onClick={navigate}>
            {hub.label}
          </NavItem>
        ))}
      </NavDrawerBody>
    </NavDrawer>
  );
}
