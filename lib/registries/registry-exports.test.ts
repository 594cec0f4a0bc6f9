// Export → the wizard's import → create: what the registry page exports must come back as the same
// registry settings (issue 7, "the wizard's import accepts what this exports").
import { describe, expect, it } from 'vitest';
import { emptyCreateRegistryForm } from '@/lib/registries/create-registry-schema';
import { parseCreateRegistryForm } from '@/lib/registries/create-registry-parse';
import { registryPutBody } from '@/lib/registries/registry-body';
import { parseRegistryYml } from '@/lib/registries/registry-yml';
import { specFromWire } from '@/lib/registries/registry-spec';
import { makeWireRegistry } from '@/lib/registries/wire-registry.fixture';
import { EXPORT_FILES } from '@/lib/registries/export-files';
import { registryExports } from '@/lib/registries/registry-exports';

const SUBSCRIPTION = '00000000-1111-2222-3333-444444444444';

// What the wizard does with an imported file: its values over a fresh form, then the create action's gate.
function importIntoWizard(yml: string) {
  const parsed = parseRegistryYml(yml);
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('\n'));
  const form = { ...emptyCreateRegistryForm(), subscriptionId: SUBSCRIPTION, resourceGroup: { mode: 'existing' as const, name: 'test-rg' }, ...parsed.form };
  const gate = parseCreateRegistryForm(form, { allowedRegions: ['eastus', 'westus', 'northeurope'] });
  if (!gate.ok) throw new Error(JSON.stringify(gate.fieldErrors));
  return { format: parsed.format, form: gate.data };
}

describe('registry page export', () => {
  it('offers both registry.yml forms and the template with its parameters', () => {
    const exports = registryExports(makeWireRegistry());
    expect(EXPORT_FILES.map((f) => f.key).sort()).toEqual(Object.keys(exports).sort());
    expect(exports.ymlSeed).toMatch(/^# .*2022 preview form/m);
    expect(exports.ymlSeed).toMatch(/^type: registry$/m);
    expect(JSON.parse(exports.template).resources[0].type).toBe('Microsoft.MachineLearningServices/registries');
  });

  it('round-trips through the wizard import (CLI form) to the same registry settings', () => {
    const wire = makeWireRegistry();
    const { format, form } = importIntoWizard(registryExports(wire).ymlCli);
    expect(format).toBe('cli');
    // The PUT the wizard would send describes the registry that was exported.
    const recreated = registryPutBody(form);
    expect(specFromWire({ ...recreated, name: form.name })).toEqual(specFromWire(wire));
  });

  it('round-trips the 2022 form to the same name, resource group and regions', () => {
    const wire = makeWireRegistry({ resourceGroup: 'Contoso-ML' });
    const { format, form } = importIntoWizard(registryExports(wire).ymlSeed);
    expect(format).toBe('seed');
    expect(form).toMatchObject({ name: wire.name, resourceGroup: { name: 'Contoso-ML' }, primaryRegion: 'eastus', additionalRegions: ['westus'] });
  });

  it('exports a template whose parameters reproduce the same settings', () => {
    const wire = makeWireRegistry();
    const exports = registryExports(wire);
    const parameters = JSON.parse(exports.parameters).parameters as Record<string, { value: unknown }>;
    const spec = specFromWire(wire);
    expect(parameters.registryName.value).toBe(wire.name);
    expect(parameters.location.value).toBe(spec.primaryRegion);
    expect(parameters.additionalLocation1.value).toBe('westus');
    expect(parameters.additionalLocation1StorageAccountType.value).toBe('Standard_GRS');
    expect(parameters.additionalLocation1StorageAccountHnsEnabled.value).toBe(true);
    expect(parameters.publicNetworkAccess.value).toBe('Disabled');
    expect(parameters.tags.value).toEqual({ team: 'ml-platform', description: 'Shared models for Contoso' });
  });
});
