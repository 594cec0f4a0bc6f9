// Azure's own Python client against the emulator: Debian's azure-ai-ml 1.4.0 (python3-azure), unchanged, runs
// registry-assets.py — MLClient(credential, subscription_id, resource_group, registry_name=…) with azure-identity's
// ManagedIdentityCredential (the emulator's managed-identity endpoint) over the emulator's TLS listener. As the
// seeded AzureML Registry User the client discovers the registry, creates, gets and lists an environment,
// creates a model from a local file (upload through tempdatarefs + azure-storage-blob, confirmation metadata
// included) and a command component in that environment; the test then checks what the emulator stored through ARM. As the Reader it lists, and its create is
// refused with ARM's 403. Needs python3-azure (scripts/ensure-python-azure-ml.sh, run by `npm run test:unit`).
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_PRINCIPALS, SEED_SUBSCRIPTIONS } from '../seed';
import type { EmulatorFixture } from '../testing/emulator-fixture';
import { startFixture, uniqueName } from '../testing/emulator-fixture';
import type { PythonSession } from './python-runner';
import { DEBIAN_PYTHON, pythonSession } from './python-runner';

const STEP_MS = 120_000;
const SUB = SEED_SUBSCRIPTIONS.production.id;
const REGISTRY = 'contoso-prod-registry';
const ARM_REGISTRY = `/subscriptions/${SUB}/resourceGroups/rg-ml-prod/providers/Microsoft.MachineLearningServices/registries/${REGISTRY}`;
const V = 'api-version=2025-09-01';
const MODEL_BYTES = 'pickled weights from azure-ai-ml\n';

interface ClientReport {
  discovery: string[];
  environment: { id: string; name: string; version: string; image: string; description: string; tags: Record<string, string> };
  gotEnvironment: { name: string; version: string; image: string };
  listedEnvironments: string[];
  environmentVersions: string[];
  model: { id: string; name: string; version: string; path: string; type: string };
  gotModel: { name: string; version: string; path: string; description: string };
  component: { id: string; name: string; version: string; command: string };
  listedComponents: string[];
}

let emu: EmulatorFixture;
let py: PythonSession;
beforeAll(async () => {
  try {
    execFileSync(DEBIAN_PYTHON, ['-c', 'import azure.ai.ml, azure.identity'], { stdio: 'ignore', timeout: 60_000, env: { ...process.env, PYTHONPATH: path.join(__dirname, 'pydash-standin'), PYTHONDONTWRITEBYTECODE: '1' } });
  } catch {
    throw new Error('azure-ai-ml is not installed: run `bash scripts/ensure-python-azure-ml.sh` (npm run test:unit does).');
  }
  emu = await startFixture();
  py = pythonSession({ httpUrl: emu.url, caPem: emu.caPem });
}, STEP_MS);
afterAll(async () => {
  py?.dispose();
  await emu?.close();
});

// pydash's documented behaviour for the three functions azure-ai-ml calls, checked against the stand-in.
const STANDIN_CASES = `
import pydash
from pydash import get, objects
d = {"jobs": {"a": {"inputs": [{"x": 1}]}}, "trial": None}
assert pydash.get(d, "jobs.a.inputs[0].x") == 1
assert get(d, "jobs.a.inputs.0.x") == 1
assert pydash.get(d, "jobs.b.inputs", "dflt") == "dflt"
assert pydash.get(d, "trial.componentId", None) is None
class Node: trial = {"componentId": "c1"}
assert pydash.get(Node(), "trial.componentId") == "c1"
src = {"name": "n", "id": "i", "version": "1", "spec": {"a": 1}}
assert pydash.omit(src, ["name", "id", "version"]) == {"spec": {"a": 1}}
assert src["name"] == "n", "omit must not touch its input"
data = {"inputs": {}}
objects.set_(data, "inputs.lr.default", 0.1)
objects.set_(data, "outputs[1].path", "p")
assert data == {"inputs": {"lr": {"default": 0.1}}, "outputs": [None, {"path": "p"}]}, data
print("ok")
`;

const runScript = (env: Record<string, string>) =>
  py.run(path.join(__dirname, 'registry-assets.py'), {
    EMULATOR_HTTPS_URL: emu.httpsUrl,
    REGISTRY_NAME: REGISTRY,
    // Ignored by the client in favour of what discovery answers, as on Azure.
    SUBSCRIPTION_ID: '00000000-0000-0000-0000-000000000000',
    RESOURCE_GROUP: 'not-used',
    ...env,
  });

describe('azure-ai-ml MLClient(registry_name=…) against the emulator', () => {
  it('runs on a pydash stand-in that does what pydash documents for get, omit and objects.set_', async () => {
    expect((await py.run('-c', {}, 30_000, STANDIN_CASES)).trim()).toBe('ok');
  });

  it(
    'as an AzureML Registry User: creates, gets and lists an environment, creates a model from a local file (upload included) and a command component',
    async () => {
      const environment = uniqueName('pyenv');
      const model = uniqueName('pymodel');
      // azure-ai-ml's own rule for component names: lower-case letters, digits and underscores.
      const component = uniqueName('pycomp').replace(/-/g, '_');
      const out = await runScript({
        MODE: 'publish',
        CLIENT_ID: SEED_PRINCIPALS.registryUser.userPrincipalName,
        ENVIRONMENT_NAME: environment,
        MODEL_NAME: model,
        MODEL_FILE: py.writeFile('model.pkl', MODEL_BYTES),
        COMPONENT_NAME: component,
      });
      const r = JSON.parse(out) as ClientReport;

      // What the client returned.
      expect(r.discovery).toEqual([`${emu.httpsUrl}/registrymanagement/v1.0/registries/${REGISTRY}/discovery`]);
      expect(r.environment).toEqual({
        id: `azureml://registries/${REGISTRY}/environments/${environment}/versions/1`,
        name: environment,
        version: '1',
        image: 'mcr.microsoft.com/azureml/openmpi4.1.0-ubuntu22.04:latest',
        description: 'created by azure-ai-ml',
        tags: { from: 'python-sdk' },
      });
      expect(r.gotEnvironment).toEqual({ name: environment, version: '1', image: 'mcr.microsoft.com/azureml/openmpi4.1.0-ubuntu22.04:latest' });
      expect(r.listedEnvironments).toEqual(expect.arrayContaining([environment, 'sklearn-1-5', 'pytorch-2-3-cuda', 'lightgbm-inference']));
      expect(r.environmentVersions).toEqual(['1']);
      expect(r.model).toMatchObject({ id: `azureml://registries/${REGISTRY}/models/${model}/versions/1`, name: model, version: '1', type: 'custom_model' });
      expect(r.model.path).toMatch(new RegExp(`^${emu.httpsUrl.replace(/[.]/g, '\\.')}/_blob/[a-z0-9]+/[0-9a-f-]+/model\\.pkl$`));
      expect(r.gotModel).toEqual({ name: model, version: '1', path: r.model.path, description: 'uploaded by azure-ai-ml' });
      expect(r.component).toEqual({ id: `azureml://registries/${REGISTRY}/components/${component}/versions/1`, name: component, version: '1', command: 'python train.py --epochs 3' });
      expect(r.listedComponents).toEqual(expect.arrayContaining([component, 'train-credit-model', 'prep-data']));

      // What the emulator stored, read back through ARM.
      const env = await emu.arm<{ properties: Record<string, unknown>; systemData: { createdBy: string } }>('GET', `${ARM_REGISTRY}/environments/${environment}/versions/1?${V}`);
      expect(env.status).toBe(200);
      expect(env.body.systemData.createdBy).toBe(SEED_PRINCIPALS.registryUser.userPrincipalName);
      expect(env.body.properties).toMatchObject({ image: 'mcr.microsoft.com/azureml/openmpi4.1.0-ubuntu22.04:latest', description: 'created by azure-ai-ml', tags: { from: 'python-sdk' }, provisioningState: 'Succeeded' });
      const stored = await emu.arm<{ properties: { modelUri: string; modelType: string; description: string } }>('GET', `${ARM_REGISTRY}/models/${model}/versions/1?${V}`);
      expect(stored.body.properties).toMatchObject({ modelUri: r.model.path, modelType: 'custom_model', description: 'uploaded by azure-ai-ml' });
      const container = await emu.arm<{ properties: { latestVersion: string } }>('GET', `${ARM_REGISTRY}/models/${model}?${V}`);
      expect(container.body.properties.latestVersion).toBe('1');
      const storedComponent = await emu.arm<{ properties: { componentSpec: Record<string, unknown> } }>('GET', `${ARM_REGISTRY}/components/${component}/versions/1?${V}`);
      expect(storedComponent.body.properties.componentSpec).toMatchObject({
        name: component,
        type: 'command',
        command: 'python train.py --epochs 3',
        environment: `azureml://registries/${REGISTRY}/environments/${environment}/versions/1`,
      });

      // The uploaded bytes, read with a GetBlobReferenceSAS read SAS; the client marked the upload complete.
      const sas = await emu.arm<{ blobReferenceForConsumption: { credential: { sasUri: string } } }>('POST', `${ARM_REGISTRY}/datareferences/${model}/versions/1?${V}`, {
        body: { assetId: r.model.id, blobUri: r.model.path },
      });
      expect(sas.status).toBe(200);
      const file = await fetch(sas.body.blobReferenceForConsumption.credential.sasUri);
      expect(await file.text()).toBe(MODEL_BYTES);
      expect(file.headers.get('x-ms-meta-upload_status')).toBe('completed');
      expect(file.headers.get('x-ms-meta-name')).toBe(model);
    },
    STEP_MS,
  );

  it(
    "as a Reader: lists environments, and creating one fails with ARM's 403 naming the permission",
    async () => {
      const environment = uniqueName('pyenv');
      const r = JSON.parse(await runScript({ MODE: 'read-only', CLIENT_ID: SEED_PRINCIPALS.reader.userPrincipalName, ENVIRONMENT_NAME: environment })) as {
        listedEnvironments: string[];
        refused: { status: number; code: string; message: string } | null;
      };
      expect(r.listedEnvironments).toEqual(expect.arrayContaining(['sklearn-1-5', 'pytorch-2-3-cuda', 'lightgbm-inference']));
      expect(r.refused).toMatchObject({ status: 403, code: 'AuthorizationFailed' });
      expect(r.refused?.message).toContain('Microsoft.MachineLearningServices/registries/assets/write');
      expect((await emu.arm('GET', `${ARM_REGISTRY}/environments/${environment}?${V}`)).status).toBe(404);
    },
    STEP_MS,
  );
});
