// The registry data plane, replaying the requests azure-ai-ml 1.4 sends for MLClient(registry_name=…)
// (paths and api-versions from its _restclient/registry_discovery and v2021_10_01_dataplanepreview):
// discovery from the registry's discoveryUrl, then environment create/get/list and a model created from a
// file uploaded through tempdatarefs, all under {primaryRegionResourceProviderUri}mferp/managementfrontend.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_PRINCIPALS, SEED_SUBSCRIPTIONS } from '../seed';
import type { EmulatorFixture } from '../testing/emulator-fixture';
import { pollUntil, startFixture, uniqueName } from '../testing/emulator-fixture';

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
  expect(registry.body.properties.discoveryUrl).toBe(`${emu.url}/registrymanagement/v1.0/registries/contoso-prod-registry/discovery`);
  expect(registry.body.properties.mlFlowRegistryUri.startsWith(`azureml://${new URL(emu.url).host}/mlflow/v1.0/subscriptions/`)).toBe(true);
  const discovery = await emu.arm<Discovery>('GET', registry.body.properties.discoveryUrl);
  expect(discovery.status).toBe(200);
  expect(discovery.body).toMatchObject({ registryName: 'contoso-prod-registry', primaryRegion: 'eastus', regions: ['eastus', 'eastus2', 'westeurope'], resourceGroup: 'rg-ml-prod' });
  const d = discovery.body;
  mfe = `${d.primaryRegionResourceProviderUri}mferp/managementfrontend/subscriptions/${d.subscriptionId}/resourceGroups/${d.resourceGroup}/providers/Microsoft.MachineLearningServices/registries/${d.registryName}`;
});
afterAll(() => emu.close());

describe('registry data plane (azure-ai-ml)', () => {
  it('creates, gets and lists an environment', async () => {
    const name = uniqueName('sdkenv');
    const put = await emu.arm('PUT', `${mfe}/environments/${name}/versions/1?${DP}`, { body: { properties: { image: 'mcr.microsoft.com/azureml/openmpi4.1.0-ubuntu22.04', description: 'from the SDK' } } });
    expect(put.status).toBe(201);
    const poll = put.headers.get('azure-asyncoperation')!;
    expect(poll).toContain('/mferp/managementfrontend/subscriptions/');
    await pollUntil(
      () => emu.arm<{ status: string }>('GET', poll),
      (r) => r.body.status === 'Succeeded',
    );
    const got = await emu.arm<{ properties: { image: string; provisioningState: string } }>('GET', `${mfe}/environments/${name}/versions/1?${DP}`);
    expect(got.body.properties).toMatchObject({ image: 'mcr.microsoft.com/azureml/openmpi4.1.0-ubuntu22.04', provisioningState: 'Succeeded' });
    const list = await emu.arm<{ value: { name: string }[] }>('GET', `${mfe}/environments?${DP}`);
    expect(list.body.value.map((e) => e.name)).toContain(name);
  });

  it('creates a model from a file uploaded through tempdatarefs, and refuses a second upload for an existing version', async () => {
    const name = uniqueName('sdkmodel');
    const assetId = `azureml://registries/contoso-prod-registry/models/${name}/versions/1`;
    const ref = await emu.arm<TempRef>('POST', `${mfe}/tempdatarefs/${name}/versions/1?${DP}`, { body: { assetId, temporaryDataReferenceType: 'TemporaryBlobReference' } });
    expect(ref.status).toBe(200);
    const sas = new URL(ref.body.blobReferenceForConsumption.credential.sasUri);
    const upload = await fetch(`${sas.origin}${sas.pathname}/model.pkl${sas.search}`, { method: 'PUT', body: 'pickled-weights', headers: { 'x-ms-blob-type': 'BlockBlob' } });
    expect(upload.status).toBe(201);
    const put = await emu.arm('PUT', `${mfe}/models/${name}/versions/1?${DP}`, { body: { properties: { modelUri: `${ref.body.blobReferenceForConsumption.blobUri}/model.pkl`, modelType: 'custom_model' } } });
    expect(put.status).toBe(201);
    const again = await emu.arm<{ error: { code: string } }>('POST', `${mfe}/tempdatarefs/${name}/versions/1?${DP}`, { body: { assetId, temporaryDataReferenceType: 'TemporaryBlobReference' } });
    expect(again.status).toBe(409);
  });

  it('applies the same RBAC as ARM: Reader may not publish, a principal with no role may not discover', async () => {
    const reader = await emu.arm('PUT', `${mfe}/models/${uniqueName('r')}/versions/1?${DP}`, { principal: SEED_PRINCIPALS.reader.userPrincipalName, body: { properties: { modelUri: 'https://x/y' } } });
    expect(reader.status).toBe(403);
    const discovery = await emu.arm('GET', `${emu.url}/registrymanagement/v1.0/registries/contoso-prod-registry/discovery`, { principal: SEED_PRINCIPALS.noRole.userPrincipalName });
    expect(discovery.status).toBe(403);
  });
});
