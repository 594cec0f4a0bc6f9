import { describe, expect, it } from 'vitest';
import { createRegistrySchema, emptyCreateRegistryForm } from './create-registry-schema';
import { problemsOf } from './field-errors';
import { rowsToTags, tagRowsSchema, tagsToRows, type TagRow } from './tags';

const rows = (n: number, make = (i: number): TagRow => ({ name: `team${i}`, value: `v${i}` })) =>
  Array.from({ length: n }, (_, i) => make(i));

const errorsOf = (input: unknown) => {
  const result = tagRowsSchema.safeParse(input);
  return result.success ? {} : problemsOf(result.error).fieldErrors;
};

describe('tag rows', () => {
  it('accepts 50 tags, a 512-character name and a 256-character value', () => {
    const tags = rows(49);
    tags.push({ name: 'n'.repeat(512), value: 'v'.repeat(256) });
    expect(tagRowsSchema.safeParse(tags).success).toBe(true);
  });

  it('refuses markup in a value (issue 5: script in a tag value is hostile) but keeps a lone "<"', () => {
    expect(errorsOf([{ name: 'note', value: '<script>alert(1)</script>' }])['0.value']).toMatch(/cannot contain HTML tags/);
    expect(errorsOf([{ name: 'note', value: 'x </b>' }])['0.value']).toMatch(/HTML tags/);
    expect(tagRowsSchema.safeParse([{ name: 'cmp', value: 'a < b, <3' }]).success).toBe(true);
  });

  it('refuses 51 tags with one message on the list', () => {
    const result = tagRowsSchema.safeParse(rows(51));
    expect(result.error?.issues.map((i) => i.message)).toEqual(['Use at most 50 tags (there are 51).']);
  });

  it('refuses 10,000 hostile tags with a single message, quickly', () => {
    const started = performance.now();
    const result = tagRowsSchema.safeParse(rows(10_000, () => ({ name: '<script>', value: 'x'.repeat(300) })));
    expect(result.error?.issues).toHaveLength(1);
    expect(result.error?.issues[0].message).toContain('at most 50');
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('refuses over-long names and values on their own fields', () => {
    expect(errorsOf([{ name: 'ok', value: 'v'.repeat(257) }])).toEqual({ '0.value': 'Use at most 256 characters in a tag value.' });
    expect(errorsOf([{ name: 'n'.repeat(513), value: '' }])['0.name']).toContain('at most 512');
  });

  it.each(['<', '>', '%', '&', '\\', '?', '/'])('refuses %j in a name', (char) => {
    expect(errorsOf([{ name: `a${char}b`, value: 'v' }])['0.name']).toContain(`Remove "${char}"`);
  });

  it.each(['microsoftOwner', 'Azure-team', 'WINDOWS', 'azure'])('refuses the reserved prefix in %j', (name) => {
    expect(errorsOf([{ name, value: 'v' }])['0.name']).toContain('Azure reserves that prefix');
  });

  it('refuses blank names, duplicate names ignoring case, and the description tag', () => {
    const errors = errorsOf([
      { name: 'Team', value: 'a' },
      { name: '  ', value: 'b' },
      { name: 'team', value: 'c' },
      { name: 'Description', value: 'd' },
    ]);
    expect(errors['1.name']).toBe('Enter a tag name, or remove this row.');
    expect(errors['2.name']).toContain('already used above');
    expect(errors['3.name']).toContain('Description field');
    expect(errors['0.name']).toBeUndefined();
  });

  it('refuses rows that are not { name, value } without throwing', () => {
    for (const input of [[42], [null], [{ name: 1, value: 2 }], [{ name: 'a', value: 'b', extra: 1 }], 'tags', {}]) {
      expect(tagRowsSchema.safeParse(input).success).toBe(false);
    }
  });

  it('places errors at tags.N.name inside the wizard form', () => {
    const form = { ...emptyCreateRegistryForm(), tags: [{ name: 'ok', value: '' }, { name: 'ok', value: '' }, { name: 'a', value: '' }, { name: 'a?b', value: '' }] };
    const result = createRegistrySchema.safeParse(form);
    const { fieldErrors } = problemsOf(result.error!);
    expect(fieldErrors['tags.1.name']).toContain('already used');
    expect(fieldErrors['tags.3.name']).toContain('Remove "?"');
  });

  it('converts between ARM tags and rows, keeping odd names as plain keys', () => {
    const tags = { team: 'ml', __proto__x: 'y' };
    expect(rowsToTags(tagsToRows(tags))).toEqual(tags);
    const proto = rowsToTags([{ name: '__proto__', value: 'v' }]);
    expect(Object.keys(proto)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(proto)).toBe(Object.prototype);
  });
});
