import { describe, expect, it } from 'vitest';
import { emptyCreateRegistryForm, type CreateRegistryForm } from './create-registry-schema';
import { registryPutBody } from './registry-body';
import { buildDeploymentTemplate, deploymentParametersFile, deploymentRequestBody, templateFromRegistry } from './template';
import { makeWireRegistry } from './wire-registry.fixture';

function form(overrides: Partial<CreateRegistryForm> = {}): CreateRegistryForm {
  return {
    ...emptyCreateRegistryForm(),
    subscriptionId: '5f1a9c3e-2b7d-4e8f-9a6b-1c2d3e4f5a6b',
    resourceGroup: { mode: 'existing', name: 'rg-ml' },
    name: `reg${crypto.randomUUID().slice(0, 8)}`,
    primaryRegion: 'eastus',
    ...overrides,
  };
}

// Every string that is an ARM expression ("[...]", not the "[[" escape), anywhere in the template.
function expressions(value: unknown, found: string[] = []): string[] {
  if (typeof value === 'string' && value.startsWith('[') && !value.startsWith('[[')) found.push(value);
  else if (Array.isArray(value)) value.forEach((v) => expressions(v, found));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => expressions(v, found));
  return found;
}

// The emulator's template engine: parameters('x'), variables('x'), resourceGroup().location, concat(...).
const ARG = String.raw`(?:parameters\('[A-Za-z0-9]+'\)|variables\('[A-Za-z0-9]+'\)|resourceGroup\(\)\.location|'[^']*')`;
const IN_SUBSET = new RegExp(String.raw`^\[(?:${ARG}|concat\(${ARG}(?:, ?${ARG})*\))\]$`);

describe('buildDeploymentTemplate', () => {
  it('builds a one-region template with only the supported expressions', () => {
    const f = form({ description: 'Models', tags: [{ name: 'team', value: 'ml' }] });
    const { template, parameters } = buildDeploymentTemplate(f);
    expect(template.$schema).toBe('https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#');
    expect(template.contentVersion).toBe('1.0.0.0');
    const [resource] = template.resources;
    expect(template.resources).toHaveLength(1);
    expect(resource).toMatchObject({ type: 'Microsoft.MachineLearningServices/registries', apiVersion: '2025-09-01', name: "[parameters('registryName')]", identity: { type: 'SystemAssigned' } });
    for (const expression of expressions(template)) expect(expression).toMatch(IN_SUBSET);
    expect(JSON.stringify(template)).not.toMatch(/"copy"|copyIndex/);
    expect(parameters).toEqual({
      registryName: { value: f.name },
      location: { value: 'eastus' },
      primaryStorageAccountType: { value: 'Standard_LRS' },
      primaryStorageAccountHnsEnabled: { value: false },
      publicNetworkAccess: { value: 'Enabled' },
      tags: { value: { team: 'ml', description: 'Models' } },
    });
  });

  it('writes one literal regionDetails element per region for several regions', () => {
    const f = form({
      additionalRegions: ['westus', 'westeurope'],
      advanced: { storage: { westeurope: { type: 'Premium_ZRS', hns: true } }, publicNetworkAccess: 'Disabled' },
    });
    const { template, parameters } = buildDeploymentTemplate(f);
    const regionDetails = (template.resources[0].properties as { regionDetails: unknown[] }).regionDetails;
    expect(regionDetails).toEqual([0, 1, 2].map((i) => {
      const prefix = i === 0 ? 'primary' : `additionalLocation${i}`;
      return {
        location: i === 0 ? "[parameters('location')]" : `[parameters('additionalLocation${i}')]`,
        acrDetails: "[variables('acrDetails')]",
        storageAccountDetails: [{ systemCreatedStorageAccount: { storageAccountType: `[parameters('${prefix}StorageAccountType')]`, storageAccountHnsEnabled: `[parameters('${prefix}StorageAccountHnsEnabled')]` } }],
      };
    }));
    expect(template.variables.acrDetails).toEqual([{ systemCreatedAcrAccount: { acrAccountSku: 'Premium' } }]);
    expect(parameters.additionalLocation2).toEqual({ value: 'westeurope' });
    expect(parameters.additionalLocation2StorageAccountType).toEqual({ value: 'Premium_ZRS' });
    expect(parameters.additionalLocation2StorageAccountHnsEnabled).toEqual({ value: true });
    expect(parameters.additionalLocation1StorageAccountType).toEqual({ value: 'Standard_LRS' });
    expect(parameters.publicNetworkAccess).toEqual({ value: 'Disabled' });
    // Every referenced parameter is declared and given a value; every declared one is used.
    const referenced = new Set(expressions(template).flatMap((e) => [...e.matchAll(/parameters\('([A-Za-z0-9]+)'\)/g)].map((m) => m[1])));
    expect([...referenced].sort()).toEqual(Object.keys(template.parameters).sort());
    expect(Object.keys(parameters).sort()).toEqual(Object.keys(template.parameters).sort());
    for (const expression of expressions(template)) expect(expression).toMatch(IN_SUBSET);
  });

  it('is deterministic, key order included', () => {
    const f = form({ additionalRegions: ['westus'] });
    expect(JSON.stringify(buildDeploymentTemplate(f))).toBe(JSON.stringify(buildDeploymentTemplate(structuredClone(f))));
  });

  it('wraps parameters for download and for the deployment PUT', () => {
    const bundle = buildDeploymentTemplate(form());
    expect(deploymentParametersFile(bundle.parameters)).toMatchObject({ $schema: expect.stringContaining('deploymentParameters.json#'), parameters: bundle.parameters });
    expect(deploymentRequestBody(bundle)).toEqual({ properties: { mode: 'Incremental', template: bundle.template, parameters: bundle.parameters } });
  });
});

describe('templateFromRegistry', () => {
  it('exports an existing registry without server-filled fields', () => {
    const wire = makeWireRegistry();
    const { template, parameters } = templateFromRegistry(wire);
    const text = JSON.stringify(template) + JSON.stringify(parameters);
    for (const serverField of ['mlstorageaccount', 'mlacraccount', 'armResourceId', 'discoveryUrl', 'managedResourceGroup', 'systemData', 'principalId']) {
      expect(text).not.toContain(serverField);
    }
    expect(parameters).toMatchObject({
      registryName: { value: wire.name },
      location: { value: 'eastus' },
      additionalLocation1: { value: 'westus' },
      additionalLocation1StorageAccountType: { value: 'Standard_GRS' },
      additionalLocation1StorageAccountHnsEnabled: { value: true },
      publicNetworkAccess: { value: 'Disabled' },
      tags: { value: { team: 'ml-platform', description: 'Shared models for Contoso' } },
    });
  });
});

describe('registryPutBody', () => {
  it('is the minimal client PUT with a regionDetails entry per region', () => {
    const f = form({
      description: 'Shared',
      additionalRegions: ['westus', 'northeurope'],
      advanced: { storage: { westus: { type: 'Standard_RAGZRS', hns: true } }, publicNetworkAccess: 'Disabled' },
      tags: [{ name: 'cost-center', value: '42' }],
    });
    const region = (location: string, type: string, hns: boolean) => ({
      location,
      acrDetails: [{ systemCreatedAcrAccount: { acrAccountSku: 'Premium' } }],
      storageAccountDetails: [{ systemCreatedStorageAccount: { storageAccountType: type, storageAccountHnsEnabled: hns } }],
    });
    expect(registryPutBody(f)).toEqual({
      location: 'eastus',
      tags: { 'cost-center': '42', description: 'Shared' },
      identity: { type: 'SystemAssigned' },
      properties: {
        publicNetworkAccess: 'Disabled',
        regionDetails: [region('eastus', 'Standard_LRS', false), region('westus', 'Standard_RAGZRS', true), region('northeurope', 'Standard_LRS', false)],
      },
    });
  });

  it('leaves out a blank description', () => {
    expect(registryPutBody(form({ description: '   ' })).tags).toEqual({});
  });
});
