// Subscriptions, locations and providers over real HTTP, as different seeded principals see them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_SUBSCRIPTIONS } from '../seed';
import type { EmulatorFixture } from '../testing/emulator-fixture';
import { startFixture } from '../testing/emulator-fixture';

const PROD = SEED_SUBSCRIPTIONS.production.id;
let emu: EmulatorFixture;
beforeAll(async () => {
  emu = await startFixture();
});
afterAll(() => emu.close());

describe('subscriptions', () => {
  it('lists the three seeded subscriptions for a roled principal and none for a principal without roles', async () => {
    const owner = await emu.arm<{ value: { displayName: string; state: string; tenantId: string }[] }>('GET', '/subscriptions?api-version=2022-12-01');
    expect(owner.body.value.map((s) => s.displayName).sort()).toEqual(['Contoso ML Development', 'Contoso ML Production', 'Contoso Sandbox']);
    expect(owner.body.value.every((s) => s.state === 'Enabled')).toBe(true);
    const none = await emu.arm<{ value: unknown[] }>('GET', '/subscriptions?api-version=2022-12-01', { principal: 'norole@contoso.onmicrosoft.com' });
    expect(none.body.value).toEqual([]);
    const hidden = await emu.arm<{ error: { code: string } }>('GET', `/subscriptions/${PROD}?api-version=2022-12-01`, { principal: 'norole@contoso.onmicrosoft.com' });
    expect([hidden.status, hidden.body.error.code]).toEqual([404, 'SubscriptionNotFound']);
    const one = await emu.arm<{ subscriptionId: string; id: string }>('GET', `/subscriptions/${PROD.toUpperCase()}?api-version=2022-12-01`);
    expect(one.body).toMatchObject({ subscriptionId: PROD, id: `/subscriptions/${PROD}` });
  });
});

describe('locations', () => {
  it('returns the real Azure regions with metadata', async () => {
    type Loc = { name: string; displayName: string; regionalDisplayName: string; metadata: { regionType: string; regionCategory: string; geographyGroup?: string; pairedRegion?: { name: string }[]; latitude?: string } };
    const res = await emu.arm<{ value: Loc[] }>('GET', `/subscriptions/${PROD}/locations?api-version=2022-12-01`);
    const physical = res.body.value.filter((l) => l.metadata.regionType === 'Physical');
    expect(physical.length).toBeGreaterThanOrEqual(55);
    const eastus = physical.find((l) => l.name === 'eastus')!;
    expect(eastus).toMatchObject({ displayName: 'East US', regionalDisplayName: '(US) East US', metadata: { regionCategory: 'Recommended', geographyGroup: 'US', pairedRegion: [{ name: 'westus' }] } });
    expect(Number(eastus.metadata.latitude)).toBeCloseTo(37.37, 1);
    expect(res.body.value.some((l) => l.metadata.regionType === 'Logical')).toBe(true);
  });
});

describe('providers', () => {
  it('reports Microsoft.MachineLearningServices with registries region display names (some regions left out)', async () => {
    type Provider = { namespace: string; registrationState: string; resourceTypes: { resourceType: string; locations: string[]; apiVersions: string[] }[] };
    const res = await emu.arm<Provider>('GET', `/subscriptions/${PROD}/providers/microsoft.machinelearningservices?api-version=2021-04-01`);
    expect(res.body).toMatchObject({ namespace: 'Microsoft.MachineLearningServices', registrationState: 'Registered' });
    const registries = res.body.resourceTypes.find((t) => t.resourceType === 'registries')!;
    expect(registries.locations).toContain('East US');
    expect(registries.locations).not.toContain('Qatar Central');
    expect(registries.locations.length).toBeGreaterThanOrEqual(20);
    expect(registries.apiVersions).toContain('2025-09-01');
    const list = await emu.arm<{ value: Provider[] }>('GET', `/subscriptions/${PROD}/providers?api-version=2021-04-01`);
    expect(list.body.value.map((p) => p.namespace)).toContain('Microsoft.Storage');
    const unknown = await emu.arm<{ error: { code: string } }>('GET', `/subscriptions/${PROD}/providers/Contoso.Nope?api-version=2021-04-01`);
    expect([unknown.status, unknown.body.error.code]).toEqual([404, 'InvalidResourceNamespace']);
  });

  it('lets only principals with register/action register a provider', async () => {
    const res = await emu.arm<{ error: { code: string } }>('POST', `/subscriptions/${SEED_SUBSCRIPTIONS.sandbox.id}/providers/Microsoft.MachineLearningServices/register?api-version=2021-04-01`, {
      principal: 'reader@contoso.onmicrosoft.com',
    });
    expect([res.status, res.body.error.code]).toEqual([403, 'AuthorizationFailed']);
  });
});
