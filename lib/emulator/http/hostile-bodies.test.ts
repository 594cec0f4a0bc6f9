// Hostile request bodies at the emulator, sent on one keep-alive agent: each is refused with a 4xx in ARM's
// envelope, and the agent's next request succeeds (an oversized body is answered, then the connection closes
// cleanly; no ECONNRESET). Also what ARM's lenient parser accepts: comments and unquoted property names.
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_SUBSCRIPTIONS } from '../seed';
import type { EmulatorFixture } from '../testing/emulator-fixture';
import { startFixture, uniqueName } from '../testing/emulator-fixture';
import { rawRequest } from '../testing/raw-request';

let emu: EmulatorFixture;
let agent: http.Agent;
let auth: Record<string, string>;
beforeAll(async () => {
  emu = await startFixture();
  agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  auth = { Authorization: `Bearer ${await emu.token()}`, 'Content-Type': 'application/json' };
});
afterAll(async () => {
  agent.destroy();
  await emu.close();
});

const SUB = SEED_SUBSCRIPTIONS.development.id;
const groupUrl = (name: string) => `${emu.url}/subscriptions/${SUB}/resourcegroups/${name}?api-version=2021-04-01`;
const put = (name: string, body: string | Buffer) => rawRequest(groupUrl(name), { method: 'PUT', headers: auth, body, agent });

async function expectNextRequestSucceeds(): Promise<void> {
  const next = await rawRequest(`${emu.url}/subscriptions/${SUB}/resourcegroups?api-version=2021-04-01`, { headers: auth, agent });
  expect(next.status).toBe(200);
}

const deep = (levels: number) => '{"location":"westeurope","tags":' + '['.repeat(levels) + ']'.repeat(levels) + '}';
const manyTags = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`tag${i}`, 'v']));

describe('hostile bodies', () => {
  const cases: { what: string; body: () => string | Buffer; status: number; code: string }[] = [
    { what: 'invalid JSON', body: () => '{"location": "westeurope",', status: 400, code: 'InvalidRequestContent' },
    { what: 'an 8 MB body', body: () => Buffer.alloc(8 * 1024 * 1024, 'a'), status: 413, code: 'RequestEntityTooLarge' },
    { what: '100,000-deep nesting', body: () => deep(100_000), status: 400, code: 'InvalidRequestContent' },
    { what: '10,000 tags', body: () => JSON.stringify({ location: 'westeurope', tags: manyTags(10_000) }), status: 400, code: 'InvalidTags' },
    { what: 'tags of the wrong type', body: () => JSON.stringify({ location: 'westeurope', tags: 'a=b' }), status: 400, code: 'InvalidRequestContent' },
    { what: 'a location of the wrong type', body: () => JSON.stringify({ location: 42 }), status: 400, code: 'InvalidRequestContent' },
    { what: 'a body that is an array', body: () => '[1,2,3]', status: 400, code: 'InvalidRequestContent' },
  ];
  for (const c of cases) {
    it(`answers ${c.what} with ${c.status} ${c.code}, and the agent's next request succeeds`, async () => {
      const res = await put(uniqueName('hostile'), c.body());
      expect(res.status).toBe(c.status);
      expect(res.json<{ error: { code: string; message: string } }>().error).toMatchObject({ code: c.code, message: expect.any(String) });
      expect(res.headers['x-ms-request-id']).toBeTruthy();
      if (c.status === 413) expect(res.headers.connection).toBe('close');
      await expectNextRequestSucceeds();
    });
  }
});

describe("ARM's tag limits", () => {
  it.each([
    ['51 tags', manyTags(51), 'InvalidTags'],
    ['a name with a reserved character', { 'a/b': 'v' }, 'InvalidTagNameCharacters'],
    ['a 513-character name', { ['n'.repeat(513)]: 'v' }, 'InvalidTagName'],
    ['a 257-character value', { n: 'v'.repeat(257) }, 'InvalidTagValueLength'],
    ['an empty name', { ' ': 'v' }, 'InvalidTagName'],
  ])('refuses %s with 400 %s', async (_what, tags, code) => {
    const res = await put(uniqueName('tags'), JSON.stringify({ location: 'westeurope', tags }));
    expect([res.status, res.json<{ error: { code: string } }>().error.code]).toEqual([400, code]);
  });

  it('accepts 50 tags with a 512-character name and a 256-character value', async () => {
    const tags = { ...manyTags(48), ['n'.repeat(512)]: 'v', long: 'v'.repeat(256) };
    expect((await put(uniqueName('tags'), JSON.stringify({ location: 'westeurope', tags }))).status).toBe(201);
  });
});

describe("ARM's lenient parser", () => {
  it('accepts comments, unquoted property names and single quotes, as az deployment group create sends them', async () => {
    const name = uniqueName('lenient');
    const res = await put(name, "{ // the group's region\n location: 'westeurope', /* and a tag */ tags: { team: 'ml', }, }");
    expect(res.status).toBe(201);
    expect(res.json()).toMatchObject({ name, location: 'westeurope', tags: { team: 'ml' } });
  });
});
