'use client';
// A managed resource's state as a badge with words (never colour alone): Succeeded, Creating, Pending…
import { Badge, Spinner } from '@fluentui/react-components';
import { DeferredTooltip } from '@/components/shell/deferred-tooltip';
import type { ManagedResourceState } from '@/lib/registries/registry-details';

const RUNNING = new Set(['creating', 'updating', 'deleting', 'pending', 'accepted', 'running', 'provisioning']);

function colorOf(state: string): 'success' | 'danger' | 'warning' | 'informative' {
  const s = state.toLowerCase();
  if (s === 'succeeded') return 'success';
  if (s === 'failed' || s === 'canceled' || s === 'not found') return 'danger';
  if (s === 'unknown') return 'warning';
  return 'informative';
}

/** The state, plus the provider's own status ("available", "Ready") when it has one. */
export function StatusBadge({ status }: { status: ManagedResourceState }) {
  const running = RUNNING.has(status.state.toLowerCase());
  const label = status.detail && status.state === 'Succeeded' ? `Succeeded (${status.detail})` : status.state;
  const badge = (
    <Badge appearance="tint" color={colorOf(status.state)} icon={running ? <Spinner size="extra-tiny" /> : undefined}>
      {label}
    </Badge>
  );
  return status.detail && status.state !== 'Succeeded' ? <DeferredTooltip content={status.detail} relationship="description">{badge}</DeferredTooltip> : badge;
}
