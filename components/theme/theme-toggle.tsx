'use client';
// The header's theme button; its menu (theme-menu.tsx) is downloaded when first opened (deferred-menu.ts).
import { Button } from '@fluentui/react-components';
import { DarkTheme20Regular } from '@fluentui/react-icons';
import { lazy, Suspense } from 'react';
import { useDeferredMenu } from '@/components/shell/deferred-menu';
import { DeferredTooltip } from '@/components/shell/deferred-tooltip';
import { useThemePreference } from './theme-context';
import { THEME_LABELS } from './theme-preference';

const ThemeMenu = lazy(() => import('./theme-menu').then((m) => ({ default: m.ThemeMenu })));

/** A button opening the theme menu; its accessible name states the current choice. */
export function ThemeToggle({ className }: { className?: string }) {
  const { preference } = useThemePreference();
  const [activated, trigger] = useDeferredMenu();
  const standIn = (
    <DeferredTooltip content="Theme" relationship="description">
      <Button {...trigger} appearance="subtle" className={className} icon={<DarkTheme20Regular />} aria-label={`Theme: ${THEME_LABELS[preference]}`} />
    </DeferredTooltip>
  );
  return <Suspense fallback={standIn}>{activated ? <ThemeMenu className={className} /> : standIn}</Suspense>;
}
