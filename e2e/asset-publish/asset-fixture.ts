// What the asset-publish specs share: the publish page of a registry, ARM's truth about an asset version
// (read back over HTTP as any ARM client would), and a version put in place through ARM directly.
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { signInAs } from '../support/auth';
import { ARM_URL, tokenFor } from '../support/emulator';
import type { TestRegistry } from '../registry-page/registry-fixture';

const API = 'api-version=2025-09-01';

/** `/registries/{…}/publish/{kind}` */
export const publishPath = (registry: TestRegistry, kind: string) => `${registry.path}/publish/${kind}`;

/**
 * Signs in as `upn` on the publish page of `kind` and waits until its form has hydrated (its submit turns on;
 * its fields stay disabled until then, see early-typing.spec.ts).
 */
export async function openPublishForm(page: Page, upn: string, registry: TestRegistry, kind: string, noun: string): Promise<void> {
  await signInAs(page, upn, publishPath(registry, kind));
  await expect(page.getByRole('button', { name: `Publish ${noun}` })).toBeEnabled();
}

/** GET one asset version as the Owner: status and body. */
export async function getVersion(request: APIRequestContext, registry: TestRegistry, kind: string, name: string, version: string) {
  const token = await tokenFor(request);
  const response = await request.get(`${ARM_URL}${registry.armPath}/${kind}/${name}/versions/${version}?${API}`, { headers: { Authorization: `Bearer ${token}` } });
  return { status: response.status(), body: response.status() === 200 ? ((await response.json()) as { properties: Record<string, unknown> }) : null };
}

/** Waits until ARM reports the version, and returns its properties. */
export async function expectVersion(request: APIRequestContext, registry: TestRegistry, kind: string, name: string, version: string) {
  await expect.poll(async () => (await getVersion(request, registry, kind, name, version)).body?.properties.provisioningState, { timeout: 15_000 }).toBe('Succeeded');
  return (await getVersion(request, registry, kind, name, version)).body!.properties;
}

/** PUTs a model version through ARM (as the Owner) and waits for it. */
export async function putModelVersion(request: APIRequestContext, registry: TestRegistry, name: string, description: string) {
  const token = await tokenFor(request);
  const response = await request.put(`${ARM_URL}${registry.armPath}/models/${name}/versions/1?${API}`, {
    headers: { Authorization: `Bearer ${token}` },
    data: { properties: { description, modelType: 'custom_model', modelUri: 'https://example.blob.core.windows.net/models/x' } },
  });
  expect(response.status(), await response.text()).toBeLessThan(300);
  await expectVersion(request, registry, 'models', name, '1');
}

/** Lists the blobs under the model version's folder, through a read SAS from ARM (GetBlobReferenceSAS). */
export async function listUploadedBlobs(request: APIRequestContext, registry: TestRegistry, name: string, folderUri: string): Promise<{ name: string; size: number }[]> {
  const token = await tokenFor(request);
  const container = folderUri.slice(0, folderUri.lastIndexOf('/'));
  const sas = await request.post(`${ARM_URL}${registry.armPath}/datareferences/${name}/versions/1?${API}`, {
    headers: { Authorization: `Bearer ${token}` },
    data: { assetId: `azureml://registries/${registry.name}/models/${name}/versions/1`, blobUri: container },
  });
  expect(sas.status(), await sas.text()).toBe(200);
  const sasUri = ((await sas.json()) as { blobReferenceForConsumption: { credential: { sasUri: string } } }).blobReferenceForConsumption.credential.sasUri;
  const url = new URL(sasUri);
  const listing = await request.get(`${url.origin}${url.pathname}${url.search}&restype=container&comp=list`);
  expect(listing.status(), await listing.text()).toBe(200);
  const xml = await listing.text();
  return [...xml.matchAll(/<Blob><Name>([^<]+)<\/Name>[\s\S]*?<Content-Length>(\d+)<\/Content-Length>/g)].map((m) => ({ name: m[1], size: Number(m[2]) }));
}
