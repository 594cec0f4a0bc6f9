'use client';
// Copies a value (an id, a URL, a snippet) and says so, in the tooltip and to screen readers.
import { Button } from '@fluentui/react-components';
import { Checkmark16Regular, Copy16Regular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import { DeferredTooltip } from '@/components/shell/deferred-tooltip';

// navigator.clipboard needs a secure context; plain http on another host falls back to execCommand.
async function writeClipboard(value: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(value);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = value;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.appendChild(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}

/** An icon button that copies `value`; `label` names what is copied ("Copy resource ID"). */
export function CopyButton({ value, label }: { value: string; label: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), 2000);
    return () => clearTimeout(timer);
  }, [state]);
  const tip = state === 'copied' ? 'Copied' : state === 'failed' ? 'Copy failed: select the text instead' : label;
  return (
    <DeferredTooltip content={tip} relationship="label">
      <Button
        appearance="subtle"
        size="small"
        icon={state === 'copied' ? <Checkmark16Regular /> : <Copy16Regular />}
        onClick={() => void writeClipboard(value).then((ok) => setState(ok ? 'copied' : 'failed'))}
      />
    </DeferredTooltip>
  );
}
