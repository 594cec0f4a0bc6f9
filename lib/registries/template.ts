// ARM deployment templates for a registry: the wizard's "Download a template for automation", the
// deployment the create action submits, and the export of an existing registry.
// Expressions stay inside the subset the emulator's template engine evaluates: `[parameters('x')]`,
// `[variables('x')]`, `[resourceGroup().location]`, `[concat(...)]`, plus `dependsOn`. No copy loops,
// so every region is a literal regionDetails element whose values are parameter references.
import { STORAGE_ACCOUNT_TYPES } from '@/lib/arm-facts/storage-account-types';
import type { WireRegistry } from '@/lib/arm/wire-types';
import { API_VERSIONS } from '@/lib/arm-facts/api-versions';
import { REGISTRY_RESOURCE_TYPE } from '@/lib/arm-facts/resource-types';
import { REGISTRY_ACR_SKU } from './registry-body';
import { specArmTags, specFromForm, specFromWire, type RegistrySpec, type RegistrySpecFields } from './registry-spec';

/** `$schema` of a deployment template. */
export const DEPLOYMENT_TEMPLATE_SCHEMA = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#';
/** `$schema` of a parameters file. */
export const DEPLOYMENT_PARAMETERS_SCHEMA =
  'https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#';

/** A template parameter declaration. */
export interface TemplateParameter {
  type: 'string' | 'bool' | 'object';
  defaultValue?: unknown;
  allowedValues?: readonly string[];
  minLength?: number;
  maxLength?: number;
  metadata: { description: string };
}

/** An ARM deployment template (the parts this module writes). */
export interface DeploymentTemplate {
  $schema: string;
  contentVersion: string;
  parameters: Record<string, TemplateParameter>;
  variables: Record<string, unknown>;
  resources: Record<string, unknown>[];
}

/** Parameter values as a deployment's `properties.parameters` takes them. */
export type DeploymentParameterValues = Record<string, { value: unknown }>;

/** A template and the values that deploy the registry it describes. */
export interface DeploymentTemplateBundle {
  template: DeploymentTemplate;
  parameters: DeploymentParameterValues;
}

const ref = (name: string) => `[parameters('${name}')]`;

// Per-region parameter names: the primary uses `location`; additional region n uses `additionalLocation{n}`.
function regionParameterNames(index: number) {
  const prefix = index === 0 ? 'primary' : `additionalLocation${index}`;
  return {
    location: index === 0 ? 'location' : `additionalLocation${index}`,
    storageType: `${prefix}StorageAccountType`,
    hns: `${prefix}StorageAccountHnsEnabled`,
  };
}

/** The template and parameter values for a spec. Same input, same output, key order included. */
export function templateFromSpec(spec: RegistrySpec): DeploymentTemplateBundle {
  const regions = [spec.primaryRegion, ...spec.additionalRegions];
  const parameters: Record<string, TemplateParameter> = {
    registryName: {
      type: 'string',
      minLength: 3,
      maxLength: 32,
      metadata: { description: 'Registry name: part of every asset id, cannot be changed.' },
    },
    location: {
      type: 'string',
      defaultValue: '[resourceGroup().location]',
      metadata: { description: 'Primary region (permanent).' },
    },
  };
  const values: DeploymentParameterValues = { registryName: { value: spec.name }, location: { value: spec.primaryRegion } };
  const regionDetails = regions.map((region, index) => {
    const names = regionParameterNames(index);
    if (index > 0) {
      parameters[names.location] = { type: 'string', metadata: { description: `Additional region ${index}.` } };
      values[names.location] = { value: region };
    }
    const where = index === 0 ? 'the primary region' : `additional region ${index}`;
    parameters[names.storageType] = {
      type: 'string',
      defaultValue: 'Standard_LRS',
      allowedValues: STORAGE_ACCOUNT_TYPES,
      metadata: { description: `Storage account type in ${where}.` },
    };
    parameters[names.hns] = {
      type: 'bool',
      defaultValue: false,
      metadata: { description: `Hierarchical namespace on the storage account in ${where}.` },
    };
    values[names.storageType] = { value: spec.storage[region].type };
    values[names.hns] = { value: spec.storage[region].hns };
    return {
      location: ref(names.location),
      acrDetails: "[variables('acrDetails')]",
      storageAccountDetails: [
        { systemCreatedStorageAccount: { storageAccountType: ref(names.storageType), storageAccountHnsEnabled: ref(names.hns) } },
      ],
    };
  });
  parameters.publicNetworkAccess = {
    type: 'string',
    defaultValue: 'Enabled',
    allowedValues: ['Enabled', 'Disabled'],
    metadata: { description: 'Whether the registry is reachable from public networks.' },
  };
  parameters.tags = {
    type: 'object',
    defaultValue: {},
    metadata: { description: 'Tags; the description travels as the "description" tag.' },
  };
  values.publicNetworkAccess = { value: spec.publicNetworkAccess };
  values.tags = { value: specArmTags(spec) };

  const template: DeploymentTemplate = {
    $schema: DEPLOYMENT_TEMPLATE_SCHEMA,
    contentVersion: '1.0.0.0',
    parameters,
    // One Premium ACR geo-replicated to every region (ARM contract §5): the same entry in each region.
    variables: { acrDetails: [{ systemCreatedAcrAccount: { acrAccountSku: REGISTRY_ACR_SKU } }] },
    resources: [
      {
        type: REGISTRY_RESOURCE_TYPE,
        // Templates pin the same api-version the console sends (ARM contract §1).
        apiVersion: API_VERSIONS.registries,
        name: ref('registryName'),
        location: ref('location'),
        tags: ref('tags'),
        identity: { type: 'SystemAssigned' },
        properties: { publicNetworkAccess: ref('publicNetworkAccess'), regionDetails },
      },
    ],
  };
  return { template, parameters: values };
}

/** The template and parameters for the wizard's values. */
export function buildDeploymentTemplate(form: RegistrySpecFields): DeploymentTemplateBundle {
  return templateFromSpec(specFromForm(form));
}

/** The template of an existing registry as it is now (server-filled names and ids left out). */
export function templateFromRegistry(wire: WireRegistry): DeploymentTemplateBundle {
  return templateFromSpec(specFromWire(wire));
}

/** A downloadable parameters file (`azuredeploy.parameters.json`). */
export function deploymentParametersFile(parameters: DeploymentParameterValues) {
  return { $schema: DEPLOYMENT_PARAMETERS_SCHEMA, contentVersion: '1.0.0.0', parameters };
}

/** The body of PUT …/deployments/{name} (ARM contract §3): incremental mode, inline template. */
export function deploymentRequestBody(bundle: DeploymentTemplateBundle) {
  return { properties: { mode: 'Incremental' as const, template: bundle.template, parameters: bundle.parameters } };
}
