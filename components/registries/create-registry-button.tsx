'use client';
// "Create registry" on the list and its empty state, permission-aware (issue 8): offered when some enabled
// subscription lets the principal create a registry, otherwise disabled but focusable with a tooltip naming
// the missing permission. The verdict loads after the list, so the rows never wait for it.
import { Button } from '@fluentui/react-components';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { plainIcon, usePlainIconClassName } from '@/components/icons/plain-icons';
import { DeferredTooltip } from '@/components/shell/deferred-tooltip';
import { useClientNavigation } from '@/components/shell/use-client-navigation';
import type { CreateAccess } from '@/lib/session/rbac/create-access';
import { useCreateAccessActions } from './create-access-actions';

/** The principal's create-registry verdict; role assignments change rarely, so it is kept for minutes. */
function createAccessQuery(getCreateAccess: () => Promise<CreateAccess | null>) {
  return queryOptions({ queryKey: ['create-access'] as const, queryFn: () => getCreateAccess(), staleTime: 5 * 60_000 });
}

const CHECKING = 'Checking whether you can create registries…';

/** The button; links to the create wizard when allowed. */
export function CreateRegistryButton() {
  const navigate = useClientNavigation();
  const add = plainIcon('add', usePlainIconClassName());
  const { getCreateAccess } = useCreateAccessActions();
  const { data, isPending } = useQuery(createAccessQuery(getCreateAccess));
  // null (ARM could not say) and a failed read offer the button: the wizard's preflight and ARM decide.
  const reason = isPending ? CHECKING : data && !data.canCreate ? data.reason : null;
  if (reason === null) {
    return (
      <Button as="a" href="/registries/create" appearance="primary" icon={add} onClick={navigate}>
        Create registry
      </Button>
    );
  }
  // Not an anchor while refused: a disabled link would still navigate.
  return (
    <DeferredTooltip content={reason} relationship="description">
      <Button appearance="primary" icon={add} disabledFocusable>
        Create registry
      </Button>
    </DeferredTooltip>
  );
}
