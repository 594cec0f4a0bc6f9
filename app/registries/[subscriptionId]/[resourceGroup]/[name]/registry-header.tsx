'use client';
// The registry page's header: name and where it lives, Refresh / Edit tags / Delete (each disabled with the
// reason when the principal may not, or another change is running), and the read-only notice.
import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { ArrowClockwise20Regular, Delete20Regular, Tag20Regular } from '@fluentui/react-icons';
import { GuardedButton } from '@/components/registry-page/guarded-button';
import { PageHeader } from '@/components/shell/page-header';
import type { RegistryDetails } from '@/lib/registries/registry-details';

// MessageBar text must wrap inside the bar (long ARM messages and role names).
const useStyles = makeStyles({ wrap: { whiteSpace: 'normal', minWidth: 0 } });

/** What the header's buttons may do, and why not. */
export interface HeaderGuards {
  writeBlocked: string | null;
  deleteBlocked: string | null;
  /** Why the principal can only read (null when it may write). */
  readOnlyReason: string | null;
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
  const styles = useStyles();
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
      {guards.readOnlyReason && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody className={styles.wrap}>
            <MessageBarTitle>Read-only</MessageBarTitle>
            {guards.readOnlyReason}
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
