// Seeded subscriptions and resource groups. Microsoft.MachineLearningServices is Registered in
// Production and Development and NotRegistered in Sandbox.

/** A seeded subscription. */
export interface SeedSubscription {
  id: string;
  displayName: string;
  quotaId: string;
  machineLearningRegistered: boolean;
}

/** The seeded subscriptions by short key. */
export const SEED_SUBSCRIPTIONS = {
  production: {
    id: 'a1b2c3d4-1111-4a5b-8c9d-0e1f2a3b4c01',
    displayName: 'Contoso ML Production',
    quotaId: 'EnterpriseAgreement_2014-09-01',
    machineLearningRegistered: true,
  },
  development: {
    id: 'a1b2c3d4-2222-4a5b-8c9d-0e1f2a3b4c02',
    displayName: 'Contoso ML Development',
    quotaId: 'MSDN_2014-09-01',
    machineLearningRegistered: true,
  },
  sandbox: {
    id: 'a1b2c3d4-3333-4a5b-8c9d-0e1f2a3b4c03',
    displayName: 'Contoso Sandbox',
    quotaId: 'PayAsYouGo_2014-09-01',
    machineLearningRegistered: false,
  },
} as const satisfies Record<string, SeedSubscription>;

/** The seeded subscriptions as a list. */
export const SEED_SUBSCRIPTION_LIST: readonly SeedSubscription[] = Object.values(SEED_SUBSCRIPTIONS);

/** A seeded resource group. */
export interface SeedResourceGroup {
  subscriptionId: string;
  name: string;
  location: string;
  tags: Record<string, string>;
}

/** The seeded (user) resource groups. Managed resource groups are created by registry provisioning. */
export const SEED_RESOURCE_GROUPS: readonly SeedResourceGroup[] = [
  { subscriptionId: SEED_SUBSCRIPTIONS.production.id, name: 'rg-ml-prod', location: 'eastus', tags: { environment: 'production' } },
  { subscriptionId: SEED_SUBSCRIPTIONS.production.id, name: 'rg-ml-shared', location: 'westeurope', tags: { environment: 'production', team: 'platform' } },
  { subscriptionId: SEED_SUBSCRIPTIONS.development.id, name: 'rg-ml-dev', location: 'westus2', tags: { environment: 'development' } },
  { subscriptionId: SEED_SUBSCRIPTIONS.development.id, name: 'rg-ml-experiments', location: 'northeurope', tags: { environment: 'development', team: 'research' } },
  { subscriptionId: SEED_SUBSCRIPTIONS.sandbox.id, name: 'rg-sandbox', location: 'eastus', tags: {} },
];
