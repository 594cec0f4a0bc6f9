// Seeded registries: in different regions, some with additional regions. They are created through the
// registries resource provider with a clock set in the past, so they are fully provisioned
// (managed resource group, storage, ACR, replications Succeeded) when the emulator starts.
import { SEED_SUBSCRIPTIONS } from './subscriptions';

/** A seeded registry: primary location first in `regions`. */
export interface SeedRegistry {
  subscriptionId: string;
  resourceGroup: string;
  name: string;
  regions: string[];
  tags: Record<string, string>;
  publicNetworkAccess: 'Enabled' | 'Disabled';
}

const prod = SEED_SUBSCRIPTIONS.production.id;
const dev = SEED_SUBSCRIPTIONS.development.id;

/** The seeded registries. */
export const SEED_REGISTRIES: readonly SeedRegistry[] = [
  { subscriptionId: prod, resourceGroup: 'rg-ml-prod', name: 'contoso-prod-registry', regions: ['eastus', 'eastus2', 'westeurope'], tags: { environment: 'production', owner: 'ml-platform' }, publicNetworkAccess: 'Enabled' },
  { subscriptionId: prod, resourceGroup: 'rg-ml-prod', name: 'contoso-vision-models', regions: ['westus3'], tags: { environment: 'production', domain: 'vision' }, publicNetworkAccess: 'Disabled' },
  { subscriptionId: prod, resourceGroup: 'rg-ml-shared', name: 'contoso-shared-models', regions: ['westeurope', 'northeurope'], tags: { environment: 'production', team: 'platform' }, publicNetworkAccess: 'Enabled' },
  { subscriptionId: prod, resourceGroup: 'rg-ml-shared', name: 'contoso-asia-registry', regions: ['japaneast', 'southeastasia', 'australiaeast'], tags: { environment: 'production', geo: 'apac' }, publicNetworkAccess: 'Enabled' },
  { subscriptionId: dev, resourceGroup: 'rg-ml-dev', name: 'contoso-dev-registry', regions: ['westus2', 'eastus'], tags: { environment: 'development' }, publicNetworkAccess: 'Enabled' },
  { subscriptionId: dev, resourceGroup: 'rg-ml-experiments', name: 'nlp-experiments', regions: ['northeurope'], tags: { environment: 'development', domain: 'nlp' }, publicNetworkAccess: 'Enabled' },
  { subscriptionId: dev, resourceGroup: 'rg-ml-experiments', name: 'speech_research', regions: ['uksouth'], tags: { environment: 'development', domain: 'speech' }, publicNetworkAccess: 'Enabled' },
];
