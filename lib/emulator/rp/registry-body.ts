// Parses a registry PUT body (RegistryTrackedResource, arm-contract.md §1) into the stored spec.
// Server-filled fields a client echoes back after a GET (account names, armResourceId, discoveryUrl…)
// are accepted and ignored; user-created storage/ACR is rejected as the service does.
import { parseTags } from './tag-rules';
import { invalidRequestContent, userError } from '../errors';
import { normalizeLocation } from '../data/azure-regions';
import type { RegionSpec, RegistrySpec, StorageSpec } from '../store/registries';

const STORAGE_TYPES = ['Standard_LRS', 'Standard_GRS', 'Standard_RAGRS', 'Standard_ZRS', 'Standard_GZRS', 'Standard_RAGZRS', 'Premium_LRS', 'Premium_ZRS'];

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function optionalObject(v: unknown, path: string): Json | undefined {
  if (v === undefined || v === null) return undefined;
  if (!isObject(v)) throw invalidRequestContent(`Property '${path}' must be an object`);
  return v;
}

function optionalArray(v: unknown, path: string): unknown[] | undefined {
  if (v === undefined || v === null) return undefined;
  if (!Array.isArray(v)) throw invalidRequestContent(`Property '${path}' must be an array`);
  return v;
}

/** Parses `identity`; registries use a system-assigned identity. */
export function parseIdentityType(v: unknown): string {
  const identity = optionalObject(v, 'identity');
  if (!identity || identity.type === undefined) return 'SystemAssigned';
  if (identity.type !== 'SystemAssigned') throw userError(`Identity type '${String(identity.type)}' is not supported for registries; use 'SystemAssigned'.`, 'identity.type');
  return 'SystemAssigned';
}

/** Parses `sku` (name required when present). */
export function parseSku(v: unknown): RegistrySpec['sku'] {
  const sku = optionalObject(v, 'sku');
  if (!sku) return undefined;
  if (typeof sku.name !== 'string') throw invalidRequestContent("Property 'sku.name' must be a string");
  return sku as RegistrySpec['sku'];
}

function parseStorage(entry: unknown, path: string): StorageSpec {
  const e = optionalObject(entry, path) ?? {};
  if (e.userCreatedStorageAccount) throw userError('Invalid registry request: Creating registry using an existing storage account is not permitted');
  const s = optionalObject(e.systemCreatedStorageAccount, `${path}.systemCreatedStorageAccount`) ?? {};
  const rawType = s.storageAccountType ?? 'Standard_LRS';
  const type = typeof rawType === 'string' ? STORAGE_TYPES.find((t) => t.toLowerCase() === rawType.toLowerCase()) : undefined;
  if (!type) throw userError(`Invalid storageAccountType '${String(rawType)}'. Allowed values: ${STORAGE_TYPES.join(', ')}.`, `${path}.systemCreatedStorageAccount.storageAccountType`);
  for (const flag of ['storageAccountHnsEnabled', 'allowBlobPublicAccess'] as const) {
    if (s[flag] !== undefined && typeof s[flag] !== 'boolean') throw invalidRequestContent(`Property '${path}.systemCreatedStorageAccount.${flag}' must be a boolean`);
  }
  return { type, hnsEnabled: s.storageAccountHnsEnabled === true, allowBlobPublicAccess: s.allowBlobPublicAccess === true };
}

function parseRegion(entry: unknown, index: number): RegionSpec {
  const path = `properties.regionDetails[${index}]`;
  const r = optionalObject(entry, path) ?? {};
  if (typeof r.location !== 'string' || !r.location.trim()) throw invalidRequestContent(`Required property '${path}.location' not found in JSON`);
  let acrSku = 'Premium';
  for (const [i, acr] of (optionalArray(r.acrDetails, `${path}.acrDetails`) ?? []).entries()) {
    const a = optionalObject(acr, `${path}.acrDetails[${i}]`) ?? {};
    if (a.userCreatedAcrAccount) throw userError('Invalid registry request: Creating registry using an existing container registry is not permitted');
    const sku = (optionalObject(a.systemCreatedAcrAccount, `${path}.acrDetails[${i}].systemCreatedAcrAccount`) ?? {}).acrAccountSku ?? 'Premium';
    if (typeof sku !== 'string' || sku.toLowerCase() !== 'premium') throw userError(`Invalid acrAccountSku '${String(sku)}': registries require a Premium container registry.`);
    acrSku = 'Premium';
  }
  const storageEntries = optionalArray(r.storageAccountDetails, `${path}.storageAccountDetails`) ?? [{}];
  const storage = (storageEntries.length ? storageEntries : [{}]).map((s, i) => parseStorage(s, `${path}.storageAccountDetails[${i}]`));
  return { location: normalizeLocation(r.location), acrSku, storage };
}

/** Parses and normalises a PUT body; the primary region comes first in `regions`. */
export function parseRegistryBody(body: unknown): { location: string; spec: RegistrySpec } {
  if (!isObject(body)) throw invalidRequestContent('The request body must be a JSON object');
  if (typeof body.location !== 'string' || !body.location.trim()) throw invalidRequestContent("Required property 'location' not found in JSON");
  const properties = optionalObject(body.properties, 'properties');
  if (!properties) throw invalidRequestContent("Required property 'properties' not found in JSON");
  const location = normalizeLocation(body.location);
  const pna = properties.publicNetworkAccess;
  if (pna !== undefined && (typeof pna !== 'string' || !['enabled', 'disabled'].includes(pna.toLowerCase()))) {
    throw userError(`Invalid publicNetworkAccess '${String(pna)}'. Allowed values: Enabled, Disabled.`, 'properties.publicNetworkAccess');
  }
  const ipp = properties.intellectualPropertyPublisher;
  if (ipp !== undefined && ipp !== null && typeof ipp !== 'string') throw invalidRequestContent("Property 'properties.intellectualPropertyPublisher' must be a string");
  const rawRegions = optionalArray(properties.regionDetails, 'properties.regionDetails');
  const regions = rawRegions?.length ? rawRegions.map(parseRegion) : [{ location, acrSku: 'Premium', storage: [parseStorage({}, 'default')] }];
  const seen = new Set<string>();
  for (const r of regions) {
    if (seen.has(r.location)) throw userError(`Region '${r.location}' appears more than once in regionDetails.`, 'properties.regionDetails');
    seen.add(r.location);
  }
  const primary = regions.find((r) => r.location === location);
  if (!primary) throw userError(`The primary location '${location}' must be included in regionDetails.`, 'properties.regionDetails');
  const spec: RegistrySpec = {
    tags: parseTags(body.tags),
    kind: typeof body.kind === 'string' ? body.kind : undefined,
    sku: parseSku(body.sku),
    identityType: parseIdentityType(body.identity),
    publicNetworkAccess: typeof pna === 'string' ? (pna.toLowerCase() === 'disabled' ? 'Disabled' : 'Enabled') : 'Enabled',
    intellectualPropertyPublisher: typeof ipp === 'string' ? ipp : undefined,
    regions: [primary, ...regions.filter((r) => r !== primary)],
  };
  return { location, spec };
}
