'use client';
// After an in-app navigation, a keyboard or screen reader user would otherwise stay on the link they used
// (or fall to <body> when it unmounts). Moving focus to the new page's <h1> announces where they arrived and
// starts their Tab order at the content. Pages stream in (loading.tsx, then the content, which may replace a
// skeleton's heading), so the heading is followed for a while: refocused if it is replaced while focused,
// and left alone as soon as the person moves focus anywhere else.
import { usePathname } from 'next/navigation';
import { useEffect, useRef, type RefObject } from 'react';

// Long enough for a page's data to arrive behind its skeleton; after that, landing focus would surprise.
const FOLLOW_HEADING_MS = 10_000;

/** Focuses the <h1> inside `mainRef` whenever the pathname changes after the first render. */
export function useFocusHeadingOnNavigation(mainRef: RefObject<HTMLElement | null>): void {
  const pathname = usePathname();
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    const main = mainRef.current;
    if (!main) return;
    let before: Element | null = document.activeElement;
    let ours: HTMLElement | null = null;
    const observer = new MutationObserver(() => follow());
    const timer = setTimeout(() => stop(), FOLLOW_HEADING_MS);
    function stop() {
      observer.disconnect();
      clearTimeout(timer);
    }
    function follow() {
      const active = document.activeElement;
      const untouched = !active || active === document.body || active === before || active === ours || !active.isConnected;
      if (!untouched) return stop();
      const heading = main!.querySelector<HTMLElement>('h1');
      if (!heading || heading === active) return;
      if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
      heading.focus();
      ours = heading;
      // From here on, focus back on the link they used is the person's own doing.
      before = null;
    }
    follow();
    observer.observe(main, { childList: true, subtree: true });
    return stop;
  }, [pathname, mainRef]);
}
