'use client';
// A write action's button: disabled (but focusable, with the short reason as its tooltip and description)
// when the principal may not do it or another operation is running; plainly disabled until the page hydrates,
// so a click never lands on server HTML that has no handler yet (marked data-hydrating, as HydratedButton is,
// so a test can wait for the part to become interactive).
import { Button, type ButtonProps } from '@fluentui/react-components';
import { DeferredTooltip } from '@/components/shell/deferred-tooltip';
import { useHydrated } from '@/components/shell/use-hydrated';

/** `Button` plus `blockedReason`: when set, the button is disabled and says why. */
export function GuardedButton({ blockedReason, ...props }: ButtonProps & { blockedReason: string | null }) {
  const hydrated = useHydrated();
  if (!hydrated) return <Button {...props} disabled onClick={undefined} data-hydrating="" />;
  if (!blockedReason) return <Button {...props} />;
  return (
    <DeferredTooltip content={blockedReason} relationship="description">
      <Button {...props} disabledFocusable onClick={undefined} />
    </DeferredTooltip>
  );
}
