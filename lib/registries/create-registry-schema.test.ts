import { describe, expect, it } from 'vitest';
import { parseCreateRegistryForm, validateRegionsAgainst } from './create-registry-parse';
import {
  basicsSchema,
  createRegistrySchema,
  emptyCreateRegistryForm,
  regionsSchema,
  storageSettingFor,
  tagsStepSchema,
  type CreateRegistryForm,
} from './create-registry-schema';
import { stepOfField, stepsWithErrors } from './create-steps';
import { problemsOf } from './field-errors';

const SUBSCRIPTION = '5f1a9c3e-2b7d-4e8f-9a6b-1c2d3e4f5a6b';
const ALLOWED = ['eastus', 'eastus2', 'westus', 'westeurope', 'northeurope'];

function validForm(overrides: Partial<CreateRegistryForm> = {}): CreateRegistryForm {
  return {
    ...emptyCreateRegistryForm(),
    subscriptionId: SUBSCRIPTION,
    resourceGroup: { mode: 'existing', name: `rg-${crypto.randomUUID().slice(0, 8)}` },
    name: `reg${crypto.randomUUID().slice(0, 8)}`,
    description: 'Shared models',
    primaryRegion: 'eastus',
    additionalRegions: ['westus', 'westeurope'],
    advanced: { storage: { westus: { type: 'Standard_GRS', hns: true } }, publicNetworkAccess: 'Enabled' },
    tags: [{ name: 'team', value: 'ml' }],
    ...overrides,
  };
}

const refused = (input: unknown) => {
  const result = parseCreateRegistryForm(input, { allowedRegions: ALLOWED });
  if (result.ok) throw new Error('expected the input to be refused');
  return result;
};

describe('createRegistrySchema', () => {
  it('accepts a complete form and keeps its values', () => {
    const form = validForm();
    const result = parseCreateRegistryForm(form, { allowedRegions: ALLOWED });
    expect(result).toEqual({ ok: true, data: form });
  });

  it('has per-step schemas that check only their own step', () => {
    const form = validForm();
    expect(basicsSchema.safeParse({ subscriptionId: form.subscriptionId, resourceGroup: form.resourceGroup, name: form.name }).success).toBe(true);
    expect(regionsSchema.safeParse({ primaryRegion: 'eastus', additionalRegions: [], advanced: form.advanced }).success).toBe(false);
    expect(regionsSchema.safeParse({ primaryRegion: 'eastus', additionalRegions: ['westus'], advanced: form.advanced }).success).toBe(true);
    expect(tagsStepSchema.safeParse({ tags: [] }).success).toBe(true);
  });

  it('starts empty, and an empty form fails on the fields a person must fill', () => {
    const { fieldErrors } = problemsOf(createRegistrySchema.safeParse(emptyCreateRegistryForm()).error!);
    expect(Object.keys(fieldErrors).sort()).toEqual(['name', 'primaryRegion', 'resourceGroup.name', 'subscriptionId']);
    expect(stepsWithErrors(Object.keys(fieldErrors))).toEqual(['basics', 'regions']);
  });

  it('requires a location for a new resource group only', () => {
    const base = validForm();
    const missing = refused({ ...base, resourceGroup: { mode: 'new', name: 'rg-new' } });
    expect(missing.fieldErrors).toEqual({ 'resourceGroup.location': 'Choose a region for the new resource group.' });
    const ok = parseCreateRegistryForm({ ...base, resourceGroup: { mode: 'new', name: 'rg-new', location: 'westus' } }, { allowedRegions: ALLOWED });
    expect(ok.ok).toBe(true);
  });

  it('refuses additional regions that repeat the primary or each other, and storage for unchosen regions', () => {
    const result = refused(validForm({
      additionalRegions: ['westus', 'eastus', 'westus'],
      advanced: { storage: { northeurope: { type: 'Standard_LRS', hns: false } }, publicNetworkAccess: 'Disabled' },
    }));
    expect(result.fieldErrors['additionalRegions.1']).toContain('already the primary region');
    expect(result.fieldErrors['additionalRegions.2']).toBe('westus is listed twice.');
    expect(result.fieldErrors['advanced.storage.northeurope']).toContain('not one of the chosen regions');
  });

  it('refuses more than 20 additional regions and unknown storage types', () => {
    const many = Array.from({ length: 21 }, (_, i) => `region${i}`);
    expect(refused(validForm({ additionalRegions: many })).fieldErrors.additionalRegions).toBe('Choose at most 20 additional regions.');
    const badType = refused(validForm({ advanced: { storage: { eastus: { type: 'Hot_LRS' as never, hns: false } }, publicNetworkAccess: 'Enabled' } }));
    expect(badType.fieldErrors['advanced.storage.eastus.type']).toContain('Standard_LRS');
  });

  it('gives regions without storage settings the defaults', () => {
    expect(storageSettingFor({ storage: {} }, 'eastus')).toEqual({ type: 'Standard_LRS', hns: false });
    expect(storageSettingFor({ storage: { eastus: { type: 'Premium_ZRS', hns: true } } }, 'eastus')).toEqual({ type: 'Premium_ZRS', hns: true });
  });
});

describe('hostile input to the create action', () => {
  it('refuses a region the subscription does not offer, on the field', () => {
    const result = refused(validForm({ primaryRegion: 'marsnorth', additionalRegions: ['westus', 'moonbase'] }));
    expect(Object.keys(result.fieldErrors).sort()).toEqual(['additionalRegions.1', 'primaryRegion']);
    expect(result.fieldErrors.primaryRegion).toContain('"marsnorth"');
  });

  it('refuses a new resource group outside the subscription locations when they are given', () => {
    const form = validForm({ resourceGroup: { mode: 'new', name: 'rg-x', location: 'plutowest' } });
    expect(validateRegionsAgainst(form, { allowedRegions: ALLOWED, resourceGroupLocations: ALLOWED })).toEqual({
      'resourceGroup.location': '"plutowest" is not a region of this subscription; choose one from the list.',
    });
  });

  it.each(['../x', 'a/b', '..', 'name%2Fx', 'x'.repeat(500)])('refuses the name %j on the name field', (name) => {
    expect(Object.keys(refused(validForm({ name })).fieldErrors)).toEqual(['name']);
  });

  it('refuses 10,000 tags with one bounded message, and script in a tag value on its field (issue 5)', () => {
    const tags = Array.from({ length: 10_000 }, (_, i) => ({ name: `t${i}`, value: '<script>alert(1)</script>' }));
    expect(refused(validForm({ tags })).fieldErrors).toEqual({ tags: 'Use at most 50 tags (there are 10000).' });
    expect(Object.keys(refused(validForm({ tags: tags.slice(0, 3) })).fieldErrors)).toEqual(['tags.0.value', 'tags.1.value', 'tags.2.value']);
  });

  it('bounds the number of field errors for thousands of bad storage entries', () => {
    const storage = Object.fromEntries(Array.from({ length: 5_000 }, (_, i) => [`r${i}`, { type: 'Standard_LRS', hns: false }]));
    const result = refused(validForm({ advanced: { storage, publicNetworkAccess: 'Enabled' } as never }));
    expect(Object.keys(result.fieldErrors).length).toBe(100);
  });

  it('names unknown keys, at the top and inside objects', () => {
    const result = refused({ ...validForm(), isAdmin: true, advanced: { ...validForm().advanced, sku: 'Free' } });
    expect(result.fieldErrors).toEqual({ isAdmin: 'Unknown field "isAdmin": remove it.', 'advanced.sku': 'Unknown field "sku": remove it.' });
  });

  it.each([null, undefined, 42, 'form', [], { __proto__: { name: 'x' } }])('refuses %j without throwing', (input) => {
    const result = parseCreateRegistryForm(input, { allowedRegions: ALLOWED });
    expect(result.ok).toBe(false);
  });

  it('refuses wrong types field by field', () => {
    const result = refused({ ...validForm(), subscriptionId: 7, additionalRegions: 'westus', advanced: { storage: [], publicNetworkAccess: 'Open' } });
    expect(result.fieldErrors.subscriptionId).toBe('Choose a subscription.');
    expect(result.fieldErrors.additionalRegions).toContain('list of region names');
    expect(result.fieldErrors['advanced.publicNetworkAccess']).toBe('Public network access is Enabled or Disabled.');
  });
});

describe('steps', () => {
  it('maps field paths to the step that owns them', () => {
    expect(stepOfField('tags.3.name')).toBe('tags');
    expect(stepOfField('resourceGroup.location')).toBe('basics');
    expect(stepOfField('advanced.storage.eastus.type')).toBe('regions');
    expect(stepOfField('somethingElse')).toBe('review');
  });
});
