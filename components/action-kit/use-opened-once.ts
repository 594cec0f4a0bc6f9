'use client';
// Dialogs whose code is loaded on demand (next/dynamic) are mounted the first time they open and stay
// mounted after: a page that never opens one never downloads it, and one that did keeps Fluent's closing
// animation and its own state, as if it had been there from the start.
import { useState } from 'react';

/** True from the first render with `open` true onwards. */
export function useOpenedOnce(open: boolean): boolean {
  const [opened, setOpened] = useState(open);
  if (open && !opened) setOpened(true);
  return opened || open;
}
