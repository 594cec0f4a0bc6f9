// Registry assets over raw HTTP (mfe.json): create as a long-running operation, containers (create, update,
// delete, paged lists, archive views, latest/next version), immutability 409s, version archive views and
// paging, name and body 400s, delete, RBAC per seeded principal and per seeded custom role, replication to
// every region.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_PRINCIPALS, SEED_SUBSCRIPTIONS } from '../seed';
import type { EmulatorFixture } from '../testing/emulator-fixture';
import { pollUntil, registryBody, startFixture, uniqueName } from '../testing/emulator-fixture';

const SUB = SEED_SUBSCRIPTIONS.production.id;
const RG = 'rg-ml-prod';
const REGISTRY = 'contoso-prod-registry';
const V = 'api-version=2025-09-01';
const base = (registry = REGISTRY, rg = RG) => `/subscriptions/${SUB}/resourceGroups/${rg}/providers/Microsoft.MachineLearningServices/registries/${registry}`;

type Version = { id: string; name: string; type: string; properties: Record<string, unknown> & { provisioningState: string; regionReplication: { location: string; status: string }[] } };
type Container = { name: string; properties: { latestVersion: string | null; nextVersion: string; isArchived: boolean; provisioningState: string } };
type Page<T> = { value: T[]; nextLink?: string };
type Err = { error: { code: string; message: string; target?: string } };

let emu: EmulatorFixture;
beforeAll(async () => {
  emu = await startFixture({ pageSize: 3 });
});
afterAll(() => emu.close());

const model = (modelUri = 'azureml://registries/r/models/m/versions/1', extra: Record<string, unknown> = {}) => ({ properties: { modelUri, modelType: 'custom_model', description: 'first', tags: { team: 'ml' }, ...extra } });

async function waitForAsync(url: string): Promise<string> {
  const done = await pollUntil(
    () => emu.arm<{ status: string }>('GET', url),
    (r) => r.status === 200 && r.body.status !== 'InProgress',
  );
  return done.body.status;
}

async function putVersion(kind: string, name: string, version: string, body: unknown, principal?: string) {
  return emu.arm<Version & Err>('PUT', `${base()}/${kind}/${name}/versions/${version}?${V}`, { body, principal });
}

describe('asset versions', () => {
  it('creates a model version as a long-running operation and the container reports latest and next version', async () => {
    const name = uniqueName('model');
    const put = await putVersion('models', name, '1', model());
    expect(put.status).toBe(201);
    expect(put.body.type).toBe('Microsoft.MachineLearningServices/registries/models/versions');
    expect(put.body.id).toBe(`${base()}/models/${name}/versions/1`);
    const asyncUrl = put.headers.get('azure-asyncoperation')!;
    expect(asyncUrl).toMatch(/\/providers\/Microsoft\.MachineLearningServices\/locations\/eastus\/mfeOperationsStatus\/[0-9a-f-]+\?api-version=2025-09-01$/);
    expect(await waitForAsync(asyncUrl)).toBe('Succeeded');
    expect((await putVersion('models', name, '2', model('azureml://x/2'))).status).toBe(201);

    const got = await emu.arm<Version>('GET', `${base()}/models/${name}/versions/1?${V}`);
    expect(got.body.properties).toMatchObject({ modelUri: 'azureml://registries/r/models/m/versions/1', provisioningState: 'Succeeded', isArchived: false, tags: { team: 'ml' } });
    const container = await emu.arm<Container>('GET', `${base()}/models/${name}?${V}`);
    expect(container.body.properties).toMatchObject({ latestVersion: '2', nextVersion: '3', isArchived: false });
  });

  it('lets an existing version change description, tags, stage and isArchived, and answers 409 for anything else', async () => {
    const name = uniqueName('imm');
    await putVersion('models', name, '1', model());
    const changed = await putVersion('models', name, '1', model(undefined, { description: 'second', tags: { team: 'nlp' }, stage: 'Production', isArchived: true }));
    expect(changed.status).toBe(200);
    expect(changed.body.properties).toMatchObject({ description: 'second', tags: { team: 'nlp' }, stage: 'Production', isArchived: true });

    const conflict = await putVersion('models', name, '1', model('azureml://somewhere/else'));
    expect(conflict.status).toBe(409);
    expect(conflict.body.error.code).toBe('Conflict');
    expect(conflict.body.error.message).toContain("'modelUri'");
    const still = await emu.arm<Version>('GET', `${base()}/models/${name}/versions/1?${V}`);
    expect(still.body.properties.modelUri).toBe('azureml://registries/r/models/m/versions/1');

    const env = uniqueName('env');
    await putVersion('environments', env, '1', { properties: { image: 'mcr.microsoft.com/azureml/openmpi4.1.0-ubuntu20.04' } });
    const envConflict = await putVersion('environments', env, '1', { properties: { image: 'docker.io/library/python:3.11' } });
    expect(envConflict.status).toBe(409);
    expect(envConflict.body.error.message).toContain("'image'");
  });

  it('filters archived versions with listViewType and pages with nextLink and $top', async () => {
    const name = uniqueName('paged');
    for (let i = 1; i <= 7; i++) await putVersion('models', name, String(i), model(`azureml://m/${i}`, { isArchived: i === 4 }));
    const all: Version[] = [];
    let url: string | undefined = `${base()}/models/${name}/versions?${V}&listViewType=All&$orderBy=createdtime%20asc`;
    let pages = 0;
    while (url) {
      const page: { body: Page<Version> } = await emu.arm<Page<Version>>('GET', url);
      all.push(...page.body.value);
      url = page.body.nextLink;
      pages++;
    }
    expect(pages).toBe(3);
    expect(all.map((v) => v.name)).toEqual(['1', '2', '3', '4', '5', '6', '7']);

    const active = await emu.arm<Page<Version>>('GET', `${base()}/models/${name}/versions?${V}&$top=10&$orderBy=createdtime desc`);
    expect(active.body.value.map((v) => v.name)).toEqual(['7', '6', '5']);
    const archived = await emu.arm<Page<Version>>('GET', `${base()}/models/${name}/versions?${V}&listViewType=ArchivedOnly`);
    expect(archived.body.value.map((v) => v.name)).toEqual(['4']);
    const top = await emu.arm<Page<Version>>('GET', `${base()}/models/${name}/versions?${V}&$top=2`);
    expect(top.body.value).toHaveLength(2);
    expect(top.body.nextLink).toContain('%24top=2');
    const bad = await emu.arm<Err>('GET', `${base()}/models/${name}/versions?${V}&listViewType=Sometimes`);
    expect(bad.status).toBe(400);
  });

  it('filters model versions by tags and data versions by $tags', async () => {
    const name = uniqueName('tagged');
    await putVersion('models', name, '1', model('azureml://a', { tags: { stage: 'dev' } }));
    await putVersion('models', name, '2', model('azureml://b', { tags: { stage: 'prod', owner: 'me' } }));
    const byTag = await emu.arm<Page<Version>>('GET', `${base()}/models/${name}/versions?${V}&tags=stage=prod`);
    expect(byTag.body.value.map((v) => v.name)).toEqual(['2']);
    const data = uniqueName('data');
    await putVersion('data', data, '1', { properties: { dataType: 'uri_file', dataUri: 'https://example.com/a.csv', tags: { split: 'train' } } });
    await putVersion('data', data, '2', { properties: { dataType: 'uri_file', dataUri: 'https://example.com/b.csv' } });
    const byDataTag = await emu.arm<Page<Version>>('GET', `${base()}/data/${data}/versions?${V}&$tags=split`);
    expect(byDataTag.body.value.map((v) => v.name)).toEqual(['1']);
  });

  it('refuses bad names, bad versions and incomplete bodies with 400 and the reason', async () => {
    const badName = await putVersion('models', '-leading-dash', '1', model());
    expect(badName.status).toBe(400);
    expect(badName.body.error.code).toBe('InvalidResourceName');
    const badVersion = await putVersion('models', uniqueName('m'), 'v 1', model());
    expect(badVersion.body.error.code).toBe('InvalidResourceName');
    const noImage = await putVersion('environments', uniqueName('e'), '1', { properties: { description: 'nothing to run' } });
    expect(noImage.status).toBe(400);
    expect(noImage.body.error.message).toContain("'image'");
    const noType = await putVersion('data', uniqueName('d'), '1', { properties: { dataUri: 'https://example.com/x' } });
    expect(noType.body.error).toMatchObject({ code: 'UserError', target: 'dataType' });
    const noSpec = await putVersion('components', uniqueName('c'), '1', { properties: {} });
    expect(noSpec.body.error.target).toBe('componentSpec');
  });

  it('deletes a version through 202 + Location, after which it is gone', async () => {
    const name = uniqueName('del');
    await putVersion('codes', name, '1', { properties: { codeUri: 'https://example.com/code/' } });
    const del = await emu.arm('DELETE', `${base()}/codes/${name}/versions/1?${V}`);
    expect(del.status).toBe(202);
    const location = del.headers.get('location')!;
    expect(location).toContain('/mfeOperationResults/');
    await pollUntil(
      () => emu.arm('GET', location),
      (r) => r.status === 200,
    );
    expect((await emu.arm<Err>('GET', `${base()}/codes/${name}/versions/1?${V}`)).status).toBe(404);
    expect((await emu.arm('DELETE', `${base()}/codes/${name}/versions/1?${V}`)).status).toBe(204);
  });

  it('replicates a version to every region of the registry on the emulator clock', async () => {
    const name = uniqueName('repl');
    await putVersion('models', name, '1', model());
    const replicated = await pollUntil(
      () => emu.arm<Version>('GET', `${base()}/models/${name}/versions/1?${V}`),
      (r) => r.body.properties.regionReplication.every((x) => x.status === 'Succeeded'),
    );
    expect(replicated.body.properties.regionReplication.map((x) => x.location)).toEqual(['eastus', 'eastus2', 'westeurope']);
  });
});

describe('asset containers', () => {
  type ContainerReply = Container & { id: string; type: string; properties: Container['properties'] & { description?: string; tags?: Record<string, string> } };
  it('creates a container as a long-running operation, updates it (200), and deletes it with its versions (202 + Location)', async () => {
    const name = uniqueName('cont');
    const url = `${base()}/components/${name}?${V}`;
    const created = await emu.arm<ContainerReply>('PUT', url, { body: { properties: { description: 'shared steps', tags: { team: 'ml' } } } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ id: `${base()}/components/${name}`, type: 'Microsoft.MachineLearningServices/registries/components' });
    expect(await waitForAsync(created.headers.get('azure-asyncoperation')!)).toBe('Succeeded');
    const fresh = await emu.arm<ContainerReply>('GET', url);
    expect(fresh.body.properties).toMatchObject({ description: 'shared steps', latestVersion: null, nextVersion: '1', provisioningState: 'Succeeded' });

    const updated = await emu.arm<ContainerReply>('PUT', url, { body: { properties: { description: 'shared pipeline steps', tags: { team: 'nlp' } } } });
    expect(updated.status).toBe(200);
    expect(updated.body.properties).toMatchObject({ description: 'shared pipeline steps', tags: { team: 'nlp' } });
    await putVersion('components', name, '1', { properties: { componentSpec: { name, type: 'command', command: 'echo hi' } } });
    expect((await emu.arm<ContainerReply>('GET', url)).body.properties).toMatchObject({ latestVersion: '1', nextVersion: '2' });

    const del = await emu.arm('DELETE', url);
    expect(del.status).toBe(202);
    await pollUntil(
      () => emu.arm('GET', del.headers.get('location')!),
      (r) => r.status === 200,
    );
    expect((await emu.arm('GET', url)).status).toBe(404);
    expect((await emu.arm('GET', `${base()}/components/${name}/versions/1?${V}`)).status).toBe(404);
    expect((await emu.arm('DELETE', url)).status).toBe(204);
  });

  it('lists containers a page at a time and filters archived ones with listViewType', async () => {
    const names = [uniqueName('lc'), uniqueName('lc')];
    for (const n of names) await putVersion('data', n, '1', { properties: { dataType: 'uri_file', dataUri: 'https://example.com/a.csv' } });
    await emu.arm('PUT', `${base()}/data/${names[1]}?${V}`, { body: { properties: { isArchived: true } } });
    type Listed = { name: string; properties: { isArchived: boolean } };
    const everyPage = async (first: string): Promise<Listed[]> => {
      const seen: Listed[] = [];
      for (let url: string | undefined = first; url; ) {
        const page: { body: Page<Listed> } = await emu.arm<Page<Listed>>('GET', url);
        expect(page.body.value.length).toBeLessThanOrEqual(3);
        seen.push(...page.body.value);
        url = page.body.nextLink;
      }
      return seen;
    };
    const all = await everyPage(`${base()}/data?${V}&listViewType=All`);
    expect(all.filter((c) => names.includes(c.name)).map((c) => [c.name, c.properties.isArchived])).toEqual(expect.arrayContaining([[names[0], false], [names[1], true]]));
    const active = (await everyPage(`${base()}/data?${V}`)).map((c) => c.name);
    expect(active).toContain(names[0]);
    expect(active).not.toContain(names[1]);
    const archivedOnly = (await everyPage(`${base()}/data?${V}&listViewType=ArchivedOnly`)).map((c) => c.name);
    expect(archivedOnly).toContain(names[1]);
    expect(archivedOnly).not.toContain(names[0]);
  });
});

describe('replication when a region is added', () => {
  it('replicates existing versions to a region added to the registry later', async () => {
    const rg = uniqueName('rg-repl');
    expect((await emu.arm('PUT', `/subscriptions/${SUB}/resourcegroups/${rg}?api-version=2021-04-01`, { body: { location: 'eastus' } })).status).toBe(201);
    const registry = uniqueName('regrepl');
    const created = await emu.arm('PUT', `${base(registry, rg)}?${V}`, { body: registryBody(['eastus']) });
    expect(await waitForAsync(created.headers.get('azure-asyncoperation')!)).toBe('Succeeded');
    const put = await emu.arm<Version>('PUT', `${base(registry, rg)}/models/m/versions/1?${V}`, { body: model() });
    expect(put.body.properties.regionReplication.map((r) => r.location)).toEqual(['eastus']);
    await waitForAsync(put.headers.get('azure-asyncoperation')!);

    // Replication to the new region starts when it is added (its storage provisioned then), whatever the machine's
    // pace: the copy completes after the PUT that added the region, never before.
    const addedAt = Date.now();
    const grown = await emu.arm('PUT', `${base(registry, rg)}?${V}`, { body: registryBody(['eastus', 'westeurope']) });
    expect(grown.status).toBe(200);
    const during = await emu.arm<Version>('GET', `${base(registry, rg)}/models/m/versions/1?${V}`);
    expect(during.body.properties.regionReplication.map((r) => r.location)).toEqual(['eastus', 'westeurope']);
    expect(during.body.properties.regionReplication[0].status).toBe('Succeeded');
    const after = await pollUntil(
      () => emu.arm<Version>('GET', `${base(registry, rg)}/models/m/versions/1?${V}`),
      (r) => r.body.properties.regionReplication[1]?.status === 'Succeeded',
    );
    const copy = after.body.properties.regionReplication[1] as { location: string; status: string; completedAt: string };
    expect(copy.location).toBe('westeurope');
    expect(Date.parse(copy.completedAt)).toBeGreaterThan(addedAt);
  });
});

describe('asset RBAC', () => {
  const p = SEED_PRINCIPALS;
  it('lets Reader read but not write, Registry User publish and delete, and refuses a principal with no role', async () => {
    const name = uniqueName('rbac');
    expect((await putVersion('models', name, '1', model(), p.registryUser.userPrincipalName)).status).toBe(201);
    expect((await emu.arm('GET', `${base()}/models/${name}/versions/1?${V}`, { principal: p.reader.userPrincipalName })).status).toBe(200);
    const readerPut = await putVersion('models', name, '2', model(), p.reader.userPrincipalName);
    expect(readerPut.status).toBe(403);
    expect(readerPut.body.error.message).toContain('Microsoft.MachineLearningServices/registries/assets/write');
    const noRole = await emu.arm<Err>('GET', `${base()}/models?${V}`, { principal: p.noRole.userPrincipalName });
    expect(noRole.status).toBe(403);
    expect((await putVersion('models', name, '2', model(), p.contributor.userPrincipalName)).status).toBe(201);
    expect((await emu.arm('DELETE', `${base()}/models/${name}/versions/2?${V}`, { principal: p.reader.userPrincipalName })).status).toBe(403);
    expect((await emu.arm('DELETE', `${base()}/models/${name}/versions/2?${V}`, { principal: p.registryUser.userPrincipalName })).status).toBe(202);
  });

  // The seed's three permission sets ("Allow users to use assets", "…create and use assets", "…create and
  // manage registries"), created as custom roles the way the console's one-click roles are.
  const ML = 'Microsoft.MachineLearningServices/registries';
  const USE = [`${ML}/read`, `${ML}/assets/read`];
  const PUBLISH = [...USE, `${ML}/assets/write`, `${ML}/assets/delete`];
  const MANAGE = [...PUBLISH, `${ML}/write`, `${ML}/delete`];
  it.each([
    ['use assets', USE, { read: 200, write: 403, delete: 403, registryWrite: 403 }],
    ['create and use assets', PUBLISH, { read: 200, write: 201, delete: 202, registryWrite: 403 }],
    ['create and manage registries', MANAGE, { read: 200, write: 201, delete: 202, registryWrite: 200 }],
  ] as const)('a custom role to %s does what the seed says', async (purpose, actions, expected) => {
    const roleId = crypto.randomUUID();
    const role = await emu.arm('PUT', `/subscriptions/${SUB}/providers/Microsoft.Authorization/roleDefinitions/${roleId}?api-version=2022-04-01`, {
      body: {
        properties: {
          roleName: uniqueName(`Registry role to ${purpose}`),
          description: purpose,
          type: 'CustomRole',
          permissions: [{ actions: [...actions], notActions: [], dataActions: [], notDataActions: [] }],
          assignableScopes: [`/subscriptions/${SUB}`],
        },
      },
    });
    expect(role.status).toBe(201);
    const rg = uniqueName('rg-role');
    expect((await emu.arm('PUT', `/subscriptions/${SUB}/resourcegroups/${rg}?api-version=2021-04-01`, { body: { location: 'eastus' } })).status).toBe(201);
    const registry = uniqueName('reg');
    const created = await emu.arm('PUT', `${base(registry, rg)}?${V}`, { body: registryBody(['eastus']) });
    expect(await waitForAsync(created.headers.get('azure-asyncoperation')!)).toBe('Succeeded');
    const assignment = await emu.arm('PUT', `${base(registry, rg)}/providers/Microsoft.Authorization/roleAssignments/${crypto.randomUUID()}?api-version=2022-04-01`, {
      body: { properties: { roleDefinitionId: `/subscriptions/${SUB}/providers/Microsoft.Authorization/roleDefinitions/${roleId}`, principalId: p.noRole.id } },
    });
    expect(assignment.status).toBe(201);
    await emu.arm('PUT', `${base(registry, rg)}/models/seeded/versions/1?${V}`, { body: model() });
    const as = p.noRole.userPrincipalName;
    expect((await emu.arm('GET', `${base(registry, rg)}/models/seeded/versions/1?${V}`, { principal: as })).status).toBe(expected.read);
    expect((await emu.arm('PUT', `${base(registry, rg)}/models/mine/versions/1?${V}`, { principal: as, body: model() })).status).toBe(expected.write);
    expect((await emu.arm('DELETE', `${base(registry, rg)}/models/seeded/versions/1?${V}`, { principal: as })).status).toBe(expected.delete);
    expect((await emu.arm('PATCH', `${base(registry, rg)}?${V}`, { principal: as, body: { tags: { by: 'role' } } })).status).toBe(expected.registryWrite);
  });
});
