import { describe, expect, it } from 'vitest';
import { stepsWithErrors } from '@/lib/registries/create-steps';
import type { FieldErrors } from 'react-hook-form';
import { errorAt, errorPaths } from './error-paths';

const errors = {
  name: { type: 'custom', message: 'Use at least 3 characters.' },
  resourceGroup: { name: { type: 'custom', message: 'Enter a resource group name.' } },
  additionalRegions: [undefined, { type: 'custom', message: 'eastus is listed twice.' }],
  advanced: { storage: { eastus: { type: { type: 'invalid_value', message: 'Choose one of: …' } } } },
  tags: { root: { type: 'too_big', message: 'Use at most 50 tags.' }, 2: { value: { type: 'x', message: 'Too long.' } } },
} as unknown as FieldErrors;

describe('errorPaths', () => {
  it('lists every field with a message as a dotted path', () => {
    expect(errorPaths(errors).sort()).toEqual(['additionalRegions.1', 'advanced.storage.eastus.type', 'name', 'resourceGroup.name', 'tags', 'tags.2.value'].sort());
  });

  it('feeds the step markers', () => {
    expect(stepsWithErrors(errorPaths(errors))).toEqual(['basics', 'regions', 'tags']);
  });

  it('reads the message at a path', () => {
    expect(errorAt(errors, 'resourceGroup.name')).toBe('Enter a resource group name.');
    expect(errorAt(errors, 'tags.2.value')).toBe('Too long.');
    expect(errorAt(errors, 'primaryRegion')).toBeUndefined();
  });
});
