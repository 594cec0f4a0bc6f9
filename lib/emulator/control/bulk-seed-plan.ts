// What a bulk seed creates, derived deterministically from (prefix, index) so a repeat with the same
// prefix names the same subscriptions, role assignments and registries (idempotent): subscriptions
// "{prefix} Subscription 001…", four resource groups in each, registries `{prefix}-reg-00001…` spread
// round-robin across them in realistic regions (every third with an additional region, every seventh
// with two), with tags, public network access and systemData as a team's real estate would have.
import { createHash } from 'node:crypto';
import type { RegistrySpec, SystemData } from '../store/registries';
import { SEED_PRINCIPALS } from '../seed/principals';

/** A GUID derived from a string (stable across runs). */
export function stableGuid(seed: string): string {
  const h = createHash('sha256').update(seed).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${((parseInt(h[16], 16) & 0x3) | 0x8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** One bulk subscription. */
export interface BulkSubscription {
  id: string;
  displayName: string;
  resourceGroups: { name: string; location: string; tags: Record<string, string> }[];
}

/** One bulk registry, ready to store. */
export interface BulkRegistry {
  name: string;
  subscriptionId: string;
  resourceGroup: string;
  location: string;
  spec: RegistrySpec;
  systemData: SystemData;
  createdAt: number;
}

const TEAMS = ['ml-platform', 'vision', 'nlp', 'research'];
const ENVIRONMENTS = ['production', 'development', 'staging'];
const PRIMARY_REGIONS = ['eastus', 'eastus2', 'westus2', 'westus3', 'westeurope', 'northeurope', 'uksouth', 'swedencentral', 'japaneast', 'southeastasia', 'australiaeast', 'canadacentral'];
const CREATORS = [SEED_PRINCIPALS.owner.userPrincipalName, SEED_PRINCIPALS.contributor.userPrincipalName];
const DAY = 86_400_000;

/** The subscription at `index` (0-based). */
export function bulkSubscription(prefix: string, index: number): BulkSubscription {
  const id = stableGuid(`bulk-seed:subscription:${prefix.toLowerCase()}:${index}`);
  return {
    id,
    displayName: `${prefix} Subscription ${String(index + 1).padStart(3, '0')}`,
    resourceGroups: TEAMS.map((team, k) => ({
      name: `${prefix}-rg-${team}`,
      location: PRIMARY_REGIONS[(index + k) % PRIMARY_REGIONS.length],
      tags: { team, environment: ENVIRONMENTS[k % ENVIRONMENTS.length] },
    })),
  };
}

/** The tenant-unique name of registry `index`. */
export function bulkRegistryName(prefix: string, index: number): string {
  return `${prefix}-reg-${String(index + 1).padStart(5, '0')}`;
}

function regionsFor(index: number): string[] {
  const primary = PRIMARY_REGIONS[index % PRIMARY_REGIONS.length];
  const extra = index % 7 === 0 ? 2 : index % 3 === 0 ? 1 : 0;
  const others = PRIMARY_REGIONS.filter((r) => r !== primary);
  return [primary, ...Array.from({ length: extra }, (_, k) => others[(index + k * 5) % others.length])];
}

/** Registry `index` placed in one of `subscriptions`, created at a time spread over the last 180 days. */
export function bulkRegistry(prefix: string, index: number, subscriptions: BulkSubscription[], now: number): BulkRegistry {
  const sub = subscriptions[index % subscriptions.length];
  const rg = sub.resourceGroups[Math.floor(index / subscriptions.length) % sub.resourceGroups.length];
  const regions = regionsFor(index);
  const createdAt = now - (index % 180) * DAY - (index % 24) * 3_600_000 - 3_600_000;
  const creator = CREATORS[index % CREATORS.length];
  const at = new Date(createdAt).toISOString();
  return {
    name: bulkRegistryName(prefix, index),
    subscriptionId: sub.id,
    resourceGroup: rg.name,
    location: regions[0],
    createdAt,
    systemData: { createdBy: creator, createdByType: 'User', createdAt: at, lastModifiedBy: creator, lastModifiedByType: 'User', lastModifiedAt: at },
    spec: {
      tags: { environment: ENVIRONMENTS[index % ENVIRONMENTS.length], team: rg.tags.team, costCenter: `cc-${1000 + (index % 50)}` },
      identityType: 'SystemAssigned',
      publicNetworkAccess: index % 5 === 4 ? 'Disabled' : 'Enabled',
      regions: regions.map((location) => ({ location, acrSku: 'Premium', storage: [{ type: 'Standard_LRS', hnsEnabled: false, allowBlobPublicAccess: false }] })),
    },
  };
}
