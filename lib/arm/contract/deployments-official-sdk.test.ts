// Deployments through Microsoft's own client, unchanged: @azure/arm-resources 6.1 (the last release with
// `deployments` that runs on Node 20; 7.x moved them to a Node 22 package). Only its bearer policy is swapped
// for loopback http, as lib/arm does. Its pollers (core-lro 2.x) infer the LRO mode from the PUT's
// Azure-AsyncOperation header, so this also proves the emulator's LRO headers are what the SDK expects.
import type { Deployment } from '@azure/arm-resources';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyCreateRegistryForm } from '@/lib/registries/create-registry-schema';
import { buildDeploymentTemplate, deploymentRequestBody } from '@/lib/registries/template';
import { SPEC_TIMEOUT_MS, startTarget, uniqueName, type ContractTarget } from './target';

let t: ContractTarget;
beforeAll(async () => {
  t = await startTarget();
}, 120_000);
afterAll(async () => {
  await t?.close();
});

function consoleDeployment(registryName: string): Deployment {
  const body = deploymentRequestBody(
    buildDeploymentTemplate({ ...emptyCreateRegistryForm(), name: registryName, primaryRegion: t.location }),
  );
  // The SDK types the template as a plain JSON object; ours is the same JSON, typed more precisely.
  return { properties: { mode: 'Incremental', template: { ...body.properties.template }, parameters: body.properties.parameters } };
}

describe('deployments through the official @azure/arm-resources client', () => {
  it('validates, deploys the console template to Succeeded and lists its operations', async () => {
    const client = t.resourceClient();
    const rg = await t.newResourceGroup();
    const registryName = uniqueName('ctsdk');
    const name = uniqueName('sdk-');
    const deployment = consoleDeployment(registryName);

    const validated = await client.deployments.beginValidateAndWait(rg, name, deployment, { updateIntervalInMs: t.pollIntervalMs });
    expect(validated.error).toBeUndefined();

    const done = await client.deployments.beginCreateOrUpdateAndWait(rg, name, deployment, { updateIntervalInMs: t.pollIntervalMs });
    expect(done.properties?.provisioningState).toBe('Succeeded');
    expect(done.name).toBe(name);
    expect(done.properties?.outputResources?.map((r) => r.id?.toLowerCase())).toEqual([
      `/subscriptions/${t.subscriptionId}/resourcegroups/${rg}/providers/microsoft.machinelearningservices/registries/${registryName}`.toLowerCase(),
    ]);

    const operations = [];
    for await (const operation of client.deploymentOperations.list(rg, name)) {
      operations.push(operation);
    }
    const create = operations.find((o) => o.properties?.targetResource?.resourceName === registryName);
    expect(create?.properties?.provisioningState).toBe('Succeeded');
    expect(create?.properties?.provisioningOperation).toBe('Create');

    const history = [];
    for await (const item of client.deployments.listByResourceGroup(rg)) history.push(item.name);
    expect(history).toContain(name);
  }, SPEC_TIMEOUT_MS);

  it('reports a taken registry name from validate as InvalidTemplateDeployment with the Conflict in details', async () => {
    const client = t.resourceClient();
    const rg = await t.newResourceGroup();
    const registryName = uniqueName('ctsdk');
    await client.deployments.beginCreateOrUpdateAndWait(rg, uniqueName('sdk-'), consoleDeployment(registryName), {
      updateIntervalInMs: t.pollIntervalMs,
    });

    // Another resource group: the same name in the same group would be an update of that registry, not a clash.
    // The spec lists 400 as a DeploymentValidateResult, so the SDK either returns it or throws a RestError
    // whose `details` is the parsed body; both carry ARM's error.
    const otherRg = await t.newResourceGroup();
    const error = await client.deployments
      .beginValidateAndWait(otherRg, uniqueName('sdk-'), consoleDeployment(registryName.toUpperCase()), { updateIntervalInMs: t.pollIntervalMs })
      .then(
        (result) => result.error,
        (e: { details?: { error?: { code?: string; details?: { code?: string }[] } } }) => e.details?.error,
      );
    expect(error?.code).toBe('InvalidTemplateDeployment');
    expect(error?.details?.map((d) => d.code)).toContain('Conflict');
  }, SPEC_TIMEOUT_MS);
});
