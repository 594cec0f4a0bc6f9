'use server';
// The kind tabs' reads: one page of a kind's assets (the first, or the one a nextLink names), and the
// version counts of the rows in view. Inputs are untrusted: the registry address, the kind, the names and
// the nextLink (which must continue this very list) are checked before they reach ARM.
import { z } from 'zod';
import { invalidInput, type ActionResult } from '@/lib/action-kit/action-result';
import { assetKindSchema, assetNameSchema } from '@/lib/registries/assets/asset-segments';
import type { AssetRowsPage } from '@/lib/registries/assets/asset-view';
import { countAssetVersions, isAssetListLink, listAssetRowsPage } from '@/lib/registries/server/assets-list';
import { runRegistryRead } from './run-action';

const pageInputSchema = z.strictObject({
  kind: assetKindSchema,
  view: z.enum(['ActiveOnly', 'All']),
  nextLink: z.string().max(4096).nullable(),
  // Pages read in one call (a search reads them all); bounded so one call stays a few seconds at most.
  pages: z.number().int().min(1).max(10).optional(),
});

/** The rows of one page of a kind's containers. */
export async function listAssetsPageAction(ref: unknown, input: unknown): Promise<ActionResult<AssetRowsPage>> {
  return runRegistryRead(ref, async (client, r) => {
    const parsed = pageInputSchema.safeParse(input);
    if (!parsed.success) return invalidInput('That is not a page of an asset list.');
    const { kind, view, nextLink, pages } = parsed.data;
    if (nextLink && !isAssetListLink(r, kind, nextLink)) return invalidInput('That link does not continue this registry\'s asset list.');
    return { ok: true, data: await listAssetRowsPage(client, r, kind, { view, nextLink, pages }) };
  });
}

// A table shows a screenful of rows; counting more at once would be an ARM fan-out nobody looks at.
const countInputSchema = z.strictObject({ kind: assetKindSchema, names: z.array(assetNameSchema).max(60) });

/** How many versions each named asset has. */
export async function countAssetVersionsAction(ref: unknown, input: unknown): Promise<ActionResult<Record<string, number>>> {
  return runRegistryRead(ref, async (client, r) => {
    const parsed = countInputSchema.safeParse(input);
    if (!parsed.success) return invalidInput('Those are not asset names of one kind.');
    return { ok: true, data: await countAssetVersions(client, r, parsed.data.kind, parsed.data.names) };
  });
}
