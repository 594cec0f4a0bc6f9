// The generic resource lists (`az resource list`): subscription- and group-wide, `$filter` on resourceType and
// resourceGroup, `$top` pages with nextLink, trimmed to what the caller may read; and the Tags API at a scope
// (`az tag create|update --resource-id`), under ARM's tag limits.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_IDS } from '../rbac/built-in-roles';
import { SEED_PRINCIPALS, SEED_SUBSCRIPTIONS } from '../seed';
import type { EmulatorFixture } from '../testing/emulator-fixture';
import { pollUntil, registryBody, startFixture, uniqueName } from '../testing/emulator-fixture';

const SUB = `/subscriptions/${SEED_SUBSCRIPTIONS.development.id}`;
const V = 'api-version=2021-04-01';
const REGISTRY_TYPE = 'Microsoft.MachineLearningServices/registries';
type List = { value: { id: string; name: string; type: string }[]; nextLink?: string };
type Err = { error: { code: string } };

let emu: EmulatorFixture;
let rg: string;
let registry: string;
let registryId: string;
beforeAll(async () => {
  emu = await startFixture();
  rg = uniqueName('rg-generic');
  registry = uniqueName('reg');
  await emu.arm('PUT', `${SUB}/resourcegroups/${rg}?${V}`, { body: { location: 'westeurope' } });
  registryId = `${SUB}/resourceGroups/${rg}/providers/${REGISTRY_TYPE}/${registry}`;
  const created = await emu.arm('PUT', `${registryId}?api-version=2025-09-01`, { body: registryBody(['westeurope']) });
  expect(created.status).toBe(201);
  // Tag writes wait for provisioning to end, as a registry PATCH does.
  await pollUntil(
    () => emu.arm<{ properties: { provisioningState: string } }>('GET', `${registryId}?api-version=2025-09-01`),
    (r) => r.body.properties.provisioningState === 'Succeeded',
  );
});
afterAll(() => emu.close());

const filter = (f: string) => `$filter=${encodeURIComponent(f)}`;

describe('generic resource lists', () => {
  it("filters the subscription's resources by type, and a group's by resourceGroup as az resource list -g sends it", async () => {
    const registries = await emu.arm<List>('GET', `${SUB}/resources?${V}&${filter(`resourceType eq '${REGISTRY_TYPE.toLowerCase()}'`)}`);
    expect(registries.status).toBe(200);
    expect(registries.body.value.every((r) => r.type === REGISTRY_TYPE)).toBe(true);
    expect(registries.body.value.map((r) => r.id)).toContain(registryId);
    const inGroup = await emu.arm<List>('GET', `${SUB}/resources?${V}&${filter(`resourceGroup eq '${rg}'`)}`);
    expect(inGroup.body.value.map((r) => r.name)).toEqual([registry]);
    const groupList = await emu.arm<List>('GET', `${SUB}/resourceGroups/${rg}/resources?${V}&${filter(`resourceType eq '${REGISTRY_TYPE}'`)}`);
    expect(groupList.body.value.map((r) => r.id)).toEqual([registryId]);
  });

  it('pages $top at a time with a nextLink that keeps the filter', async () => {
    const first = await emu.arm<List>('GET', `${SUB}/resources?${V}&$top=1&${filter(`resourceType eq '${REGISTRY_TYPE}'`)}`);
    expect(first.body.value).toHaveLength(1);
    expect(first.body.nextLink).toContain('%24top=1');
    const second = await emu.arm<List>('GET', first.body.nextLink!);
    expect(second.body.value).toHaveLength(1);
    expect(second.body.value[0].id).not.toBe(first.body.value[0].id);
  });

  it("shows a caller only what it may read: one registry for a principal whose only role is on it", async () => {
    const norole = SEED_PRINCIPALS.noRole.userPrincipalName;
    expect((await emu.arm<Err>('GET', `${SUB}/resources?${V}`, { principal: norole })).status).toBe(404);
    const assignment = await emu.arm('PUT', `${registryId}/providers/Microsoft.Authorization/roleAssignments/${randomUUID()}?api-version=2022-04-01`, {
      body: { properties: { roleDefinitionId: `${SUB}/providers/Microsoft.Authorization/roleDefinitions/${ROLE_IDS.reader}`, principalId: SEED_PRINCIPALS.noRole.id } },
    });
    expect(assignment.status).toBe(201);
    const visible = await emu.arm<List>('GET', `${SUB}/resources?${V}`, { principal: norole });
    expect(visible.body.value.map((r) => r.id)).toEqual([registryId]);
  });

  it("adds createdTime, changedTime and provisioningState when $expand asks, as ARM's Resources - List By Resource Group does", async () => {
    type Expanded = { id: string; type: string; createdTime?: string; changedTime?: string; provisioningState?: string; systemData?: { createdAt: string; lastModifiedAt: string } };
    const reg = await emu.arm<{ properties: { managedResourceGroup: { resourceId: string } } }>('GET', `${registryId}?api-version=2025-09-01`);
    const managed = reg.body.properties.managedResourceGroup.resourceId;
    const plain = await emu.arm<{ value: Expanded[] }>('GET', `${managed}/resources?${V}`);
    expect(plain.body.value.length).toBeGreaterThan(0);
    expect(plain.body.value.some((r) => 'createdTime' in r || 'changedTime' in r || 'provisioningState' in r)).toBe(false);

    const expanded = await emu.arm<{ value: Expanded[] }>('GET', `${managed}/resources?${V}&$expand=createdTime,changedTime,provisioningState`);
    expect(expanded.body.value.map((r) => r.id)).toEqual(plain.body.value.map((r) => r.id));
    for (const r of expanded.body.value) {
      expect(r.provisioningState).toBe('Succeeded');
      expect(new Date(r.createdTime!).toISOString()).toBe(r.createdTime);
      // Provisioning settled after creation: the change is when it did, on the emulator's clock.
      expect(Date.parse(r.changedTime!)).toBeGreaterThan(Date.parse(r.createdTime!));
    }
    const onlyCreated = await emu.arm<{ value: Expanded[] }>('GET', `${managed}/resources?${V}&$expand=createdTime`);
    expect(onlyCreated.body.value.every((r) => r.createdTime && r.changedTime === undefined && r.provisioningState === undefined)).toBe(true);

    const group = await emu.arm<{ value: Expanded[] }>('GET', `${SUB}/resourceGroups/${rg}/resources?${V}&$expand=createdTime,changedTime`);
    const listedRegistry = group.body.value.find((r) => r.type === REGISTRY_TYPE)!;
    expect(listedRegistry.createdTime).toBe(listedRegistry.systemData!.createdAt);
    expect(listedRegistry.changedTime).toBe(listedRegistry.systemData!.lastModifiedAt);
  });

  it('refuses a filter it does not support instead of ignoring it', async () => {
    const res = await emu.arm<Err>('GET', `${SUB}/resources?${V}&${filter("substringof('reg', name)")}`);
    expect([res.status, res.body.error.code]).toEqual([400, 'InvalidFilterInQueryString']);
  });
});

describe('the Tags API at a scope', () => {
  const tagsPath = () => `${registryId}/providers/Microsoft.Resources/tags/default?${V}`;
  type Tags = { properties: { tags: Record<string, string> } };

  it("replaces, merges and deletes a registry's tags, and the registry shows them", async () => {
    const put = await emu.arm<Tags>('PUT', tagsPath(), { body: { properties: { tags: { team: 'ml', env: 'dev' } } } });
    expect(put.body).toMatchObject({ name: 'default', type: 'Microsoft.Resources/tags', properties: { tags: { team: 'ml', env: 'dev' } } });
    const merged = await emu.arm<Tags>('PATCH', tagsPath(), { body: { operation: 'Merge', properties: { tags: { owner: 'me' } } } });
    expect(merged.body.properties.tags).toEqual({ team: 'ml', env: 'dev', owner: 'me' });
    const deleted = await emu.arm<Tags>('PATCH', tagsPath(), { body: { operation: 'Delete', properties: { tags: { env: '' } } } });
    expect(deleted.body.properties.tags).toEqual({ team: 'ml', owner: 'me' });
    const read = await emu.arm<{ tags: Record<string, string> }>('GET', `${registryId}?api-version=2025-09-01`);
    expect(read.body.tags).toEqual({ team: 'ml', owner: 'me' });
  });

  it('applies the tag limits to the merged result', async () => {
    const many = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`t${i}`, 'v']));
    const res = await emu.arm<Err>('PATCH', tagsPath(), { body: { operation: 'Merge', properties: { tags: many } } });
    expect([res.status, res.body.error.code]).toEqual([400, 'InvalidTags']);
  });
});
