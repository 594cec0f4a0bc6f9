'use client';
// The global header: nav toggle, product name, and (at the end) the header actions: the notifications bell,
// the theme menu and the signed-in user. It stays at the top while the page scrolls and never wraps: below
// COMPACT_QUERY the theme and user menus fold into one overflow menu.
import { Hamburger, makeStyles, Text, tokens } from '@fluentui/react-components';
import { Library20Filled } from '@fluentui/react-icons';
import Link from 'next/link';
import { NotificationsBell } from '@/components/notifications/notifications-bell';
import { ThemeToggle } from '@/components/theme/theme-toggle';
import { PRODUCT_NAME } from './breadcrumbs-for-path';
import { HeaderOverflowMenu } from './header-overflow-menu';
import { UserMenu } from './user-menu';

/** Height of the header in px (the nav sits below it). */
export const HEADER_HEIGHT = 48;

// Under this width the user's name and the theme button no longer fit beside the product name and the bell.
const COMPACT = '@media (max-width: 639.98px)';

const useStyles = makeStyles({
  header: {
    position: 'sticky',
    top: 0,
    zIndex: 21,
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    height: `${HEADER_HEIGHT}px`,
    flexShrink: 0,
    boxSizing: 'border-box',
    padding: `0 ${tokens.spacingHorizontalM}`,
    whiteSpace: 'nowrap',
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  brand: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    minWidth: 0,
    color: tokens.colorNeutralForeground1,
    textDecoration: 'none',
    borderRadius: tokens.borderRadiusMedium,
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  brandText: { overflow: 'hidden', textOverflow: 'ellipsis' },
  logo: { color: tokens.colorBrandForeground1, fontSize: '20px', flexShrink: 0 },
  actions: { marginLeft: 'auto', display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, flexShrink: 0 },
  wideOnly: { [COMPACT]: { display: 'none' } },
  compactOnly: { display: 'none', [COMPACT]: { display: 'inline-flex' } },
});

/** The header bar; `navOpen`/`onToggleNav` drive the left nav's button. */
export function AppHeader({ navOpen, onToggleNav }: { navOpen: boolean; onToggleNav: () => void }) {
  const styles = useStyles();
  return (
    <header className={styles.header}>
      <Hamburger
        aria-label={navOpen ? 'Collapse navigation' : 'Expand navigation'}
        aria-expanded={navOpen}
        aria-controls="app-nav"
        onClick={onToggleNav}
      />
      <Link className={styles.brand} href="/registries">
        <Library20Filled className={styles.logo} aria-hidden />
        <Text weight="semibold" size={400} className={styles.brandText}>
          {PRODUCT_NAME}
        </Text>
      </Link>
      <div className={styles.actions}>
        <NotificationsBell />
        <ThemeToggle className={styles.wideOnly} />
        <UserMenu className={styles.wideOnly} />
        <HeaderOverflowMenu className={styles.compactOnly} />
      </div>
    </header>
  );
}
