// Resource Graph over HTTP: ARG's response shape and headers, paging rules ($skipToken bound to its
// query, `id` required to page, resultTruncated), the table format, RBAC trimming by resource type, and
// the 400 envelope for refused queries.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EmulatorFixture } from '../testing/emulator-fixture';
import { registryBody, startFixture, uniqueName } from '../testing/emulator-fixture';
import { SEED_PRINCIPALS } from '../seed/principals';
import { SEED_SUBSCRIPTIONS } from '../seed';
import { addFault, clearFaults } from '../testing/control';

const PATH = '/providers/Microsoft.ResourceGraph/resources?api-version=2024-04-01';
const REGISTRIES = "Resources | where type =~ 'microsoft.machinelearningservices/registries'";
type Reply = { totalRecords: number; count: number; resultTruncated: string; $skipToken?: string; data: Record<string, unknown>[] & { columns?: unknown; rows?: unknown[][] }; facets: unknown[] };

let f: EmulatorFixture;
beforeAll(async () => {
  f = await startFixture();
});
afterAll(async () => {
  await f?.close();
});

const query = (body: unknown, principal?: string) => f.arm<Reply>('POST', PATH, { body, principal });

describe('POST /providers/Microsoft.ResourceGraph/resources', () => {
  it('answers in ARG’s shape with lowercased types and the user quota headers', async () => {
    const res = await query({ query: `${REGISTRIES} | project id, name, type, resourceGroup | order by name asc | limit 3` });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ totalRecords: 3, count: 3, resultTruncated: 'false', facets: [] });
    expect(res.body.$skipToken).toBeUndefined();
    expect(res.body.data[0]).toEqual({
      id: '/subscriptions/a1b2c3d4-1111-4a5b-8c9d-0e1f2a3b4c01/resourceGroups/rg-ml-shared/providers/Microsoft.MachineLearningServices/registries/contoso-asia-registry',
      name: 'contoso-asia-registry',
      type: 'microsoft.machinelearningservices/registries',
      resourceGroup: 'rg-ml-shared',
    });
    expect(Number(res.headers.get('x-ms-user-quota-remaining'))).toBeLessThan(15);
    expect(res.headers.get('x-ms-user-quota-resets-after')).toMatch(/^\d\d:\d\d:\d\d$/);
  });

  it('returns a registry’s properties exactly as its GET does', async () => {
    const res = await query({ query: `${REGISTRIES} and name == 'nlp-experiments' | project id, properties, tags, identity` });
    const row = res.body.data[0];
    const get = await f.arm<Record<string, unknown>>('GET', `${String(row.id)}?api-version=2025-09-01`);
    expect(row.properties).toEqual(get.body.properties);
    expect(row.tags).toEqual(get.body.tags);
    expect(row.identity).toEqual(get.body.identity);
  });

  it('pages with a $skipToken bound to its query, and honours $top', async () => {
    const q = `${REGISTRIES} | project id, name | order by name asc`;
    const first = await query({ query: q, options: { $top: 4 } });
    expect(first.body).toMatchObject({ totalRecords: 7, count: 4 });
    const second = await query({ query: q, options: { $skipToken: first.body.$skipToken } });
    expect(second.body.count).toBe(3);
    expect(second.body.$skipToken).toBeUndefined();
    const names = [...first.body.data, ...second.body.data].map((r) => r.name);
    expect(new Set(names).size).toBe(7);
    const replayed = await query({ query: `${q} | limit 5`, options: { $skipToken: first.body.$skipToken } });
    expect(replayed.status).toBe(400);
  });

  it('needs id in the projection to page: truncates the first page and refuses a $skip', async () => {
    const first = await query({ query: `${REGISTRIES} | project name`, options: { $top: 2 } });
    expect(first.body).toMatchObject({ count: 2, totalRecords: 7, resultTruncated: 'true' });
    expect(first.body.$skipToken).toBeUndefined();
    const skip = await query({ query: `${REGISTRIES} | project name`, options: { $top: 2, $skip: 2 } });
    expect(skip.status).toBe(400);
    expect(JSON.stringify(skip.body)).toContain("'id'");
  });

  it('answers the table format with column descriptors', async () => {
    const res = await query({ query: `${REGISTRIES} | project name, tags | order by name asc | take 1`, options: { resultFormat: 'table' } });
    expect(res.body.data).toEqual({
      columns: [
        { name: 'name', type: 'string' },
        { name: 'tags', type: 'object' },
      ],
      rows: [['contoso-asia-registry', { environment: 'production', geo: 'apac' }]],
    });
  });

  it('shows an AzureML Registry User its registries but not the storage accounts it cannot read', async () => {
    const everything = await query({ query: 'Resources | project id, type' });
    const types = new Set(everything.body.data.map((r) => r.type));
    expect(types).toContain('microsoft.storage/storageaccounts');
    const user = await query({ query: 'Resources | project id, type', options: { $top: 1000 } }, SEED_PRINCIPALS.registryUser.userPrincipalName);
    expect(user.body.totalRecords).toBe(7);
    expect(new Set(user.body.data.map((r) => r.type))).toEqual(new Set(['microsoft.machinelearningservices/registries']));
    const nobody = await query({ query: 'Resources' }, SEED_PRINCIPALS.noRole.userPrincipalName);
    expect(nobody.body).toMatchObject({ totalRecords: 0, count: 0, data: [] });
  });

  it('refuses an unsupported query with ARG’s BadRequest envelope naming the part', async () => {
    const res = await f.arm<{ error: { code: string; message: string; details: { code: string; message: string }[] } }>('POST', PATH, {
      body: { query: `${REGISTRIES} | summarize count() by location` },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('BadRequest');
    expect(res.body.error.message).toContain('correlationId');
    expect(res.body.error.details.map((d) => d.code)).toEqual(['InvalidQuery', 'UnsupportedOperator']);
    expect(res.body.error.details[1].message).toContain("'summarize'");
  });

  it('refuses options out of range, facets and management groups', async () => {
    expect((await query({ query: 'Resources', options: { $top: 1001 } })).status).toBe(400);
    expect((await query({ query: 'Resources', facets: [{ expression: 'location' }] })).status).toBe(400);
    expect((await query({ query: 'Resources', managementGroups: ['mg1'] })).status).toBe(400);
    expect((await f.arm('POST', '/providers/Microsoft.ResourceGraph/resources?api-version=2099-01-01', { body: { query: 'Resources' } })).status).toBe(400);
  });

  // Answers are reused while the database is unchanged (resource-graph/answer-cache.ts): a reused one must still
  // be the caller's own and must not outlive a write.
  it('answers each caller with its own rows and reflects a write at once', async () => {
    const body = { query: `${REGISTRIES} | project id, name, tags | order by name asc` };
    const owner = await query(body);
    const again = await query(body);
    expect(again.body).toEqual(owner.body);
    const user = await query(body, SEED_PRINCIPALS.noRole.userPrincipalName);
    expect(user.body).toMatchObject({ totalRecords: 0, data: [] });
    const target = owner.body.data[0];
    const tag = uniqueName('tag');
    const patched = await f.arm('PATCH', `${String(target.id)}?api-version=2025-09-01`, { body: { tags: { ...(target.tags as object), cache: tag } } });
    expect(patched.status).toBe(200);
    const after = await query(body);
    expect(after.body.data[0]).toMatchObject({ id: target.id, tags: { cache: tag } });
  });

  it('returns every registry of a page exactly as its own GET does, one mid-create included', async () => {
    const name = uniqueName('arg-page');
    // Held in Creating for the whole test whatever the time scale (a real-time delay rule), then let go.
    const rule = await addFault(f.url, { kind: 'delay', registryName: name, operation: 'create', delayMs: 600_000, times: 1 });
    try {
      const created = await f.arm('PUT', `/subscriptions/${SEED_SUBSCRIPTIONS.development.id}/resourceGroups/rg-ml-dev/providers/Microsoft.MachineLearningServices/registries/${name}?api-version=2025-09-01`, { body: registryBody(['westus2', 'eastus']) });
      expect(created.status).toBe(201);
      const res = await query({ query: `${REGISTRIES} | project id, name, sku, properties, tags, identity, systemData | order by name asc` });
      expect(res.body.count).toBeGreaterThan(7);
      for (const { id, name: _name, ...columns } of res.body.data) {
        const get = await f.arm<Record<string, unknown>>('GET', `${String(id)}?api-version=2025-09-01`);
        expect(columns).toEqual({ sku: get.body.sku ?? null, properties: get.body.properties, tags: get.body.tags, identity: get.body.identity, systemData: get.body.systemData });
      }
      expect(res.body.data.find((r) => r.name === name)?.properties).toMatchObject({ provisioningState: 'Creating' });
    } finally {
      await clearFaults(f.url, rule.id);
    }
  });
});
