'use client';
// The registry page's dialogs, wired to this route's actions: add regions, remove one, edit tags, delete.
// Each is downloaded the first time it opens (forms, zod and react-hook-form are not first-load code) and
// stays mounted from then on (useOpenedOnce). The opener is noted here, in the render that opens a dialog:
// a dialog downloaded on demand first renders later, and its own useReturnFocus then sees no opener.
import dynamic from 'next/dynamic';
import { useOpenedOnce } from '@/components/action-kit/use-opened-once';
import { useReturnFocus } from '@/components/action-kit/use-return-focus';
import { newRegionStorageSummary } from '@/components/registry-page/storage-summary';
import type { StartedOperation } from '@/lib/registries/operation-types';
import type { RegionDetails, RegistryDetails } from '@/lib/registries/registry-details';
import type { RegistryRef } from '@/lib/registries/registry-ref';
import { addRegionsAction } from './add-regions-action';
import { deleteRegistryAction } from './delete-registry-action';
import { removeRegionsAction } from './remove-regions-action';
import { updateTagsAction } from './update-tags-action';

// `loading` gives each its own Suspense boundary: without it, a first render whose code is still downloading
// suspends the route's loading.tsx (or the wizard's loader) and the whole page flashes, taking focus with it.
const AddRegionsDialog = dynamic(() => import('@/components/registry-page/add-regions-dialog').then((m) => m.AddRegionsDialog), { loading: () => null });
const DeleteRegistryDialog = dynamic(() => import('@/components/registry-page/delete-registry-dialog').then((m) => m.DeleteRegistryDialog), { loading: () => null });
const EditTagsDialog = dynamic(() => import('@/components/registry-page/edit-tags-dialog').then((m) => m.EditTagsDialog), { loading: () => null });
const RemoveRegionDialog = dynamic(() => import('@/components/registry-page/remove-region-dialog').then((m) => m.RemoveRegionDialog), { loading: () => null });

/** Which dialog is open (removing a region is keyed by the region). */
export type OpenDialog = 'add' | 'tags' | 'delete' | null;

/** The four dialogs; `onStarted` follows a started operation, `onGone` a registry ARM had already deleted. */
export function RegistryDialogs({ registry, details, dialog, removing, onDialog, onRemoving, onStarted, onSaved, onGone }: {
  registry: RegistryRef;
  details: RegistryDetails;
  dialog: OpenDialog;
  removing: RegionDetails | null;
  onDialog: (dialog: OpenDialog) => void;
  onRemoving: (region: RegionDetails | null) => void;
  onStarted: (operation: StartedOperation) => void;
  onSaved: () => void;
  onGone: () => void;
}) {
  const view = details.view;
  const toggle = (which: Exclude<OpenDialog, null>) => (open: boolean) => onDialog(open ? which : null);
  const mounted = {
    add: useOpenedOnce(dialog === 'add'),
    remove: useOpenedOnce(removing !== null),
    tags: useOpenedOnce(dialog === 'tags'),
    delete: useOpenedOnce(dialog === 'delete'),
  };
  useReturnFocus(dialog !== null || removing !== null);
  return (
    <>
      {mounted.add && (
        <AddRegionsDialog
          open={dialog === 'add'}
          options={details.addableRegions}
          storageSummary={newRegionStorageSummary(details)}
          onOpenChange={toggle('add')}
          onSubmit={(regions) => addRegionsAction(registry, { regions })}
          onStarted={onStarted}
        />
      )}
      {mounted.remove && (
        <RemoveRegionDialog
          region={removing}
          primaryLabel={details.regions.find((r) => r.isPrimary)?.label ?? view.location}
          acrName={details.containerRegistry?.name ?? null}
          onClose={() => onRemoving(null)}
          onSubmit={(regions) => removeRegionsAction(registry, { regions })}
          onStarted={onStarted}
        />
      )}
      {mounted.tags && (
        <EditTagsDialog
          open={dialog === 'tags'}
          tags={view.tags}
          description={view.description}
          onOpenChange={toggle('tags')}
          onSubmit={(input) => updateTagsAction(registry, input)}
          onSaved={onSaved}
        />
      )}
      {mounted.delete && (
        <DeleteRegistryDialog
          open={dialog === 'delete'}
          name={view.name}
          managedResourceGroup={view.managedResourceGroupName}
          onOpenChange={toggle('delete')}
          onSubmit={(confirmName) => deleteRegistryAction(registry, { confirmName })}
          // ARM had nothing left to delete (200/204): the registry is already gone.
          onStarted={(operation) => (operation ? onStarted(operation) : onGone())}
        />
      )}
    </>
  );
}
