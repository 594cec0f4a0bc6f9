'use server';
// The asset page's reads: the asset with its versions, and the selected version's files.
import { invalidInput, type ActionResult } from '@/lib/action-kit/action-result';
import { parseAssetVersion } from '@/lib/registries/assets/asset-ref';
import type { ArtifactFiles, AssetPageData } from '@/lib/registries/assets/asset-view';
import { listArtifactFiles } from '@/lib/registries/server/asset-files';
import { loadAssetPage } from '@/lib/registries/server/asset-page';
import { browserRead } from '@/lib/action-kit/browser-read';
import { runAssetAction } from './run-asset-action';

/** The asset, its versions and the selected one (`version` null: the latest). */
export async function getAssetPageAction(ref: unknown, version: unknown): Promise<ActionResult<AssetPageData>> {
  return browserRead(() => runAssetAction(ref, async (client, r) => {
    const wanted = version === null ? null : parseAssetVersion(version);
    if (version !== null && !wanted) return invalidInput('That is not a version name.');
    return { ok: true, data: await loadAssetPage(client, r, wanted) };
  }));
}

/** The files of one version's artifact, each with a download URL straight to storage. */
export async function listAssetFilesAction(ref: unknown, version: unknown, artifactUri: unknown): Promise<ActionResult<ArtifactFiles>> {
  return browserRead(() => runAssetAction(ref, async (client, r) => {
    const wanted = parseAssetVersion(version);
    if (!wanted || (artifactUri !== null && typeof artifactUri !== 'string')) return invalidInput('That is not a version of this asset.');
    return { ok: true, data: await listArtifactFiles(client, r, wanted, artifactUri) };
  }));
}
