// Fault drills on Create, through the console's own server action as a person's click reaches it, against a
// real emulator whose fault rules throttle (429 storms), fail (503 bursts) or drop the connection of the
// calls Create makes. The end state is ARM's truth: the deployment Succeeded and exactly one registry of
// the name exists. A burst of people creating one name at once leaves exactly one registry.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createArmClient, type ArmClient } from '@/lib/arm/client';
import { getDeployment, listDeployments } from '@/lib/arm/deployments';
import { EmulatorCredential } from '@/lib/arm/emulator-credential';
import { listRegistriesBySubscription } from '@/lib/arm/registries';
import { SEED_PRINCIPALS, SEED_SUBSCRIPTIONS } from '@/lib/emulator/seed';
import { addFault, clearFaults, listFaults, type HttpFaultInput } from '@/lib/emulator/testing/control';
import { pollUntil, startFixture, uniqueName, type EmulatorFixture } from '@/lib/emulator/testing/emulator-fixture';
import { emptyCreateRegistryForm, type CreateRegistryForm } from '@/lib/registries/create-registry-schema';
import { createDeploymentName } from '@/lib/registries/deployment-name';

const acting = vi.hoisted(() => ({ client: null as ArmClient | null }));
vi.mock('@/lib/session/arm-client', () => ({ getConsoleArmClient: async () => acting.client }));

const { createRegistryAction } = await import('./create-registry-action');

const SUB = SEED_SUBSCRIPTIONS.development.id;
const RG = 'rg-ml-dev';
const DEPLOYMENTS = `/subscriptions/${SUB}/resourcegroups/*/providers/Microsoft.Resources/deployments/*`;
let fixture: EmulatorFixture;
let client: ArmClient;

beforeAll(async () => {
  fixture = await startFixture();
  // The console's client: the Azure SDK's retries (3, honouring Retry-After), with short backoff for the test.
  client = createArmClient({
    endpoint: fixture.url,
    credential: new EmulatorCredential(fixture.url, SEED_PRINCIPALS.owner.userPrincipalName),
    retry: { retryDelayInMs: 20, maxRetryDelayInMs: 200 },
  });
  acting.client = client;
});
afterEach(async () => {
  await clearFaults(fixture.url);
});
afterAll(async () => {
  await fixture?.close();
});

function form(overrides: Partial<CreateRegistryForm> = {}): CreateRegistryForm {
  return { ...emptyCreateRegistryForm(), subscriptionId: SUB, resourceGroup: { mode: 'existing', name: RG }, name: uniqueName('drill'), primaryRegion: 'eastus', additionalRegions: ['westeurope'], ...overrides };
}

// A person's click on Create: the action redirects (Next's redirect() throws with the target in its digest).
async function clickCreate(values: CreateRegistryForm, key: string): Promise<{ redirectedTo: string | null; failure: unknown }> {
  try {
    return { redirectedTo: null, failure: await createRegistryAction(values, key) };
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? '';
    if (!digest.startsWith('NEXT_REDIRECT')) throw error;
    return { redirectedTo: digest.split(';')[2], failure: null };
  }
}

// Every registry of `name` in the tenant's subscriptions (names are unique tenant-wide, case-insensitively).
async function registriesNamed(name: string) {
  const subscriptions = [SEED_SUBSCRIPTIONS.development.id, SEED_SUBSCRIPTIONS.production.id];
  const lists = await Promise.all(subscriptions.map((s) => listRegistriesBySubscription(client, s)));
  return lists.flat().filter((r) => r.name?.toLowerCase() === name.toLowerCase());
}

async function deploymentEnds(resourceGroup: string, deploymentName: string): Promise<string> {
  const ended = await pollUntil(
    () => getDeployment(client, SUB, resourceGroup, deploymentName),
    (d) => ['Succeeded', 'Failed', 'Canceled'].includes(d.properties?.provisioningState ?? ''),
    30_000,
  );
  return ended.properties!.provisioningState!;
}

const FAULTS: [string, HttpFaultInput][] = [
  ['a 429 storm (Retry-After: 1) on the deployment PUT', { match: { method: 'PUT', path: DEPLOYMENTS }, status: 429, retryAfterSeconds: 1, times: 3 }],
  ['a 503 burst on the deployment PUT', { match: { method: 'PUT', path: DEPLOYMENTS }, status: 503, times: 2 }],
  ['a dropped connection on the deployment PUT', { match: { method: 'PUT', path: DEPLOYMENTS }, dropConnection: true, times: 1 }],
  ['a 503 burst on the resource group check (HEAD)', { match: { method: 'HEAD', path: `/subscriptions/${SUB}/resourcegroups/${RG}` }, status: 503, times: 2 }],
  ['dropped connections on the deployment GET (the idempotency check)', { match: { method: 'GET', path: DEPLOYMENTS }, dropConnection: true, times: 2 }],
];

describe('Create under faults', () => {
  for (const [what, rule] of FAULTS) {
    it(`${what}: one deployment, Succeeded, and exactly one registry`, async () => {
      const values = form();
      const key = crypto.randomUUID();
      await addFault(fixture.url, rule);
      const click = await clickCreate(values, key);
      const deploymentName = createDeploymentName(values.name, key);
      expect(click).toEqual({ redirectedTo: `/deployments/${SUB}/${RG}/${deploymentName}`, failure: null });
      // The fault really fired, every time it was armed for, during this one click.
      expect((await listFaults(fixture.url)).map((f) => f.hits)).toEqual([rule.times]);
      expect(await deploymentEnds(RG, deploymentName)).toBe('Succeeded');
      expect(await registriesNamed(values.name)).toHaveLength(1);
      const ours = (await listDeployments(client, SUB, RG)).filter((d) => d.name?.includes(values.name));
      expect(ours.map((d) => d.name)).toEqual([deploymentName]);
    });
  }

  it('faults past every retry: a failure in plain words, and the same click again makes the one registry', async () => {
    const values = form();
    const key = crypto.randomUUID();
    // More drops than the client retries: the first click fails as a whole.
    await addFault(fixture.url, { match: { method: 'PUT', path: DEPLOYMENTS }, dropConnection: true, times: 4 });
    const first = await clickCreate(values, key);
    expect(first.redirectedTo).toBeNull();
    expect(first.failure).toMatchObject({ ok: false });
    expect(JSON.stringify(first.failure)).not.toMatch(/ECONNRESET|socket hang up|127\.0\.0\.1|localhost/);
    await clearFaults(fixture.url);
    const again = await clickCreate(values, key);
    expect(again.redirectedTo).toBe(`/deployments/${SUB}/${RG}/${createDeploymentName(values.name, key)}`);
    expect(await deploymentEnds(RG, createDeploymentName(values.name, key))).toBe('Succeeded');
    expect(await registriesNamed(values.name)).toHaveLength(1);
  });

  it('a burst of people creating one name at once, each in their own new resource group: exactly one registry', async () => {
    const name = uniqueName('burst');
    const people = Array.from({ length: 8 }, () => ({ key: crypto.randomUUID(), group: uniqueName('rg-burst') }));
    const clicks = await Promise.all(
      people.map((p) => clickCreate(form({ name, resourceGroup: { mode: 'new', name: p.group, location: 'eastus' }, additionalRegions: [] }), p.key)),
    );
    // Each click either went to its progress page or was refused in words (the name already taken).
    const started = people.filter((_, i) => clicks[i].redirectedTo !== null);
    for (const click of clicks.filter((c) => c.redirectedTo === null)) expect(click.failure).toMatchObject({ ok: false });
    expect(started.length).toBeGreaterThan(0);
    const ends = await Promise.all(started.map((p) => deploymentEnds(p.group, createDeploymentName(name, p.key))));
    expect(ends.filter((state) => state === 'Succeeded')).toHaveLength(1);
    expect(await registriesNamed(name)).toHaveLength(1);
  });
});
