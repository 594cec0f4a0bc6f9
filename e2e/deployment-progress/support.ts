// Shared steps of the deployment-progress specs: each spec makes its own resource group and registry names,
// and submits deployments straight to the emulator with the seeded Owner's token, as the wizard would
// (lib/registries/template.ts builds the same template the wizard submits).
import { expect, type APIRequestContext } from '@playwright/test';
import { SEED_SUBSCRIPTIONS } from '@/lib/emulator/seed/subscriptions';
import { emptyCreateRegistryForm } from '@/lib/registries/create-registry-schema';
import { deploymentProgressPath } from '@/lib/registries/deployment-name';
import { buildDeploymentTemplate, deploymentRequestBody, type DeploymentTemplateBundle } from '@/lib/registries/template';
import { ARM_URL, tokenFor } from '../support/emulator';

/** The subscription every spec deploys into (Microsoft.MachineLearningServices is registered there). */
export const SUBSCRIPTION = SEED_SUBSCRIPTIONS.production.id;
/** Every region registries support in the emulator; more regions make a longer deployment to watch. */
export const ALL_REGIONS = [
  'eastus', 'australiaeast', 'brazilsouth', 'canadacentral', 'centralindia', 'centralus', 'eastasia', 'eastus2', 'francecentral',
  'germanywestcentral', 'japaneast', 'japanwest', 'koreacentral', 'northcentralus', 'northeurope', 'norwayeast', 'southafricanorth',
  'southcentralus', 'southeastasia', 'swedencentral', 'switzerlandnorth', 'uaenorth', 'uksouth', 'westcentralus', 'westeurope',
  'westus', 'westus2', 'westus3',
];

/** A unique lowercase name with a prefix (registry names are unique tenant-wide). */
export function uniqueName(prefix: string): string {
  return `${prefix}${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

/** A deployment to create and the page that shows it. */
export interface DeploymentUnderTest {
  resourceGroup: string;
  registryName: string;
  deploymentName: string;
  path: string;
}

async function arm(request: APIRequestContext, method: 'PUT' | 'GET', path: string, body?: unknown) {
  const token = await tokenFor(request);
  const response = await request.fetch(`${ARM_URL}${path}`, { method, data: body, headers: { Authorization: `Bearer ${token}` } });
  expect(response.status(), await response.text()).toBeLessThan(300);
  return response;
}

/** PUT a new resource group in East US. */
export async function createResourceGroup(request: APIRequestContext, name = uniqueName('rg-e2e-dp-')): Promise<string> {
  await arm(request, 'PUT', `/subscriptions/${SUBSCRIPTION}/resourcegroups/${name}?api-version=2021-04-01`, { location: 'eastus' });
  return name;
}

/** The wizard's template for a registry in `regions` (primary first). */
export function registryBundle(registryName: string, regions: string[]): DeploymentTemplateBundle {
  return buildDeploymentTemplate({ ...emptyCreateRegistryForm(), name: registryName, primaryRegion: regions[0], additionalRegions: regions.slice(1) });
}

/** The same registry resource several times, each depending on the one before: a deployment that runs for a while. */
export function chainedRegistriesBundle(registryNames: string[], regions: string[]): DeploymentTemplateBundle {
  const bundle = registryBundle(registryNames[0], regions);
  const [resource] = bundle.template.resources;
  bundle.template.resources = registryNames.map((name, i) => ({ ...resource, name, ...(i ? { dependsOn: [registryNames[i - 1]] } : {}) }));
  return bundle;
}

/** PUT a deployment of `bundle` into a fresh resource group. */
export async function startDeployment(request: APIRequestContext, bundle: DeploymentTemplateBundle, resourceGroup?: string): Promise<DeploymentUnderTest> {
  const group = resourceGroup ?? (await createResourceGroup(request));
  const registryName = String(bundle.parameters.registryName.value);
  const deploymentName = `registry-${registryName}-${Math.random().toString(16).slice(2, 10)}`;
  await arm(request, 'PUT', `/subscriptions/${SUBSCRIPTION}/resourcegroups/${group}/providers/Microsoft.Resources/deployments/${deploymentName}?api-version=2025-04-01`, deploymentRequestBody(bundle));
  return { resourceGroup: group, registryName, deploymentName, path: deploymentProgressPath(SUBSCRIPTION, group, deploymentName) };
}

/** The deployment as ARM reports it. */
export async function readDeployment(request: APIRequestContext, d: DeploymentUnderTest): Promise<{ properties: { provisioningState: string; correlationId: string } }> {
  const response = await arm(request, 'GET', `/subscriptions/${SUBSCRIPTION}/resourcegroups/${d.resourceGroup}/providers/Microsoft.Resources/deployments/${d.deploymentName}?api-version=2025-04-01`);
  return response.json();
}

/** True for a browser request that polls a deployment's progress or the notifications (the console's API). */
export function isPollingRequest(url: string): boolean {
  return new URL(url).pathname.startsWith('/api/deployments');
}
