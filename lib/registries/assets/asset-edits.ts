// The inputs of the asset page's changes, one zod schema each, shared by the dialogs and the actions (which
// re-validate whatever the browser sends). mfe.json lets an existing version change only its description,
// tags, isArchived and stage; containers take description, tags and isArchived.
import { z } from 'zod';
import { markupProblem } from '@/lib/registries/markup';
import { tagRowsSchema, type TagRow } from '@/lib/registries/tags';
import { assetVersionSchema } from './asset-segments';

/** Longest description the console writes (the service takes long texts; a page should not). */
export const ASSET_DESCRIPTION_MAX_LENGTH = 5000;

const descriptionSchema = z
  .string({ error: 'The description must be text.' })
  .max(ASSET_DESCRIPTION_MAX_LENGTH, { error: `Use at most ${ASSET_DESCRIPTION_MAX_LENGTH} characters.` })
  .superRefine((text, ctx) => {
    const problem = markupProblem(text);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

/** Tags and description of a version (the tag editor's rows). */
export const editAssetVersionInputSchema = z.strictObject({ tags: tagRowsSchema, description: descriptionSchema });

/** What the tag editor submits. */
export type EditAssetVersionInput = { tags: TagRow[]; description: string };

/** Archive or restore a version, or the whole asset when `version` is null. */
export const setArchivedInputSchema = z.strictObject({ version: assetVersionSchema.nullable(), archived: z.boolean() });

/** Archive / restore input. */
export type SetArchivedInput = z.infer<typeof setArchivedInputSchema>;

/** Delete a version: the person types the version to confirm. */
export const deleteVersionInputSchema = z
  .strictObject({ version: assetVersionSchema, confirmation: z.string() })
  .refine((v) => v.confirmation === v.version, { path: ['confirmation'], error: 'Type the version exactly as shown to confirm.' });

/** Delete-version input. */
export type DeleteVersionInput = z.infer<typeof deleteVersionInputSchema>;
