import { describe, expect, it } from 'vitest';
import { registryNameProblem, registryNameSchema, resourceGroupNameSchema } from './names';

describe('registry name rule (3–33, the REST spec pattern)', () => {
  it.each([
    ['abc', '3 characters, the shortest'],
    ['a'.repeat(33), '33 characters, the longest'],
    ['HelloWorldReg', 'the seed doc example'],
    ['1registry', 'leading digit'],
    ['ml-registry_01', 'hyphen and underscore inside'],
    ['abc-', 'trailing hyphen'],
    ['A__', 'underscores after a letter'],
  ])('accepts %j (%s)', (name) => {
    expect(registryNameSchema.safeParse(name).success).toBe(true);
  });

  it.each([
    ['', 'Enter a registry name.'],
    ['ab', 'at least 3'],
    ['a'.repeat(34), 'at most 33'],
    ['-abc', 'Start the name with a letter or a digit'],
    ['_abc', 'Start the name with a letter or a digit'],
    ['my registry', 'spaces'],
    [' abc', 'spaces'],
    ['régistry', 'Remove "é"'],
    ['名前名前', 'Start the name with a letter or a digit'],
    ['../x', 'Start the name with a letter or a digit'],
    ['a/b', 'Remove "/"'],
    ['abc.def', 'Remove "."'],
    ['abc<script>', 'Remove "<"'],
  ])('refuses %j with a message naming the fix', (name, fragment) => {
    const result = registryNameSchema.safeParse(name);
    expect(result.success).toBe(false);
    expect(result.error?.issues).toHaveLength(1);
    expect(result.error?.issues[0].message).toContain(fragment);
  });

  it('refuses a non-string without throwing', () => {
    expect(registryNameSchema.safeParse(42).error?.issues[0].message).toBe('Enter a registry name.');
    expect(registryNameSchema.safeParse(undefined).success).toBe(false);
  });

  it('reports the length of an over-long name', () => {
    expect(registryNameProblem('x'.repeat(40))).toBe('Use at most 33 characters (this name has 40).');
  });
});

describe('resource group name rule (1–90 of [-\\w._()], no final period)', () => {
  it.each(['rg', 'a', 'ContosoML', 'rg-ml_prod.(eu)', 'ré-groupe', '资源组', 'x'.repeat(90)])('accepts %j', (name) => {
    expect(resourceGroupNameSchema.safeParse(name).success).toBe(true);
  });

  it.each([
    ['', 'Enter a resource group name.'],
    ['rg.', 'cannot end with "."'],
    ['x'.repeat(91), 'at most 90'],
    ['my rg', 'spaces'],
    ['a/b', 'Remove "/"'],
    ['rg<1>', 'Remove "<"'],
  ])('refuses %j', (name, fragment) => {
    const result = resourceGroupNameSchema.safeParse(name);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].message).toContain(fragment);
  });
});
