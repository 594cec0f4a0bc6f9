'use client';
// The registry page's tabs: which one the `tab` search parameter selects, and the tab list with its panel.
import { makeStyles, Tab, TabList, tokens } from '@fluentui/react-components';
import { usePathname, useSearchParams } from 'next/navigation';
import { useEffect, useRef, type ReactNode } from 'react';

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
  const list = useRef<HTMLDivElement>(null);
  // On a phone or tablet the tab list scrolls sideways: bring the selected tab into view, or a page opened on
  // ?tab=regions shows Overview…Components and no sign of which tab is open. Only the list scrolls, never the page.
  useEffect(() => {
    const selected = list.current?.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]');
    const scroller = selected?.closest<HTMLElement>('[role="tablist"]');
    if (!selected || !scroller || scroller.scrollWidth <= scroller.clientWidth) return;
    const start = selected.getBoundingClientRect().left - scroller.getBoundingClientRect().left + scroller.scrollLeft;
    if (start < scroller.scrollLeft || start + selected.offsetWidth > scroller.scrollLeft + scroller.clientWidth) {
      scroller.scrollLeft = Math.max(0, start - (scroller.clientWidth - selected.offsetWidth) / 2);
    }
  }, [tab]);
  return (
    <>
      <TabList ref={list} selectedValue={tab} onTabSelect={(_, d) => onSelect(d.value as TabKey)} aria-label="Registry sections">
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
