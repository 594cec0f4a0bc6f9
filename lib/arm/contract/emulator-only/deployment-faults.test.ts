// Failure paths that only the emulator can stage: a provisioning fault on one region's storage account
// makes the deployment Failed with that child's error in details; after clearing it, a redeploy
// succeeds; an unsupported template function is 400 InvalidTemplate naming it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyCreateRegistryForm } from '@/lib/registries/create-registry-schema';
import { buildDeploymentTemplate } from '@/lib/registries/template';
import { addFault, clearFaults } from '@/lib/emulator/testing/control';
import { beginDeployment, getDeployment, listDeploymentOperations } from '../../deployments';
import type { ArmError } from '../../errors';
import { waitForOperation } from '../../lro';
import { getRegistry } from '../../registries';
import { SPEC_TIMEOUT_MS, startTarget, uniqueName, type ContractTarget } from '../target';

let t: ContractTarget;
beforeAll(async () => {
  t = await startTarget();
}, 120_000);
afterAll(async () => {
  await t?.close();
});

function bundle(registryName: string, additionalRegions: string[] = []) {
  return buildDeploymentTemplate({
    ...emptyCreateRegistryForm(),
    name: registryName,
    primaryRegion: t.location,
    additionalRegions,
  });
}

describe('deployment failures', () => {
  it('fails with the storage account error in details, and a redeploy after clearing the fault succeeds', async () => {
    const rg = await t.newResourceGroup();
    const registryName = uniqueName('ctfault');
    const [second] = t.additionalLocations;
    await addFault(t.controlEndpoint, {
      kind: 'provisioning',
      resourceType: 'Microsoft.Storage/storageAccounts',
      region: second,
      registryName,
      code: 'StorageAccountQuotaExceeded',
      message: `The subscription has reached its storage account limit in ${second}.`,
    });
    try {
      const name = uniqueName('fail-');
      const { handle } = await beginDeployment(t.client, t.subscriptionId, rg, name, bundle(registryName, [second]));
      const result = await waitForOperation(t.client, handle, { intervalMs: t.pollIntervalMs, timeoutMs: t.operationTimeoutMs });
      expect(result.status).toBe('Failed');
      expect(result.error?.code).toBe('DeploymentFailed');

      const deployment = await getDeployment(t.client, t.subscriptionId, rg, name);
      expect(deployment.properties?.provisioningState).toBe('Failed');
      const [detail] = deployment.properties?.error?.details ?? [];
      expect(detail).toMatchObject({ code: 'StorageAccountQuotaExceeded', message: `The subscription has reached its storage account limit in ${second}.` });
      expect(detail.details?.[0]?.target).toMatch(/\/providers\/Microsoft\.Storage\/storageAccounts\//);
      const [op] = await listDeploymentOperations(t.client, t.subscriptionId, rg, name);
      expect(op.properties).toMatchObject({ provisioningState: 'Failed', statusMessage: { status: 'Failed', error: { code: 'StorageAccountQuotaExceeded' } } });
    } finally {
      await clearFaults(t.controlEndpoint);
    }

    // "Redeploy": the same template and parameters as a new deployment.
    const redeploy = await beginDeployment(t.client, t.subscriptionId, rg, uniqueName('redeploy-'), bundle(registryName, [second]));
    expect((await waitForOperation(t.client, redeploy.handle, { intervalMs: t.pollIntervalMs, timeoutMs: t.operationTimeoutMs })).status).toBe('Succeeded');
    const registry = await getRegistry(t.client, t.subscriptionId, rg, registryName);
    const storageNames = registry.properties.regionDetails?.map((r) => r.storageAccountDetails?.[0]?.systemCreatedStorageAccount?.storageAccountName);
    expect(storageNames?.every(Boolean)).toBe(true);
  }, SPEC_TIMEOUT_MS);

  it('refuses an unsupported template function with 400 InvalidTemplate naming it', async () => {
    const rg = await t.newResourceGroup();
    const b = bundle(uniqueName('ctfn'));
    b.template.resources[0].name = "[concat('reg', uniqueString(resourceGroup().id))]";
    const err = (await beginDeployment(t.client, t.subscriptionId, rg, uniqueName('fn-'), b).catch((e: unknown) => e)) as ArmError;
    expect(err).toMatchObject({ name: 'ArmError', status: 400, code: 'InvalidTemplate' });
    expect(err.message).toContain("'uniqueString'");
  });
});
