// The registry data plane as azure-ai-ml reaches it, request by request (paths, methods and status codes from
// 1.4's _restclient/registry_discovery and v2021_10_01_dataplanepreview; lib/emulator/python-sdk runs the client
// itself): discovery from the registry's discoveryUrl (on the TLS listener), then environment create/get/list and a
// model created from a file uploaded through tempdatarefs, all under {primaryRegionResourceProviderUri}mferp/
// managementfrontend, with 2021-10-01-dataplanepreview's codes and asset ids; newer data-plane api-versions keep
// mfe.json's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_PRINCIPALS, SEED_SUBSCRIPTIONS } from '../seed';
import type { EmulatorFixture } from '../testing/emulator-fixture';
import { pollUntil, startFixture, uniqueName } from '../testing/emulator-fixture';
import { rawRequest } from '../testing/raw-request';

const DP = 'api-version=2021-10-01-dataplanepreview';
type Discovery = { registryName: string; primaryRegion: string; regions: string[]; subscriptionId: string; resourceGroup: string; primaryRegionResourceProviderUri: string };
type TempRef = { blobReferenceForConsumption: { blobUri: string; credential: { credentialType: string; sasUri: string } }; temporaryDataReferenceId: string };

let emu: EmulatorFixture;
let mfe: string;
beforeAll(async () => {
  emu = await startFixture();
  const registry = await emu.arm<{ properties: { discoveryUrl: string; mlFlowRegistryUri: string } }>(
    'GET',
    `/subscriptions/${SEED_SUBSCRIPTIONS.production.id}/resourceGroups/rg-ml-prod/providers/Microsoft.MachineLearningServices/registries/contoso-prod-registry?api-version=2025-09-01`,
  );
  const { discoveryUrl } = registry.body.properties;
  expect(discoveryUrl).toBe(`${emu.httpsUrl}/registrymanagement/v1.0/registries/contoso-prod-registry/discovery`);
  expect(registry.body.properties.mlFlowRegistryUri.startsWith(`azureml://${new URL(emu.httpsUrl).host}/mlflow/v1.0/subscriptions/`)).toBe(true);
  const overTls = await rawRequest(discoveryUrl, { ca: emu.caPem, headers: { Authorization: `Bearer ${await emu.token()}` } });
  expect(overTls.status).toBe(200);
  expect(overTls.json<Discovery>().primaryRegionResourceProviderUri).toBe(`${emu.httpsUrl}/`);
  // The same discovery on the plain listener points the operations there (fetch below trusts no local CA).
  const discovery = await emu.arm<Discovery>('GET', new URL(discoveryUrl).pathname);
  expect(discovery.body).toMatchObject({ registryName: 'contoso-prod-registry', primaryRegion: 'eastus', regions: ['eastus', 'eastus2', 'westeurope'], resourceGroup: 'rg-ml-prod' });
  const d = discovery.body;
  expect(d.primaryRegionResourceProviderUri).toBe(`${emu.url}/`);
  mfe = `${d.primaryRegionResourceProviderUri}mferp/managementfrontend/subscriptions/${d.subscriptionId}/resourceGroups/${d.resourceGroup}/providers/Microsoft.MachineLearningServices/registries/${d.registryName}`;
});
afterAll(() => emu.close());

describe('registry data plane (azure-ai-ml)', () => {
  it('creates an environment as 2021-10-01-dataplanepreview does (202 + Location), then gets and lists it by asset id', async () => {
    const name = uniqueName('sdkenv');
    const put = await emu.arm('PUT', `${mfe}/environments/${name}/versions/1?${DP}`, { body: { properties: { image: 'mcr.microsoft.com/azureml/openmpi4.1.0-ubuntu22.04', description: 'from the SDK' } } });
    expect(put.status).toBe(202);
    const location = put.headers.get('location')!;
    expect(location).toMatch(/\/mferp\/managementfrontend\/subscriptions\/.+\/mfeOperationResults\/[0-9a-f-]+\?api-version=2021-10-01-dataplanepreview$/);
    expect(put.headers.get('retry-after')).toBeTruthy();
    await pollUntil(
      () => emu.arm('GET', location),
      (r) => r.status === 200,
    );
    const got = await emu.arm<{ id: string; properties: { image: string; provisioningState: string } }>('GET', `${mfe}/environments/${name}/versions/1?${DP}`);
    expect(got.body.id).toBe(`azureml://registries/contoso-prod-registry/environments/${name}/versions/1`);
    expect(got.body.properties).toMatchObject({ image: 'mcr.microsoft.com/azureml/openmpi4.1.0-ubuntu22.04', provisioningState: 'Succeeded' });
    const list = await emu.arm<{ value: { id: string; name: string }[] }>('GET', `${mfe}/environments?${DP}`);
    expect(list.body.value).toContainEqual(expect.objectContaining({ id: `azureml://registries/contoso-prod-registry/environments/${name}`, name }));

    // An update of what a version may change is finished at once: its Location is the version itself.
    const archived = await emu.arm('PUT', `${mfe}/environments/${name}/versions/1?${DP}`, { body: { properties: { image: 'mcr.microsoft.com/azureml/openmpi4.1.0-ubuntu22.04', description: 'from the SDK', isArchived: true } } });
    expect(archived.status).toBe(202);
    expect((await emu.arm<{ properties: { isArchived: boolean } }>('GET', archived.headers.get('location')!)).body.properties.isArchived).toBe(true);
    // A container PUT is 201 and a DELETE a plain 200 in this api-version.
    expect((await emu.arm('PUT', `${mfe}/environments/${name}?${DP}`, { body: { properties: { description: 'env' } } })).status).toBe(201);
    expect((await emu.arm('DELETE', `${mfe}/environments/${name}/versions/1?${DP}`)).status).toBe(200);
  });

  it('answers newer data-plane api-versions with mfe.json\'s codes and ARM ids', async () => {
    const name = uniqueName('sdknew');
    const put = await emu.arm<{ id: string }>('PUT', `${mfe}/models/${name}/versions/1?api-version=2023-04-01-preview`, { body: { properties: { modelUri: 'https://example.com/m/' } } });
    expect(put.status).toBe(201);
    expect(put.headers.get('azure-asyncoperation')).toContain('/mferp/managementfrontend/subscriptions/');
    expect(put.body.id).toMatch(new RegExp(`^/subscriptions/.+/registries/contoso-prod-registry/models/${name}/versions/1$`));
  });

  it('creates a model from a file uploaded through tempdatarefs (PUT), and refuses a second upload for an existing version', async () => {
    const name = uniqueName('sdkmodel');
    const assetId = `azureml://registries/contoso-prod-registry/models/${name}/versions/1`;
    const ref = await emu.arm<TempRef>('PUT', `${mfe}/tempdatarefs/${name}/versions/1?${DP}`, { body: { assetId, temporaryDataReferenceType: 'TemporaryBlobReference' } });
    expect(ref.status).toBe(200);
    const sas = new URL(ref.body.blobReferenceForConsumption.credential.sasUri);
    const upload = await fetch(`${sas.origin}${sas.pathname}/model.pkl${sas.search}`, { method: 'PUT', body: 'pickled-weights', headers: { 'x-ms-blob-type': 'BlockBlob' } });
    expect(upload.status).toBe(201);
    const put = await emu.arm('PUT', `${mfe}/models/${name}/versions/1?${DP}`, { body: { properties: { modelUri: `${ref.body.blobReferenceForConsumption.blobUri}/model.pkl`, modelType: 'custom_model' } } });
    expect(put.status).toBe(202);
    // A model without flavors answers an empty map (the SDK iterates it).
    expect((await emu.arm<{ properties: { flavors: unknown } }>('GET', `${mfe}/models/${name}/versions/1?${DP}`)).body.properties.flavors).toEqual({});
    const again = await emu.arm<{ error: { code: string } }>('PUT', `${mfe}/tempdatarefs/${name}/versions/1?${DP}`, { body: { assetId, temporaryDataReferenceType: 'TemporaryBlobReference' } });
    expect(again.status).toBe(409);
  });

  it('applies the same RBAC as ARM: Reader may not publish, a principal with no role may not discover', async () => {
    const reader = await emu.arm('PUT', `${mfe}/models/${uniqueName('r')}/versions/1?${DP}`, { principal: SEED_PRINCIPALS.reader.userPrincipalName, body: { properties: { modelUri: 'https://x/y' } } });
    expect(reader.status).toBe(403);
    const discovery = await emu.arm('GET', `${emu.url}/registrymanagement/v1.0/registries/contoso-prod-registry/discovery`, { principal: SEED_PRINCIPALS.noRole.userPrincipalName });
    expect(discovery.status).toBe(403);
  });
});
