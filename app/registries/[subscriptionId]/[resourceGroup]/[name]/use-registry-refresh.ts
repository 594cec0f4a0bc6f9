'use client';
// What the registry page does when its data changes: re-read the registry (and mark the list stale), and when
// an operation ends, either re-read or — after a delete — leave for the list with a toast (whose Fluent toast
// code is downloaded then, not with the page).
import { useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useCallback } from 'react';
import { useThemePreference } from '@/components/theme/theme-context';
import type { OperationPoll, StartedOperation } from '@/lib/registries/operation-types';
import type { RegistryRef } from '@/lib/registries/registry-ref';
import { registryQueryKey } from './registry-query';

/** `refreshAll` re-reads; `leaveDeleted` goes back to the list; `finished` handles an operation's end. */
export function useRegistryRefresh(registry: RegistryRef, operation: StartedOperation | null, endOperation: () => void) {
  const queryClient = useQueryClient();
  const router = useRouter();
  const { resolved: theme } = useThemePreference();
  const refreshAll = useCallback(() => {
    void queryClient.invalidateQueries({ queryKey: registryQueryKey(registry) });
    // The list shows tags and regions too; its cached copy is stale now.
    void queryClient.invalidateQueries({ queryKey: ['registries'] });
  }, [queryClient, registry]);
  const leaveDeleted = useCallback(
    (body: string) => {
      // Not a re-read of the registry (it is gone): the list's cached rows are what is stale now.
      void queryClient.invalidateQueries({ queryKey: ['registries'] });
      void import('@/components/registry-page/navigation-toast').then(({ showNavigationToast }) =>
        showNavigationToast({ title: 'Registry deleted', body, intent: 'success', theme }),
      );
      router.push('/registries');
    },
    [queryClient, router, theme],
  );
  const finished = useCallback(
    (poll: OperationPoll) => {
      // Cleared first even when leaving: Back must not land on a link that replays the finished delete.
      endOperation();
      if (operation?.kind === 'delete' && poll.status === 'Succeeded') return leaveDeleted(`${registry.name} and its managed resource group were deleted.`);
      refreshAll();
    },
    [endOperation, leaveDeleted, operation, refreshAll, registry.name],
  );
  return { refreshAll, leaveDeleted, finished };
}
