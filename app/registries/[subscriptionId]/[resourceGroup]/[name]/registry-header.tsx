'use client';
// The registry page's header: name and where it lives, Refresh / Edit tags / Delete (each disabled with the
// reason when the principal may not, or another change is running), and the read-only notice.
import { ArrowClockwise20Regular, Delete20Regular, Tag20Regular } from '@fluentui/react-icons';
import { GuardedButton } from '@/components/registry-page/guarded-button';
import { ReadOnlyNotice } from '@/components/registry-page/read-only-notice';
import { PageHeader } from '@/components/shell/page-header';
import type { RegistryDetails } from '@/lib/registries/registry-details';
import type { WriteAccess } from '@/lib/registries/write-access';

/** What the header's buttons may do, and why not. */
export interface HeaderGuards {
  writeBlocked: string | null;
  deleteBlocked: string | null;
  /** What the principal may do, for the read-only notice. */
  access: WriteAccess;
  refreshing: boolean;
}

/** The header; the handlers open the page's dialogs or re-read the registry. */
export function RegistryHeader({ details, guards, onRefresh, onEditTags, onDelete }: {
  details: RegistryDetails;
  guards: HeaderGuards;
  onRefresh: () => void;
  onEditTags: () => void;
  onDelete: () => void;
}) {
  const view = details.view;
  return (
    <>
      <PageHeader
        title={view.name}
        description={`Azure Machine Learning registry · resource group ${view.resourceGroup} · ${details.subscriptionName ?? view.subscriptionId}`}
        actions={
          <>
            <GuardedButton icon={<ArrowClockwise20Regular />} blockedReason={null} onClick={onRefresh} disabled={guards.refreshing}>
              Refresh
            </GuardedButton>
            <GuardedButton icon={<Tag20Regular />} blockedReason={guards.writeBlocked} onClick={onEditTags}>
              Edit tags
            </GuardedButton>
            <GuardedButton icon={<Delete20Regular />} blockedReason={guards.deleteBlocked} onClick={onDelete}>
              Delete
            </GuardedButton>
          </>
        }
      />
      <ReadOnlyNotice access={guards.access} />
    </>
  );
}
