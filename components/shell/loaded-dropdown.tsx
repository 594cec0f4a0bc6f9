'use client';
// The real Fluent Dropdown behind DeferredDropdown (deferred-dropdown.tsx), in its own module so its code is
// downloaded only when the control is first activated. It mounts open, and takes focus from the stand-in it
// replaced (focus would otherwise fall to <body> when the stand-in left the page).
import { Dropdown, Option, type DropdownProps } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';

/** One option: the value it selects and the text it shows. */
export interface DropdownChoice {
  value: string;
  label: string;
}

/** The Dropdown's props DeferredDropdown passes on, and its options. */
export interface LoadedDropdownProps {
  'aria-label'?: string;
  className?: string;
  placeholder?: string;
  disabled?: boolean;
  /** The text shown for the current selection ('' shows the placeholder). */
  value: string;
  selectedOptions: string[];
  multiselect?: boolean;
  choices: readonly DropdownChoice[];
  onOptionSelect: NonNullable<DropdownProps['onOptionSelect']>;
}

/** Fluent's Dropdown over `choices`, open at first, focused. */
export function LoadedDropdown({ choices, ...props }: LoadedDropdownProps) {
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (document.activeElement === document.body) button.current?.focus();
  }, []);
  return (
    <Dropdown ref={button} {...props} defaultOpen>
      {choices.map((choice) => (
        <Option key={choice.value} value={choice.value}>
          {choice.label}
        </Option>
      ))}
    </Dropdown>
  );
}
