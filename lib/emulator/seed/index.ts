// The seeded demo tenant's constants, for tests and the console (import from '@/lib/emulator/seed').
export { TENANT_ID, TENANT_DOMAIN } from './tenant';
export { SEED_PRINCIPALS, SEED_PRINCIPAL_LIST, type SeedPrincipal } from './principals';
export { SEED_SUBSCRIPTIONS, SEED_SUBSCRIPTION_LIST, SEED_RESOURCE_GROUPS, type SeedSubscription, type SeedResourceGroup } from './subscriptions';
export { SEED_REGISTRIES, type SeedRegistry } from './registries';
export { ROLE_IDS } from '../rbac/built-in-roles';
export { SEED_ASSETS, type SeedAsset, type SeedAssetVersion } from './assets';
