// registry.yml export, in the current CLI form or the seed's 2022 form (ARM contract §6). What this writes,
// parseRegistryYml reads back to the same wizard values.
import { Document } from 'yaml';
import type { WireRegistry } from '@/lib/arm/wire-types';
import { parseArmId } from './arm-id';
import { specFromForm, specFromWire, specRegions, type RegistrySpec, type RegistrySpecFields } from './registry-spec';

/** The JSON schema the CLI form names in `$schema`. */
export const REGISTRY_YML_SCHEMA_URL = 'https://azuremlschemasprod.azureedge.net/latest/registry.schema.json';

/** Wizard values that registry.yml can carry; the seed form also carries the resource group. */
export type RegistryYmlSource = RegistrySpecFields & { resourceGroup?: { name: string } };

function render(value: Record<string, unknown>, comment?: string): string {
  const doc = new Document(value);
  if (comment) doc.commentBefore = comment;
  // lineWidth 0: never fold long descriptions, so the file diffs and round-trips cleanly.
  return doc.toString({ lineWidth: 0 });
}

function cliYml(spec: RegistrySpec): string {
  const body: Record<string, unknown> = { $schema: REGISTRY_YML_SCHEMA_URL, name: spec.name };
  if (spec.description !== '') body.description = spec.description;
  if (Object.keys(spec.tags).length > 0) body.tags = { ...spec.tags };
  body.location = spec.primaryRegion;
  body.public_network_access = spec.publicNetworkAccess.toLowerCase();
  body.replication_locations = specRegions(spec).map((region) => ({
    location: region,
    storage_config: {
      storage_account_hns: spec.storage[region].hns,
      storage_account_type: spec.storage[region].type.toLowerCase(),
      replication_count: 1,
    },
  }));
  return render(body);
}

function seedYml(spec: RegistrySpec, resourceGroup: string | null): string {
  const body: Record<string, unknown> = { type: 'registry', name: spec.name };
  if (spec.description !== '') body.description = spec.description;
  if (resourceGroup) body.resource_group = resourceGroup;
  body.primary_location = spec.primaryRegion;
  if (spec.additionalRegions.length > 0) body.locations = [...spec.additionalRegions];
  const lost = Object.keys(spec.tags).length > 0 || spec.publicNetworkAccess !== 'Enabled' ||
    specRegions(spec).some((r) => spec.storage[r].type !== 'Standard_LRS' || spec.storage[r].hns);
  const note = ' The 2022 preview form has no tags, storage settings or network access; use the CLI form to keep them.';
  return render(body, lost ? note : undefined);
}

/** registry.yml for wizard values, in the chosen form. */
export function toRegistryYml(form: RegistryYmlSource, format: 'cli' | 'seed'): string {
  const spec = specFromForm(form);
  return format === 'cli' ? cliYml(spec) : seedYml(spec, form.resourceGroup?.name || null);
}

/** registry.yml of an existing registry as ARM returns it (server-filled fields left out). */
export function registryYmlFromWire(wire: WireRegistry, format: 'cli' | 'seed'): string {
  const spec = specFromWire(wire);
  return format === 'cli' ? cliYml(spec) : seedYml(spec, parseArmId(wire.id)?.resourceGroup ?? null);
}
