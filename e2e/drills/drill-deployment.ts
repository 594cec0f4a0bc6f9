// A deployment on a drill's own ARM (its emulator, not the run's): the progress-page drills open it while
// that ARM is stopped or throttling. Submitted straight to the emulator with the seeded Owner's token, as the
// wizard would (lib/registries/template.ts builds the template the wizard submits).
import { expect } from '@playwright/test';
import { deploymentProgressPath } from '@/lib/registries/deployment-name';
import { deploymentRequestBody } from '@/lib/registries/template';
import { registryBundle, SUBSCRIPTION, uniqueName } from '../deployment-progress/support';
import { CONSOLE_PRINCIPAL } from '../support/emulator';

/** Deploys a one-region registry on the ARM at `armUrl` into a fresh resource group; returns the progress page's path. */
export async function startDrillDeployment(armUrl: string): Promise<{ path: string; deploymentName: string }> {
  const tokenResponse = await fetch(`${armUrl}/_emulator/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ principal: CONSOLE_PRINCIPAL }) });
  expect(tokenResponse.status).toBe(200);
  const { access_token: token } = (await tokenResponse.json()) as { access_token: string };
  const put = async (path: string, body: unknown) => {
    const response = await fetch(`${armUrl}${path}`, { method: 'PUT', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    expect(response.status, await response.text()).toBeLessThan(300);
  };
  const group = uniqueName('rg-drill-');
  await put(`/subscriptions/${SUBSCRIPTION}/resourcegroups/${group}?api-version=2021-04-01`, { location: 'eastus' });
  const registryName = uniqueName('drill');
  const deploymentName = `registry-${registryName}`;
  await put(
    `/subscriptions/${SUBSCRIPTION}/resourcegroups/${group}/providers/Microsoft.Resources/deployments/${deploymentName}?api-version=2025-04-01`,
    deploymentRequestBody(registryBundle(registryName, ['eastus'])),
  );
  return { path: deploymentProgressPath(SUBSCRIPTION, group, deploymentName), deploymentName };
}
