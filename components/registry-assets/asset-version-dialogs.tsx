'use client';
// The asset page's dialogs: edit a version's tags, delete a version. Each is downloaded the first time it
// opens (the form, react-hook-form and zod are not first-load code) and stays mounted from then on
// (useOpenedOnce). The opener is noted here, in the render that opens a dialog: a dialog downloaded on demand
// first renders later, and its own useReturnFocus then sees no opener.
import dynamic from 'next/dynamic';
import type { ComponentProps } from 'react';
import { useOpenedOnce } from '@/components/action-kit/use-opened-once';
import { useReturnFocus } from '@/components/action-kit/use-return-focus';
import type { EditVersionTagsDialog as EditVersionTagsDialogType } from './edit-version-tags-dialog';
import type { DeleteVersionDialogProps } from './delete-version-dialog';

// `loading` gives each its own Suspense boundary, so a dialog still downloading never suspends the page.
const EditVersionTagsDialog = dynamic(() => import('./edit-version-tags-dialog').then((m) => m.EditVersionTagsDialog), { loading: () => null });
const DeleteVersionDialog = dynamic(() => import('./delete-version-dialog').then((m) => m.DeleteVersionDialog), { loading: () => null });

/** Which dialog is open. */
export type AssetDialog = 'tags' | 'delete' | null;

/** The two dialogs, each given its own props minus `open`/`onOpenChange`, which `dialog`/`onDialog` drive. */
export function AssetVersionDialogs({ dialog, onDialog, tags, remove }: {
  dialog: AssetDialog;
  onDialog: (dialog: AssetDialog) => void;
  tags: Omit<ComponentProps<typeof EditVersionTagsDialogType>, 'open' | 'onOpenChange'>;
  remove: Omit<DeleteVersionDialogProps, 'open' | 'onOpenChange'>;
}) {
  const mounted = { tags: useOpenedOnce(dialog === 'tags'), delete: useOpenedOnce(dialog === 'delete') };
  useReturnFocus(dialog !== null);
  const toggle = (which: Exclude<AssetDialog, null>) => (open: boolean) => onDialog(open ? which : null);
  return (
    <>
      {mounted.tags && <EditVersionTagsDialog {...tags} open={dialog === 'tags'} onOpenChange={toggle('tags')} />}
      {mounted.delete && <DeleteVersionDialog {...remove} open={dialog === 'delete'} onOpenChange={toggle('delete')} />}
    </>
  );
}
