'use client';
// Remove an additional region, behind a confirmation that says what is lost: the region's storage
// account(s) with the asset data kept there, and the container registry's replication. The primary region
// is permanent; the service's removeRegions refuses it, and this dialog never offers it.
import {
  Body1,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Spinner,
} from '@fluentui/react-components';
import { FailureBar } from '@/components/action-kit/failure-bar';
import { useConfirmDialogStyles } from './dialog-styles';
import type { ActionResult } from '@/lib/action-kit/action-result';
import { useActionMutation } from '@/components/action-kit/use-action-mutation';
import type { StartedOperation } from '@/lib/registries/operation-types';
import type { RegionDetails } from '@/lib/registries/registry-details';

/** Confirmation for removing `region`; `onSubmit` runs removeRegionsAction. */
export function RemoveRegionDialog({
  region,
  primaryLabel,
  acrName,
  onClose,
  onSubmit,
  onStarted,
}: {
  region: RegionDetails | null;
  primaryLabel: string;
  acrName: string | null;
  onClose: () => void;
  onSubmit: (regions: string[]) => Promise<ActionResult<StartedOperation>>;
  onStarted: (operation: StartedOperation) => void;
}) {
  const styles = useConfirmDialogStyles();
  const { run, pending, failure, clearFailure } = useActionMutation(onSubmit, {
    onSuccess: (operation) => {
      onStarted(operation);
      onClose();
    },
  });
  const close = () => {
    clearFailure();
    onClose();
  };
  const accounts = region?.storageAccounts.map((a) => a.name).filter((n): n is string => Boolean(n)) ?? [];
  return (
    <Dialog open={region !== null} onOpenChange={(_, data) => !data.open && close()}>
      <DialogSurface aria-describedby="remove-region-what">
        <DialogBody>
          <DialogTitle>Remove {region?.label}?</DialogTitle>
          <DialogContent className={styles.content}>
            <div id="remove-region-what">
              <Body1>This permanently deletes, in {region?.label}:</Body1>
              <ul className={styles.list}>
                <li>
                  the registry&apos;s storage account{accounts.length > 1 ? 's' : ''}{' '}
                  {accounts.length ? <span className={styles.mono}>{accounts.join(', ')}</span> : null} and the asset data stored in it;
                </li>
                <li>
                  the replication of the container registry {acrName ? <span className={styles.mono}>{acrName}</span> : null} in this
                  region (images are then served from the other regions).
                </li>
              </ul>
            </div>
            <Body1>
              The primary region ({primaryLabel}) cannot be removed. Removal runs as an operation; the region disappears when it ends.
            </Body1>
            {failure && <FailureBar failure={failure} title="Couldn't remove the region" />}
          </DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={close}>Cancel</Button>
            <Button
              appearance="primary"
              disabled={pending || !region}
              icon={pending ? <Spinner size="tiny" /> : undefined}
              onClick={() => {
                if (region) run([region.location]);
              }}
            >
              {pending ? 'Starting…' : 'Remove region'}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
