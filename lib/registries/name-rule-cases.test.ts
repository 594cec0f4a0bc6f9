// The console's name validators run the one table of ARM's name cases (lib/contract-cases/name-rules.ts) that
// the emulator runs too, so the wizard never accepts a name ARM refuses, nor refuses one ARM accepts.
import { describe, expect, it } from 'vitest';
import { NAME_RULE_CASES } from '@/lib/contract-cases/name-rules';
import { REGISTRY_RESOURCE_TYPE, RESOURCE_GROUP_RESOURCE_TYPE } from '@/lib/arm-facts/resource-types';
import { registryNameSchema, resourceGroupNameSchema } from './names';

const VALIDATORS = [
  [REGISTRY_RESOURCE_TYPE, registryNameSchema],
  [RESOURCE_GROUP_RESOURCE_TYPE, resourceGroupNameSchema],
] as const;

describe.each(VALIDATORS)('%s names', (resourceType, schema) => {
  const cases = NAME_RULE_CASES[resourceType];

  it('has cases in the shared table', () => {
    expect(cases.valid.length).toBeGreaterThan(0);
    expect(cases.invalid.length).toBeGreaterThan(0);
  });

  it.each(cases.valid)('accepts %j', (name) => {
    expect(schema.safeParse(name).success).toBe(true);
  });

  it.each(cases.invalid.map((c) => [c.name, c.reason]))('refuses %j (%s)', (name) => {
    expect(schema.safeParse(name).success).toBe(false);
  });
});
