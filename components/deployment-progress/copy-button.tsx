'use client';
// Copies a value (the correlation id support asks for) and says so.
import { Checkmark16Regular, Copy16Regular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import { DeferredTooltip } from '@/components/shell/deferred-tooltip';
import { HydratedButton } from '@/components/shell/hydrated-button';

/** An icon button that copies `value`; `label` names what is copied ("Copy correlation ID"). */
export function CopyButton({ value, label }: { value: string; label: string }) {
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), 2000);
    return () => clearTimeout(timer);
  }, [copied]);
  const copy = async () => {
    await navigator.clipboard.writeText(value);
    setCopied(true);
  };
  return (
    <DeferredTooltip content={copied ? 'Copied' : label} relationship="label">
      <HydratedButton appearance="subtle" size="small" icon={copied ? <Checkmark16Regular /> : <Copy16Regular />} onClick={() => void copy()} />
    </DeferredTooltip>
  );
}
