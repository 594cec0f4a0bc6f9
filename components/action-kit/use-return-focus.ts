'use client';
// Returns keyboard focus to whatever opened a dialog once it closes. The registry page's dialogs are
// controlled (`open` from the page, no DialogTrigger), so Fluent has no trigger to restore focus to and it
// fell to <body>. The opener is read during the render that opens the dialog: that render happens before
// the dialog mounts and moves focus inside, so the focused element is still the button that was pressed.
import { useEffect, useState } from 'react';

function focusedElement(): HTMLElement | null {
  if (typeof document === 'undefined') return null;
  const active = document.activeElement;
  return active instanceof HTMLElement && active !== document.body ? active : null;
}

/** Call in a dialog component with its `open`; on close, focus goes back to the element focused when it opened. */
export function useReturnFocus(open: boolean): void {
  const [opener, setOpener] = useState<HTMLElement | null>(null);
  const [seenOpen, setSeenOpen] = useState(open);
  // Adjusting state while rendering (React's pattern for reacting to a prop change) catches the opener
  // before any effect of the dialog has moved focus.
  if (open !== seenOpen) {
    setSeenOpen(open);
    if (open) setOpener(focusedElement());
  }
  useEffect(() => {
    // An opener inside a menu that has since closed is gone; focus then stays where the dialog left it.
    if (!open && opener?.isConnected) opener.focus();
  }, [open, opener]);
}
