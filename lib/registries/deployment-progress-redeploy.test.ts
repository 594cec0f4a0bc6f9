import { describe, expect, it } from 'vitest';
import { redeployBundle, redeploymentName } from './deployment-progress-redeploy';
import { buildDeploymentTemplate } from './template';
import { emptyCreateRegistryForm } from './create-registry-schema';

describe('redeployBundle', () => {
  it('resubmits the exported template with the deployment parameters as values', () => {
    const form = { ...emptyCreateRegistryForm(), name: 'reg1', primaryRegion: 'eastus', additionalRegions: ['westus', 'northeurope'], description: 'Shared models' };
    form.advanced.storage = { westus: { type: 'Standard_GRS', hns: true } };
    const original = buildDeploymentTemplate(form);
    // ARM echoes parameters with their type; exportTemplate returns the template as it ran.
    const echoed = Object.fromEntries(Object.entries(original.parameters).map(([k, v]) => [k, { type: 'String', value: v.value }]));
    const bundle = redeployBundle({ ...original.template }, echoed);
    expect(bundle?.template).toEqual(original.template);
    expect(bundle?.parameters).toEqual(original.parameters);
  });

  it('refuses an export that is not a template', () => {
    expect(redeployBundle({}, { registryName: { value: 'x' } })).toBeNull();
    expect(redeployBundle({ resources: 'nope' }, undefined)).toBeNull();
  });
});

describe('redeploymentName', () => {
  it('keeps the base, replaces an earlier redeploy suffix and stays within 64 characters', () => {
    const at = new Date('2026-01-05T10:11:12.000Z');
    expect(redeploymentName('registry-reg1-abc', at)).toBe('registry-reg1-abc-r20260105101112');
    expect(redeploymentName('registry-reg1-abc-r20250101000000', at)).toBe('registry-reg1-abc-r20260105101112');
    expect(redeploymentName('x'.repeat(64), at)).toHaveLength(64);
  });
});
