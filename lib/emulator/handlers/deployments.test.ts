// Template deployments over HTTP: the console's real template provisions a registry through the same
// resource-provider code as a direct PUT; operations and the deployment move to Succeeded; history,
// validate, cancel, 409s, InvalidTemplate and provisioning failures look as ARM's do.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyCreateRegistryForm } from '@/lib/registries/create-registry-schema';
import { buildDeploymentTemplate } from '@/lib/registries/template';
import { SEED_PRINCIPALS, SEED_REGISTRIES, SEED_SUBSCRIPTIONS } from '../seed';
import type { EmulatorFixture } from '../testing/emulator-fixture';
import { pollUntil, startFixture, uniqueName } from '../testing/emulator-fixture';

const PROD = SEED_SUBSCRIPTIONS.production.id;
const RG = 'rg-ml-prod';
let emu: EmulatorFixture;
beforeAll(async () => {
  emu = await startFixture({ pageSize: 2 });
});
afterAll(() => emu.close());

type Deployment = { id: string; name: string; properties: Record<string, unknown> & { provisioningState: string; error?: { code: string; details: { code: string; message: string; details?: { target: string }[] }[] } } };
type Operation = { operationId: string; properties: { provisioningState: string; statusCode: string; statusMessage: { status: string; error?: { code: string } }; targetResource: { id: string; resourceType: string; resourceName: string } } };
type ErrorBody = { error: { code: string; message: string; target?: string; details?: { code: string; message: string; target?: string }[] } };

const deploymentPath = (name: string, suffix = '') =>
  `/subscriptions/${PROD}/resourcegroups/${RG}/providers/Microsoft.Resources/deployments/${name}${suffix}?api-version=2025-04-01`;
const registryPath = (name: string) => `/subscriptions/${PROD}/resourceGroups/${RG}/providers/Microsoft.MachineLearningServices/registries/${name}?api-version=2025-09-01`;

function templateBody(registryName: string, regions: string[] = ['eastus']) {
  const bundle = buildDeploymentTemplate({ ...emptyCreateRegistryForm(), name: registryName, primaryRegion: regions[0], additionalRegions: regions.slice(1) });
  return { properties: { mode: 'Incremental', template: bundle.template, parameters: bundle.parameters } };
}

const finished = (name: string) => pollUntil(() => emu.arm<Deployment>('GET', deploymentPath(name)), (r) => !['Accepted', 'Running'].includes(r.body.properties.provisioningState));

describe('template deployments', () => {
  it('deploys the console template: 201 Accepted, Running operations, then Succeeded with outputResources', async () => {
    const registry = uniqueName('dep');
    const name = uniqueName('deploy');
    const put = await emu.arm<Deployment>('PUT', deploymentPath(name), { body: templateBody(registry, ['eastus', 'westeurope']) });
    expect(put.status).toBe(201);
    expect(put.body.properties.provisioningState).toBe('Accepted');
    expect(put.headers.get('azure-asyncoperation')).toContain(`/deployments/${name}/operationStatuses/`);
    expect(put.body.properties).toMatchObject({ mode: 'Incremental', correlationId: put.headers.get('x-ms-correlation-request-id'), parameters: { registryName: { type: 'String', value: registry } } });

    const ops = await emu.arm<{ value: Operation[] }>('GET', deploymentPath(name, '/operations'));
    expect(ops.body.value).toHaveLength(1);
    expect(ops.body.value[0].properties).toMatchObject({ provisioningState: 'Running', statusCode: 'Created', targetResource: { resourceType: 'Microsoft.MachineLearningServices/registries', resourceName: registry } });

    const done = await finished(name);
    expect(done.body.properties.provisioningState).toBe('Succeeded');
    expect(done.body.properties.duration).toMatch(/^PT[\d.HMS]+$/);
    expect(done.body.properties.outputResources).toEqual([{ id: expect.stringMatching(new RegExp(`/registries/${registry}$`)) }]);
    const status = await emu.arm<{ status: string }>('GET', put.headers.get('azure-asyncoperation')!);
    expect(status.body).toEqual({ status: 'Succeeded' });
    const after = await emu.arm<Operation[] & { value: Operation[] }>('GET', deploymentPath(name, '/operations'));
    expect(after.body.value[0].properties).toMatchObject({ provisioningState: 'Succeeded', statusMessage: { status: 'Succeeded' } });
    const created = await emu.arm<{ properties: { regionDetails: { location: string }[] } }>('GET', registryPath(registry));
    expect(created.body.properties.regionDetails.map((r) => r.location)).toEqual(['eastus', 'westeurope']);
  });

  it('answers 409 DeploymentActive while running and 409 DeploymentCannotBeCancelled after cancel', async () => {
    const name = uniqueName('busy');
    expect((await emu.arm('PUT', deploymentPath(name), { body: templateBody(uniqueName('busy')) })).status).toBe(201);
    const again = await emu.arm<ErrorBody>('PUT', deploymentPath(name), { body: templateBody(uniqueName('busy')) });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('DeploymentActive');
    expect((await emu.arm('POST', deploymentPath(name, '/cancel'))).status).toBe(204);
    expect((await emu.arm<Deployment>('GET', deploymentPath(name))).body.properties.provisioningState).toBe('Canceled');
    const twice = await emu.arm<ErrorBody>('POST', deploymentPath(name, '/cancel'));
    expect([twice.status, twice.body.error.code]).toEqual([409, 'DeploymentCannotBeCancelled']);
    expect((await emu.arm('DELETE', deploymentPath(name))).status).toBe(204);
    expect((await emu.arm<ErrorBody>('GET', deploymentPath(name))).body.error.code).toBe('DeploymentNotFound');
  });

  it('lists a resource group history newest first across nextLink pages', async () => {
    const names = [uniqueName('h1'), uniqueName('h2'), uniqueName('h3')];
    for (const n of names) {
      const empty = { properties: { mode: 'Incremental', template: { resources: [] } } };
      expect((await emu.arm('PUT', deploymentPath(n), { body: empty })).status).toBe(201);
    }
    const seen: string[] = [];
    let next: string | undefined = `/subscriptions/${PROD}/resourcegroups/${RG}/providers/Microsoft.Resources/deployments?api-version=2025-04-01`;
    let pages = 0;
    while (next) {
      const page: { body: { value: Deployment[]; nextLink?: string } } = await emu.arm('GET', next);
      seen.push(...page.body.value.map((d) => d.name));
      next = page.body.nextLink;
      pages++;
    }
    expect(pages).toBeGreaterThanOrEqual(2);
    const order = names.map((n) => seen.indexOf(n));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => b - a)).toEqual(order);
  });

  it('fails with DeploymentFailed carrying the provider error when a child resource fails to provision', async () => {
    const registry = uniqueName('boom');
    emu.emulator.provisioningFaultHooks.push((child) =>
      child.registryName === registry && child.resourceType === 'Microsoft.ContainerRegistry/registries' ? { code: 'QuotaExceeded', message: 'Premium registries quota reached.' } : undefined,
    );
    const name = uniqueName('fail');
    await emu.arm('PUT', deploymentPath(name), { body: templateBody(registry) });
    const done = await finished(name);
    expect(done.body.properties.provisioningState).toBe('Failed');
    expect(done.body.properties.error).toMatchObject({ code: 'DeploymentFailed', details: [{ code: 'QuotaExceeded', message: 'Premium registries quota reached.' }] });
    expect(done.body.properties.error!.details[0].details![0].target).toMatch(/Microsoft\.ContainerRegistry\/registries\//);
    const ops = await emu.arm<{ value: Operation[] }>('GET', deploymentPath(name, '/operations'));
    expect(ops.body.value[0].properties).toMatchObject({ provisioningState: 'Failed', statusCode: 'BadRequest', statusMessage: { status: 'Failed', error: { code: 'QuotaExceeded' } } });
  });

  it('validates without creating: taken name, unsupported region and missing permission in details', async () => {
    const taken = SEED_REGISTRIES.find((r) => r.resourceGroup !== RG)!.name;
    const res = await emu.arm<ErrorBody>('POST', deploymentPath(uniqueName('val'), '/validate'), { body: templateBody(taken) });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('InvalidTemplateDeployment');
    expect(res.body.error.details).toEqual([expect.objectContaining({ code: 'Conflict', target: taken })]);

    const fresh = uniqueName('val');
    const region = await emu.arm<ErrorBody>('POST', deploymentPath(uniqueName('val'), '/validate'), { body: templateBody(fresh, ['qatarcentral']) });
    expect(region.body.error.details).toEqual([expect.objectContaining({ code: 'LocationNotAvailableForResourceType', target: fresh })]);
    expect((await emu.arm('GET', registryPath(fresh))).status).toBe(404);

    const ok = await emu.arm<Deployment>('POST', deploymentPath(uniqueName('val'), '/validate'), { body: templateBody(fresh) });
    expect(ok.status).toBe(200);
    expect(ok.body.properties.validatedResources).toEqual([{ id: expect.stringContaining(`/registries/${fresh}`) }]);
    expect((await emu.arm('GET', registryPath(fresh))).status).toBe(404);

    const reader = await emu.arm<ErrorBody>('POST', deploymentPath(uniqueName('val'), '/validate'), { body: templateBody(fresh), principal: SEED_PRINCIPALS.reader.userPrincipalName });
    expect([reader.status, reader.body.error.code]).toEqual([403, 'AuthorizationFailed']);
  });

  it('rejects an unsupported template function with 400 InvalidTemplate naming it and where it is', async () => {
    const body = templateBody(uniqueName('fn'));
    (body.properties.template.resources[0] as Record<string, unknown>).name = "[concat('reg', uniqueString(resourceGroup().id))]";
    const res = await emu.arm<ErrorBody>('PUT', deploymentPath(uniqueName('fn')), { body });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('InvalidTemplate');
    expect(res.body.error.message).toContain("The template function 'uniqueString' is not supported");
    expect(res.body.error.target).toBe('resources[0].name');
  });

  it('refuses Complete mode and a missing parameter value', async () => {
    const complete = templateBody(uniqueName('cm'));
    complete.properties.mode = 'Complete';
    expect((await emu.arm<ErrorBody>('PUT', deploymentPath(uniqueName('cm')), { body: complete })).status).toBe(400);
    const missing = templateBody(uniqueName('mp'));
    delete (missing.properties.parameters as Record<string, unknown>).registryName;
    const res = await emu.arm<ErrorBody>('PUT', deploymentPath(uniqueName('mp')), { body: missing });
    expect(res.body.error).toMatchObject({ code: 'InvalidTemplate', target: 'parameters.registryName' });
  });
});
