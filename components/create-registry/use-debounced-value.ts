'use client';
// A value that follows its input only after the input has been still for `delayMs` (the name check waits
// for a pause in typing instead of asking ARM on every key).
import { useEffect, useState } from 'react';

/** `value`, `delayMs` after its last change. */
export function useDebouncedValue<T>(value: T, delayMs: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return debounced;
}
