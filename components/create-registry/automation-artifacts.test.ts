import { describe, expect, it } from 'vitest';
import { emptyCreateRegistryForm } from '@/lib/registries/create-registry-schema';
import { parseRegistryYml } from '@/lib/registries/registry-yml';
import { automationArtifacts } from './automation-artifacts';

const form = {
  ...emptyCreateRegistryForm(),
  subscriptionId: 'a1b2c3d4-1111-4a5b-8c9d-0e1f2a3b4c01',
  resourceGroup: { mode: 'existing' as const, name: 'rg-ml-prod' },
  name: 'contoso-shared',
  description: 'Shared models',
  primaryRegion: 'eastus',
  additionalRegions: ['westeurope', 'southeastasia'],
  tags: [{ name: 'team', value: 'platform' }],
};

describe('automationArtifacts', () => {
  const artifacts = automationArtifacts(form);
  const byId = (id: string) => artifacts.find((a) => a.id === id)!;

  it('offers the template, the parameters, both registry.yml forms and the az command', () => {
    expect(artifacts.map((a) => a.fileName)).toEqual(['template.json', 'parameters.json', 'registry.yml', 'registry-preview.yml', 'create-registry.sh']);
  });

  it('writes a template with three regions and parameters that name them', () => {
    const template = JSON.parse(byId('template').content);
    expect(template.resources[0].properties.regionDetails).toHaveLength(3);
    const parameters = JSON.parse(byId('parameters').content).parameters;
    expect(parameters.registryName.value).toBe('contoso-shared');
    expect(parameters.additionalLocation2.value).toBe('southeastasia');
    expect(parameters.tags.value).toEqual({ team: 'platform', description: 'Shared models' });
  });

  it('writes registry.yml files that import back to the same regions', () => {
    for (const id of ['yml-cli', 'yml-seed']) {
      const parsed = parseRegistryYml(byId(id).content);
      expect(parsed.ok, id).toBe(true);
      if (parsed.ok) expect(parsed.form.additionalRegions).toEqual(['westeurope', 'southeastasia']);
    }
  });

  it('writes the az ml registry create command for the resource group', () => {
    expect(byId('az-cli').content).toContain("az ml registry create --subscription a1b2c3d4-1111-4a5b-8c9d-0e1f2a3b4c01 --resource-group rg-ml-prod --file registry.yml");
  });
});
