'use client';
// The global header: nav toggle, product name, and (at the end) the header actions: the notifications
// bell, the theme menu and the signed-in user.
import { Hamburger, makeStyles, Text, tokens } from '@fluentui/react-components';
import { Library20Filled } from '@fluentui/react-icons';
import Link from 'next/link';
import { NotificationsBell } from '@/components/notifications/notifications-bell';
import { ThemeToggle } from '@/components/theme/theme-toggle';
import { UserMenu } from './user-menu';
import { PRODUCT_NAME } from './breadcrumbs-for-path';

const useStyles = makeStyles({
  header: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    height: '48px',
    flexShrink: 0,
    padding: `0 ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  brand: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    color: tokens.colorNeutralForeground1,
    textDecoration: 'none',
    borderRadius: tokens.borderRadiusMedium,
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  logo: { color: tokens.colorBrandForeground1, fontSize: '20px' },
  actions: { marginLeft: 'auto', display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
});

/** The header bar; `navOpen`/`onToggleNav` drive the left nav's collapse button. */
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
        <Text weight="semibold" size={400}>
          {PRODUCT_NAME}
        </Text>
      </Link>
      <div className={styles.actions}>
        <NotificationsBell />
        <ThemeToggle />
        <UserMenu />
      </div>
    </header>
  );
}
