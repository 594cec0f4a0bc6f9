// The settings a registry is made of, independent of where they came from (wizard form or ARM GET).
// The PUT body, the ARM template and registry.yml are all written from this one shape.
import { STORAGE_ACCOUNT_TYPES, type StorageAccountType } from '@/lib/arm-facts/storage-account-types';
import type { WireRegistry } from '@/lib/arm/wire-types';
import {
  DEFAULT_STORAGE_SETTING,
  storageSettingFor,
  type CreateRegistryForm,
  type StorageSetting,
} from './create-registry-schema';
import { mergeDescription, splitDescription } from './description';
import { normalizeLocation } from './regions';
import { rowsToTags } from './tags';

/** Everything a user decides about a registry. `storage` holds an entry for every region. */
export interface RegistrySpec {
  name: string;
  primaryRegion: string;
  additionalRegions: string[];
  storage: Record<string, StorageSetting>;
  publicNetworkAccess: 'Enabled' | 'Disabled';
  /** User tags, without the description tag. */
  tags: Record<string, string>;
  description: string;
}

/** The form fields a spec is built from (the create form has more: subscription and resource group). */
export type RegistrySpecFields = Pick<
  CreateRegistryForm,
  'name' | 'primaryRegion' | 'additionalRegions' | 'advanced' | 'tags' | 'description'
>;

/** Canonical casing of a storage account type ("standard_lrs" → "Standard_LRS"); null when unknown. */
export function canonicalStorageType(value: string | null | undefined): StorageAccountType | null {
  const lower = (value ?? '').toLowerCase();
  return STORAGE_ACCOUNT_TYPES.find((t) => t.toLowerCase() === lower) ?? null;
}

/** The public network access value, case-insensitively; absent means Enabled (the CLI's default, ARM contract §6). */
export function canonicalPublicNetworkAccess(value: string | null | undefined): 'Enabled' | 'Disabled' {
  return (value ?? '').toLowerCase() === 'disabled' ? 'Disabled' : 'Enabled';
}

/** All regions of a spec, primary first. */
export function specRegions(spec: Pick<RegistrySpec, 'primaryRegion' | 'additionalRegions'>): string[] {
  return [spec.primaryRegion, ...spec.additionalRegions];
}

/** A spec from wizard values; regions the form holds no storage settings for get the defaults. */
export function specFromForm(form: RegistrySpecFields): RegistrySpec {
  const regions = [form.primaryRegion, ...form.additionalRegions];
  return {
    name: form.name,
    primaryRegion: form.primaryRegion,
    additionalRegions: [...form.additionalRegions],
    storage: Object.fromEntries(regions.map((r) => [r, { ...storageSettingFor(form.advanced, r) }])),
    publicNetworkAccess: form.advanced.publicNetworkAccess,
    tags: rowsToTags(form.tags),
    description: form.description ?? '',
  };
}

/**
 * A spec from a registry as ARM returns it. Each region's first system-created storage account gives its
 * settings; an unknown storage type reads as the default. Server-filled names and ids are not part of it.
 */
export function specFromWire(wire: WireRegistry): RegistrySpec {
  const primaryRegion = normalizeLocation(wire.location);
  const storage: Record<string, StorageSetting> = { [primaryRegion]: { ...DEFAULT_STORAGE_SETTING } };
  const additionalRegions: string[] = [];
  for (const detail of wire.properties.regionDetails ?? []) {
    if (!detail.location) continue;
    const region = normalizeLocation(detail.location);
    const account = detail.storageAccountDetails?.[0]?.systemCreatedStorageAccount;
    storage[region] = {
      type: canonicalStorageType(account?.storageAccountType) ?? DEFAULT_STORAGE_SETTING.type,
      hns: account?.storageAccountHnsEnabled ?? false,
    };
    if (region !== primaryRegion && !additionalRegions.includes(region)) additionalRegions.push(region);
  }
  const { description, tags } = splitDescription(wire.tags);
  return {
    name: wire.name ?? '',
    primaryRegion,
    additionalRegions,
    storage,
    publicNetworkAccess: canonicalPublicNetworkAccess(wire.properties.publicNetworkAccess),
    tags,
    description,
  };
}

/** The ARM tags of a spec: the user's tags plus the description tag. */
export function specArmTags(spec: Pick<RegistrySpec, 'tags' | 'description'>): Record<string, string> {
  return mergeDescription(spec.tags, spec.description);
}
