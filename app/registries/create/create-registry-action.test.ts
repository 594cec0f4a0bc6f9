// The create and validate actions called directly, with a real emulator behind lib/arm (only the choice of
// ARM client is replaced: in the app it comes from the signed-in session). Hostile input must come back as
// field errors with nothing created; a repeated or concurrent request must never make a second deployment.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createArmClient, type ArmClient } from '@/lib/arm/client';
import { listDeployments } from '@/lib/arm/deployments';
import { EmulatorCredential } from '@/lib/arm/emulator-credential';
import { listRegistriesBySubscription } from '@/lib/arm/registries';
import { resourceGroupExists } from '@/lib/arm/resource-groups';
import { pollUntil, startFixture, uniqueName, type EmulatorFixture } from '@/lib/emulator/testing/emulator-fixture';
import { SEED_PRINCIPALS, SEED_REGISTRIES, SEED_SUBSCRIPTIONS } from '@/lib/emulator/seed';
import { emptyCreateRegistryForm, type CreateRegistryForm } from '@/lib/registries/create-registry-schema';
import { createDeploymentName } from '@/lib/registries/deployment-name';

const acting = vi.hoisted(() => ({ client: null as ArmClient | null }));
vi.mock('@/lib/session/arm-client', () => ({ getConsoleArmClient: async () => acting.client }));

const { createRegistryAction } = await import('./create-registry-action');
const { validateRegistryAction } = await import('./validate-registry-action');
const { preflightAction } = await import('./preflight-action');

const SUB = SEED_SUBSCRIPTIONS.development.id;
const RG = 'rg-ml-dev';
let fixture: EmulatorFixture;
const clients = new Map<string, ArmClient>();

function actAs(principal: string): ArmClient {
  let client = clients.get(principal);
  if (!client) {
    client = createArmClient({ endpoint: fixture.url, credential: new EmulatorCredential(fixture.url, principal), retry: { maxRetries: 0 } });
    clients.set(principal, client);
  }
  acting.client = client;
  return client;
}

function form(overrides: Partial<CreateRegistryForm> = {}): CreateRegistryForm {
  return {
    ...emptyCreateRegistryForm(),
    subscriptionId: SUB,
    resourceGroup: { mode: 'existing', name: RG },
    name: uniqueName('wiz'),
    primaryRegion: 'eastus',
    additionalRegions: ['westeurope', 'westus2'],
    tags: [{ name: 'team', value: 'platform' }],
    ...overrides,
  };
}

// next/navigation's redirect() throws an error whose digest carries the target URL.
async function redirectTarget(run: Promise<unknown>): Promise<string> {
  try {
    const result = await run;
    throw new Error(`expected a redirect, got ${JSON.stringify(result)}`);
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? '';
    if (!digest.startsWith('NEXT_REDIRECT')) throw error;
    return digest.split(';')[2];
  }
}

beforeAll(async () => {
  fixture = await startFixture();
});
afterAll(async () => {
  await fixture?.close();
});

describe('createRegistryAction', () => {
  it('submits one deployment and redirects to its progress page; a retry and a concurrent double click reuse it', async () => {
    const client = actAs(SEED_PRINCIPALS.owner.userPrincipalName);
    const values = form();
    const key = crypto.randomUUID();
    const name = createDeploymentName(values.name, key);
    const expected = `/deployments/${SUB}/${RG}/${name}`;

    const [first, second] = await Promise.all([
      redirectTarget(createRegistryAction(values, key)),
      redirectTarget(createRegistryAction(values, key)),
    ]);
    expect([first, second]).toEqual([expected, expected]);
    expect(await redirectTarget(createRegistryAction(values, key))).toBe(expected);

    const ours = (await listDeployments(client, SUB, RG)).filter((d) => d.name?.toLowerCase().includes(values.name.toLowerCase()));
    expect(ours.map((d) => d.name)).toEqual([name]);
    const registries = await pollUntil(
      () => listRegistriesBySubscription(client, SUB),
      (list) => list.some((r) => r.name === values.name),
    );
    expect(registries.filter((r) => r.name?.toLowerCase() === values.name.toLowerCase())).toHaveLength(1);
  });

  it('creates a new resource group first, in the chosen region', async () => {
    const client = actAs(SEED_PRINCIPALS.owner.userPrincipalName);
    const group = uniqueName('rg-wiz');
    const values = form({ resourceGroup: { mode: 'new', name: group, location: 'northeurope' }, additionalRegions: [] });
    const key = crypto.randomUUID();
    expect(await redirectTarget(createRegistryAction(values, key))).toBe(`/deployments/${SUB}/${group}/${createDeploymentName(values.name, key)}`);
    expect(await resourceGroupExists(client, SUB, group)).toBe(true);
  });

  it.each([
    ['a bad name', { name: 'a' }, 'name'],
    ['path segments in the name', { name: '../../providers/x' }, 'name'],
    ['an unknown region', { primaryRegion: 'atlantis' }, 'primaryRegion'],
    ['an unknown additional region', { additionalRegions: ['westeurope', 'moonbase1'] }, 'additionalRegions.1'],
    ['10,000 tags', { tags: Array.from({ length: 10_000 }, (_, i) => ({ name: `t${i}`, value: 'v' })) }, 'tags'],
    ['script in a tag value', { tags: [{ name: 'note', value: '<script>alert(1)</script>' }] }, 'tags.0.value'],
    ['path segments in a new resource group', { resourceGroup: { mode: 'new' as const, name: '../rg', location: 'eastus' } }, 'resourceGroup.name'],
  ])('refuses %s with field errors and creates nothing', async (_, overrides, field) => {
    const client = actAs(SEED_PRINCIPALS.owner.userPrincipalName);
    const before = (await listDeployments(client, SUB, RG)).length;
    const registriesBefore = (await listRegistriesBySubscription(client, SUB)).length;
    const result = await createRegistryAction(form(overrides as Partial<CreateRegistryForm>), crypto.randomUUID());
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors?.[field], JSON.stringify(result.fieldErrors)).toBeTruthy();
    expect((await listDeployments(client, SUB, RG)).length).toBe(before);
    expect((await listRegistriesBySubscription(client, SUB)).length).toBe(registriesBefore);
    expect(await resourceGroupExists(client, SUB, 'rg')).toBe(false);
  });

  it('refuses a payload that is not a form at all, and a key that is not a UUID', async () => {
    actAs(SEED_PRINCIPALS.owner.userPrincipalName);
    const notForm = await createRegistryAction('DROP TABLE', crypto.randomUUID());
    expect(notForm.ok).toBe(false);
    const extra = await createRegistryAction({ ...form(), isAdmin: true }, crypto.randomUUID());
    expect(!extra.ok && extra.fieldErrors?.isAdmin).toMatch(/Unknown field/);
    const badKey = await createRegistryAction(form(), '../../x');
    expect(!badKey.ok && badKey.message).toMatch(/UUID/);
  });
});

describe('validateRegistryAction', () => {
  it('passes valid values after ARM validated the deployment', async () => {
    actAs(SEED_PRINCIPALS.owner.userPrincipalName);
    const result = await validateRegistryAction(form(), crypto.randomUUID());
    expect(result).toMatchObject({ ok: true, data: { checkedByArm: true } });
  });

  it('puts a name taken in another subscription (other casing) on the name field', async () => {
    actAs(SEED_PRINCIPALS.owner.userPrincipalName);
    const taken = SEED_REGISTRIES[0].name.toUpperCase();
    const result = await validateRegistryAction(form({ name: taken }), crypto.randomUUID());
    expect(!result.ok && result.fieldErrors?.name).toMatch(/already uses this name/);
  });

  it("maps ARM's refusal for a Reader onto the resource group", async () => {
    actAs(SEED_PRINCIPALS.reader.userPrincipalName);
    const result = await validateRegistryAction(form(), crypto.randomUUID());
    expect(!result.ok && result.fieldErrors?.['resourceGroup.name']).toMatch(/AuthorizationFailed/);
  });
});

describe('preflightAction', () => {
  it('tells a Reader which actions are missing', async () => {
    actAs(SEED_PRINCIPALS.reader.userPrincipalName);
    const result = await preflightAction({ subscriptionId: SUB, resourceGroup: { mode: 'existing', name: RG } });
    expect(result.ok && result.data.permissions).toMatchObject({
      allowed: false,
      missing: ['Microsoft.MachineLearningServices/registries/write', 'Microsoft.Resources/deployments/write'],
    });
  });

  it('checks a new group at the subscription, including resourceGroups/write', async () => {
    actAs(SEED_PRINCIPALS.contributor.userPrincipalName);
    const result = await preflightAction({ subscriptionId: SUB, resourceGroup: { mode: 'new', name: 'rg-new' } });
    expect(result.ok && result.data.permissions).toEqual({ scope: `/subscriptions/${SUB}`, allowed: true, missing: [] });
  });

  it('reports an unregistered provider that the Owner may register', async () => {
    actAs(SEED_PRINCIPALS.owner.userPrincipalName);
    const sandbox = SEED_SUBSCRIPTIONS.sandbox.id;
    const result = await preflightAction({ subscriptionId: sandbox, resourceGroup: { mode: 'existing', name: 'rg-sandbox' } });
    expect(result.ok && result.data.provider).toMatchObject({ registrationState: 'NotRegistered', canRegister: true });
  });
});
