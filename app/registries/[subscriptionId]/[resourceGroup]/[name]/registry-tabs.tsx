'use client';
// The registry page's tabs: which one the `tab` search parameter selects, and the tab list with its panel.
import { makeStyles, Tab, TabList, tokens } from '@fluentui/react-components';
import { usePathname, useSearchParams } from 'next/navigation';
import type { ReactNode } from 'react';

/** The tabs, in order. */
export const TABS = [
  ['overview', 'Overview'],
  ['models', 'Models'],
  ['environments', 'Environments'],
  ['components', 'Components'],
  ['data', 'Data'],
  ['regions', 'Regions'],
  ['connect', 'Connect'],
  ['deployments', 'Deployments'],
  ['access-control', 'Access control'],
  ['export', 'Export'],
] as const;

/** One tab's key. */
export type TabKey = (typeof TABS)[number][0];

const useStyles = makeStyles({ panel: { paddingTop: tokens.spacingVerticalS } });

/** The selected tab (Overview when the parameter names none) and how to select another. */
export function useSelectedTab(): [TabKey, (next: TabKey) => void] {
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const requested = searchParams.get('tab');
  const tab: TabKey = TABS.some(([key]) => key === requested) ? (requested as TabKey) : 'overview';
  const select = (next: TabKey) => {
    const params = new URLSearchParams(searchParams.toString());
    // An asset tab's search and sort belong to that tab (lib/registries/assets/asset-list-view).
    for (const key of ['q', 'tag', 'archived', 'sort', 'dir']) params.delete(key);
    if (next === 'overview') params.delete('tab');
    else params.set('tab', next);
    const query = params.toString();
    // The native history API updates useSearchParams without a server round trip (no ARM re-read per tab).
    window.history.replaceState(null, '', query ? `${pathname}?${query}` : pathname);
  };
  return [tab, select];
}

/** The tab list and the selected tab's panel. */
export function RegistryTabs({ tab, onSelect, children }: { tab: TabKey; onSelect: (next: TabKey) => void; children: ReactNode }) {
  const styles = useStyles();
  return (
    <>
      <TabList selectedValue={tab} onTabSelect={(_, d) => onSelect(d.value as TabKey)} aria-label="Registry sections">
        {TABS.map(([key, label]) => (
          <Tab key={key} value={key}>
            {label}
          </Tab>
        ))}
      </TabList>
      <div role="tabpanel" aria-label={TABS.find(([key]) => key === tab)?.[1]} className={styles.panel}>
        {children}
      </div>
    </>
  );
}
