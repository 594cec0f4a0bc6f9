// Template deployments through lib/arm, with the console's real template (buildDeploymentTemplate): the
// operations progress to Succeeded, validate catches a taken name and an unsupported region without
// creating anything, a running deployment name gets 409, and re-deploying the same registry is
// idempotent (no second registry).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyCreateRegistryForm } from '@/lib/registries/create-registry-schema';
import { buildDeploymentTemplate } from '@/lib/registries/template';
import {
  beginDeployment,
  cancelDeployment,
  exportDeploymentTemplate,
  getDeployment,
  listDeploymentOperations,
  listDeployments,
  validateDeployment,
} from '../deployments';
import type { ArmError } from '../errors';
import { waitForOperation } from '../lro';
import { getRegistry, listRegistriesBySubscription } from '../registries';
import { SPEC_TIMEOUT_MS, startTarget, uniqueName, type ContractTarget } from './target';

let t: ContractTarget;
beforeAll(async () => {
  t = await startTarget();
}, 120_000);
afterAll(async () => {
  await t?.close();
});

function bundle(registryName: string, primaryRegion = t.location) {
  return buildDeploymentTemplate({ ...emptyCreateRegistryForm(), name: registryName, primaryRegion });
}

async function armError(p: Promise<unknown>): Promise<ArmError> {
  const e = await p.then(() => undefined, (err: unknown) => err);
  expect((e as Error | undefined)?.name, 'the call should have failed with ArmError').toBe('ArmError');
  return e as ArmError;
}

describe('template deployments', () => {
  it('deploys one registry and its operation progresses to Succeeded', async () => {
    const rg = await t.newResourceGroup();
    const registryName = uniqueName('ctdep');
    const name = uniqueName('deploy-');
    const { handle, deployment } = await beginDeployment(t.client, t.subscriptionId, rg, name, bundle(registryName));
    expect(handle.kind).toBe('azure-async-operation');
    expect(['Accepted', 'Running']).toContain(deployment.properties?.provisioningState);
    expect(deployment.properties?.correlationId).toBeTruthy();

    // Watch the registry's operation as the progress page does, until the deployment is terminal.
    const seen = new Set<string>();
    await expect
      .poll(
        async () => {
          const ops = await listDeploymentOperations(t.client, t.subscriptionId, rg, name);
          for (const op of ops) seen.add(op.properties?.provisioningState ?? '');
          return (await getDeployment(t.client, t.subscriptionId, rg, name)).properties?.provisioningState;
        },
        { timeout: t.operationTimeoutMs, interval: t.pollIntervalMs },
      )
      .toBe('Succeeded');
    expect(seen.has('Running') || seen.has('Succeeded')).toBe(true);
    const [op] = await listDeploymentOperations(t.client, t.subscriptionId, rg, name);
    expect(op.properties).toMatchObject({
      provisioningOperation: 'Create',
      provisioningState: 'Succeeded',
      targetResource: { resourceType: 'Microsoft.MachineLearningServices/registries', resourceName: registryName },
    });
    expect(op.properties?.duration).toMatch(/^PT/);
    expect((await waitForOperation(t.client, handle, { intervalMs: t.pollIntervalMs, timeoutMs: t.operationTimeoutMs })).status).toBe('Succeeded');
    const done = await getDeployment(t.client, t.subscriptionId, rg, name);
    expect(done.properties?.outputResources?.map((r) => r.id?.toLowerCase())).toContain(op.properties?.targetResource?.id?.toLowerCase());
    expect((await listDeployments(t.client, t.subscriptionId, rg)).map((d) => d.name)).toContain(name);
    expect((await getRegistry(t.client, t.subscriptionId, rg, registryName)).name).toBe(registryName);

    // exportTemplate gives back exactly the template that ran (what a redeploy resubmits).
    expect(await exportDeploymentTemplate(t.client, t.subscriptionId, rg, name)).toEqual(bundle(registryName).template);

    // Re-deploying the same template (a new run of the same name) is idempotent: still one registry.
    const again = await beginDeployment(t.client, t.subscriptionId, rg, name, bundle(registryName));
    expect((await waitForOperation(t.client, again.handle, { intervalMs: t.pollIntervalMs, timeoutMs: t.operationTimeoutMs })).status).toBe('Succeeded');
    const same = (await listRegistriesBySubscription(t.client, t.subscriptionId)).filter((r) => r.name?.toLowerCase() === registryName.toLowerCase());
    expect(same).toHaveLength(1);
  }, SPEC_TIMEOUT_MS);

  it('answers 409 DeploymentActive to a PUT of a running deployment name', async () => {
    const rg = await t.newResourceGroup();
    const name = uniqueName('busy-');
    await beginDeployment(t.client, t.subscriptionId, rg, name, bundle(uniqueName('ctbusy')));
    const err = await armError(beginDeployment(t.client, t.subscriptionId, rg, name, bundle(uniqueName('ctbusy'))));
    expect([err.status, err.code]).toEqual([409, 'DeploymentActive']);
    await cancelDeployment(t.client, t.subscriptionId, rg, name);
    expect((await getDeployment(t.client, t.subscriptionId, rg, name)).properties?.provisioningState).toBe('Canceled');
  }, SPEC_TIMEOUT_MS);

  it('validates without creating anything: a taken name and an unsupported region are InvalidTemplateDeployment details', async () => {
    const rg = await t.newResourceGroup();
    const otherRg = await t.newResourceGroup();
    const takenName = uniqueName('cttaken');
    const first = await beginDeployment(t.client, t.subscriptionId, otherRg, uniqueName('owner-'), bundle(takenName));
    expect((await waitForOperation(t.client, first.handle, { intervalMs: t.pollIntervalMs, timeoutMs: t.operationTimeoutMs })).status).toBe('Succeeded');

    const taken = await armError(validateDeployment(t.client, t.subscriptionId, rg, uniqueName('val-'), bundle(takenName)));
    expect([taken.status, taken.code]).toEqual([400, 'InvalidTemplateDeployment']);
    expect(taken.details).toEqual([expect.objectContaining({ code: 'Conflict', target: takenName })]);

    const fresh = uniqueName('ctfresh');
    const region = await armError(validateDeployment(t.client, t.subscriptionId, rg, uniqueName('val-'), bundle(fresh, t.unsupportedLocation)));
    expect(region.details).toEqual([expect.objectContaining({ code: 'LocationNotAvailableForResourceType', target: fresh })]);

    const ok = await validateDeployment(t.client, t.subscriptionId, rg, uniqueName('val-'), bundle(fresh));
    expect(ok.properties?.validatedResources?.map((r) => r.id?.toLowerCase())).toEqual([expect.stringContaining(`/registries/${fresh}`.toLowerCase())]);
    expect((await armError(getRegistry(t.client, t.subscriptionId, rg, fresh))).status).toBe(404);
    expect(await listDeployments(t.client, t.subscriptionId, rg)).toEqual([]);
  }, SPEC_TIMEOUT_MS);
});
