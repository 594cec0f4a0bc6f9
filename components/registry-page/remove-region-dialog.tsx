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
  makeStyles,
  Spinner,
  tokens,
} from '@fluentui/react-components';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { ActionFailureBar } from './action-failure-bar';
import type { ActionFailure, ActionResult, StartedOperation } from './action-result';
import type { RegionDetails } from './registry-details';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  mono: { fontFamily: tokens.fontFamilyMonospace },
});

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
  const styles = useStyles();
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const mutation = useMutation({
    mutationFn: onSubmit,
    onSuccess: (result) => {
      if (!result.ok) return setFailure(result);
      onStarted(result.data);
      onClose();
    },
    onError: (error) => setFailure({ ok: false, message: `The request did not reach the server: ${error.message}` }),
  });
  const close = () => {
    setFailure(null);
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
            {failure && <ActionFailureBar failure={failure} title="Couldn't remove the region" />}
          </DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={close}>Cancel</Button>
            <Button
              appearance="primary"
              disabled={mutation.isPending || !region}
              icon={mutation.isPending ? <Spinner size="tiny" /> : undefined}
              onClick={() => {
                setFailure(null);
                if (region) mutation.mutate([region.location]);
              }}
            >
              {mutation.isPending ? 'Starting…' : 'Remove region'}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
