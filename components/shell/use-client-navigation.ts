'use client';
// Fluent's link-like components (NavItem, BreadcrumbButton, Link) render real <a href> elements, which keeps
// them working without JavaScript and for "open in new tab". A plain left click is turned into a client-side
// navigation so the shell (theme, query cache) survives moving between pages.
import { useRouter } from 'next/navigation';
import { useCallback, type MouseEvent } from 'react';

/** A click handler for an anchor that navigates in-app on a plain left click and leaves every other click alone. */
export function useClientNavigation(): (event: MouseEvent<HTMLElement>) => void {
  const router = useRouter();
  return useCallback(
    (event: MouseEvent<HTMLElement>) => {
      const anchor = event.currentTarget.closest('a');
      const href = anchor?.getAttribute('href');
      const modified = event.metaKey || event.ctrlKey || event.shiftKey || event.altKey;
      if (!href || event.defaultPrevented || event.button !== 0 || modified || anchor?.target) return;
      event.preventDefault();
      router.push(href);
    },
    [router],
  );
}
