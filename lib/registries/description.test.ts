import { describe, expect, it } from 'vitest';
import { descriptionSchema, mergeDescription, splitDescription } from './description';

describe('description tag', () => {
  it('splits the description out of the tags in any casing', () => {
    expect(splitDescription({ team: 'ml', Description: 'Shared models' })).toEqual({ description: 'Shared models', tags: { team: 'ml' } });
    expect(splitDescription(undefined)).toEqual({ description: '', tags: {} });
  });

  it('merges it back, replacing an old casing, leaving out a blank one', () => {
    expect(mergeDescription({ team: 'ml', DESCRIPTION: 'old' }, 'new')).toEqual({ team: 'ml', description: 'new' });
    expect(mergeDescription({ team: 'ml', description: 'old' }, '  ')).toEqual({ team: 'ml' });
  });

  it('allows 256 characters, the limit of a tag value', () => {
    expect(descriptionSchema.safeParse('d'.repeat(256)).success).toBe(true);
    expect(descriptionSchema.safeParse('d'.repeat(257)).error?.issues[0].message).toBe(
      'Use at most 256 characters (Azure keeps the description as a tag value); this one has 257.',
    );
  });
});
