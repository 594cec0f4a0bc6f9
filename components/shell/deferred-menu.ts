'use client';
// The header's menus (theme, user, More) download Fluent's Menu the first time one is opened: most visits
// never open them, and Menu is one of the larger parts of every page's first download. Until then the
// trigger is a plain Button with a menu button's ARIA; activating it as MenuTrigger would (click, Enter,
// Space, ArrowDown) mounts the real menu (React.lazy) already open, and from then on Fluent's Menu and
// MenuTrigger own the button, the popover and focus. The swap is a transition inside a Suspense boundary
// whose content is the stand-in: while the menu's code downloads, the stand-in stays on screen (and keeps
// focus) instead of a fallback.
import { startTransition, useEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';

// The header's menus open from the sticky header. A popover placed against the document moves whenever the page
// scrolls, until Floating UI puts it back under its trigger a frame later: a click in between lands beside the
// item it was aimed at (an e2e click lost its "Dark" this way, about 1 run in 15, when Playwright scrolled the
// item into view first; none in 60 runs since). Fixed positioning keeps the menu where the header is.
/** Positioning for a menu whose trigger is in the header. */
export const HEADER_MENU_POSITIONING = { strategy: 'fixed' } as const;

/** Props that make a Button the stand-in trigger of a menu not loaded yet. */
export interface DeferredTriggerProps {
  'aria-haspopup': 'menu';
  'aria-expanded': false;
  onClick: () => void;
  onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
}

/** Whether the menu was activated, and the stand-in trigger's props. */
export function useDeferredMenu(): [activated: boolean, trigger: DeferredTriggerProps] {
  const [activated, setActivated] = useState(false);
  const activate = () => startTransition(() => setActivated(true));
  return [
    activated,
    {
      'aria-haspopup': 'menu',
      'aria-expanded': false,
      onClick: activate,
      // MenuTrigger also opens on ArrowDown (Enter and Space arrive as a click).
      onKeyDown: (event) => {
        if (event.key !== 'ArrowDown') return;
        event.preventDefault();
        activate();
      },
    },
  ];
}

/**
 * For the loaded menu: the stand-in button had focus and was replaced, so if opening the menu did not move
 * focus into it, focus goes to the real trigger rather than being lost to <body>.
 */
export function useKeepFocusOnTrigger(): RefObject<HTMLButtonElement | null> {
  const trigger = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (document.activeElement === document.body) trigger.current?.focus();
  }, []);
  return trigger;
}
