// The shared name table (lib/contract-cases/name-rules.ts) run through the emulator's name rules, and the
// resource-group cases once more over HTTP, where a client meets them (ARM accepts Unicode letters: "rg-é").
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NAME_RULE_CASES } from '../contract-cases/name-rules';
import { isArmHttpError } from './errors';
import { assertResourceName, NAME_CHECKED_TYPES } from './resource-names';
import { SEED_SUBSCRIPTIONS } from './seed';
import type { EmulatorFixture } from './testing/emulator-fixture';
import { startFixture } from './testing/emulator-fixture';

function refusal(type: string, name: string): string | undefined {
  try {
    assertResourceName(type, name);
    return undefined;
  } catch (e) {
    if (!isArmHttpError(e)) throw e;
    return `${e.status} ${e.code}`;
  }
}

describe('name rules from the shared case table', () => {
  it('covers every resource type the emulator name-checks, and no other', () => {
    expect(Object.keys(NAME_RULE_CASES).sort()).toEqual([...NAME_CHECKED_TYPES].sort());
  });

  for (const [type, cases] of Object.entries(NAME_RULE_CASES)) {
    it.each(cases.valid)(`${type} accepts %j`, (name) => {
      expect(refusal(type, name)).toBeUndefined();
    });
    it.each(cases.invalid)(`${type} refuses $name ($reason)`, ({ name }) => {
      expect(refusal(type, name)).toBe('400 InvalidResourceName');
    });
  }
});

describe('resource-group names over HTTP', () => {
  let emu: EmulatorFixture;
  beforeAll(async () => {
    emu = await startFixture();
  });
  afterAll(() => emu.close());
  const sub = SEED_SUBSCRIPTIONS.development.id;
  const put = (name: string) =>
    emu.arm<{ name?: string; error?: { code: string } }>('PUT', `/subscriptions/${sub}/resourcegroups/${encodeURIComponent(name)}?api-version=2021-04-01`, {
      body: { location: 'westeurope' },
    });
  const cases = NAME_RULE_CASES['Microsoft.Resources/resourceGroups'];

  it('creates a group for each valid name, under that exact name', async () => {
    for (const name of cases.valid) {
      const res = await put(name);
      expect([name, res.status]).toEqual([name, expect.toSatisfy((s: number) => s === 200 || s === 201)]);
      expect(res.body.name).toBe(name);
    }
  });

  it('refuses each invalid name with 400 InvalidResourceName', async () => {
    // An empty name is a different URL (the resource-group list), not a name ARM checks.
    for (const { name } of cases.invalid.filter((c) => c.name !== '')) {
      const res = await put(name);
      expect([name, res.status, res.body.error?.code]).toEqual([name, 400, 'InvalidResourceName']);
    }
  });
});
