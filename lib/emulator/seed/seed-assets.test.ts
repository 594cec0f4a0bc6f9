// The seeded tenant's registries hold assets on first start: what the console browses without any setup.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_SUBSCRIPTIONS } from '.';
import type { EmulatorFixture } from '../testing/emulator-fixture';
import { startFixture } from '../testing/emulator-fixture';

const REGISTRY = `/subscriptions/${SEED_SUBSCRIPTIONS.production.id}/resourceGroups/rg-ml-prod/providers/Microsoft.MachineLearningServices/registries/contoso-prod-registry`;
const V = 'api-version=2025-09-01';
type Item = { name: string; properties: Record<string, unknown> & { regionReplication?: { status: string }[] } };
type Page = { value: Item[] };

let emu: EmulatorFixture;
beforeAll(async () => {
  emu = await startFixture();
});
afterAll(() => emu.close());

const list = async (path: string) => (await emu.arm<Page>('GET', `${REGISTRY}${path}${path.includes('?') ? '&' : '?'}${V}`)).body.value;

describe('seeded assets', () => {
  it('lists models with many versions, one model archived, one version archived, MLflow flavors, all replicated', async () => {
    const active = await list('/models');
    expect(active.map((m) => m.name)).toEqual(['credit-risk-classifier', 'fraud-detector']);
    expect(active[0].properties).toMatchObject({ latestVersion: '6', nextVersion: '7', description: expect.stringContaining('default risk') });
    expect((await list('/models?listViewType=ArchivedOnly')).map((m) => m.name)).toEqual(['legacy-churn-model']);
    const versions = await list('/models/credit-risk-classifier/versions?listViewType=All');
    expect(versions).toHaveLength(6);
    expect(versions.find((v) => v.name === '2')?.properties.isArchived).toBe(true);
    expect(versions[0].properties).toMatchObject({ modelType: 'mlflow_model', stage: 'Production', flavors: { sklearn: { data: { sklearn_version: '1.5.1' } } } });
    expect(versions.every((v) => v.properties.regionReplication?.every((r) => r.status === 'Succeeded'))).toBe(true);
  });

  it('has image- and build-context environments, command components, and data of every type', async () => {
    const envs = await list('/environments');
    expect(envs.map((e) => e.name)).toEqual(['lightgbm-inference', 'pytorch-2-3-cuda', 'sklearn-1-5']);
    const built = (await list('/environments/pytorch-2-3-cuda/versions'))[0];
    expect(built.properties.build).toMatchObject({ dockerfilePath: 'Dockerfile', contextUri: expect.stringContaining('/_blob/') });
    const component = (await list('/components/train-credit-model/versions'))[0];
    expect(component.properties.componentSpec).toMatchObject({ type: 'command', inputs: { training_data: { type: 'uri_folder' } } });
    const dataTypes = await Promise.all(['credit-applications', 'transactions-2024', 'iris-mltable'].map(async (d) => (await list(`/data/${d}/versions`))[0].properties.dataType));
    expect(dataTypes).toEqual(['uri_file', 'uri_folder', 'mltable']);
  });

  it('stores the files of seeded versions as blobs readable through datareferences', async () => {
    const version = (await list('/models/credit-risk-classifier/versions'))[0];
    const res = await emu.arm<{ blobReferenceForConsumption: { credential: { sasUri: string } } }>('POST', `${REGISTRY}/datareferences/credit-risk-classifier/versions/6?${V}`, {
      body: { assetId: 'azureml://registries/contoso-prod-registry/models/credit-risk-classifier/versions/6', blobUri: `${version.properties.modelUri as string}/MLmodel` },
    });
    expect(res.status).toBe(200);
    const blob = await fetch(res.body.blobReferenceForConsumption.credential.sasUri);
    expect(blob.status).toBe(200);
    expect(await blob.text()).toContain('loader_module: mlflow.sklearn');
  });
});
