'use client';
// A write action's button: disabled (but focusable, with the reason as its tooltip and description) when
// the principal may not do it or another operation is running.
import { Button, Tooltip, type ButtonProps } from '@fluentui/react-components';

/** `Button` plus `blockedReason`: when set, the button is disabled and says why. */
export function GuardedButton({ blockedReason, ...props }: ButtonProps & { blockedReason: string | null }) {
  if (!blockedReason) return <Button {...props} />;
  return (
    <Tooltip content={blockedReason} relationship="description">
      <Button {...props} disabledFocusable onClick={undefined} />
    </Tooltip>
  );
}
