'use client';
// The tag editor for an asset version: the registry page's dialog with the version's schema and wording. Its
// own module so the schema (zod) is downloaded with the dialog, when first opened (asset-version-dialogs.tsx).
import type { ComponentProps } from 'react';
import { EditTagsDialog } from '@/components/registry-page/edit-tags-dialog';
import { ASSET_DESCRIPTION_MAX_LENGTH, editAssetVersionInputSchema } from '@/lib/registries/assets/asset-edits';

const VERSION_VARIANT = { schema: editAssetVersionInputSchema, descriptionHint: `Up to ${ASSET_DESCRIPTION_MAX_LENGTH} characters.` };

/** EditTagsDialog for an asset version's tags and description. */
export function EditVersionTagsDialog(props: Omit<ComponentProps<typeof EditTagsDialog>, 'variant'>) {
  return <EditTagsDialog {...props} variant={VERSION_VARIANT} />;
}
