// Seeds the demo tenant on first start (and after --reset): built-in roles, principals, subscriptions
// with provider registrations, role assignments at subscription scope, resource groups, and registries
// created through the registries RP with a clock two hours in the past — so by "now" their managed
// resource groups, storage, ACR and replications have all Succeeded through the normal code path.
import { randomUUID } from 'node:crypto';
import type { Caller, Emulator, RpContext } from '../context';
import { PROVIDERS } from '../data/resource-providers';
import { settle } from '../provisioning/settle';
import { BUILT_IN_ROLES } from '../rbac/built-in-roles';
import { registriesRp } from '../rp/registries-provider';
import { getSetting, setSetting } from '../store/db';
import { upsertPrincipal } from '../store/principals';
import { setRegistration } from '../store/providers';
import { upsertResourceGroup } from '../store/resource-groups';
import { insertRoleAssignment } from '../store/role-assignments';
import { upsertRoleDefinition } from '../store/role-definitions';
import { upsertSubscription } from '../store/subscriptions';
import { SEED_PRINCIPALS, SEED_PRINCIPAL_LIST } from './principals';
import type { SeedRegistry } from './registries';
import { seedAssets } from './seed-assets';
import { SEED_REGISTRIES } from './registries';
import { SEED_RESOURCE_GROUPS, SEED_SUBSCRIPTION_LIST } from './subscriptions';
import { TENANT_ID } from './tenant';

const SEEDED_AT = 'seeded_at';
const HOUR = 3_600_000;

function seedDirectory(emulator: Emulator, now: number): void {
  const db = emulator.db;
  const iso = new Date(now - 24 * HOUR).toISOString();
  for (const role of BUILT_IN_ROLES) upsertRoleDefinition(db, role, iso);
  for (const p of SEED_PRINCIPAL_LIST) upsertPrincipal(db, { id: p.id, upn: p.userPrincipalName, displayName: p.displayName, principalType: 'User' });
  for (const s of SEED_SUBSCRIPTION_LIST) {
    upsertSubscription(db, { id: s.id, displayName: s.displayName, state: 'Enabled', quotaId: s.quotaId, spendingLimit: 'Off', tags: {} });
    for (const provider of PROVIDERS) {
      const registered = provider.namespace === 'Microsoft.MachineLearningServices' ? s.machineLearningRegistered : provider.registeredByDefault;
      setRegistration(db, s.id, provider.namespace, registered ? 'Registered' : 'NotRegistered');
    }
    for (const p of SEED_PRINCIPAL_LIST) {
      if (!p.roleDefinitionId) continue;
      insertRoleAssignment(db, {
        id: randomUUID(),
        scope: `/subscriptions/${s.id}`,
        principalId: p.id,
        principalType: 'User',
        roleDefinitionId: p.roleDefinitionId,
        createdAt: iso,
        createdBy: SEED_PRINCIPALS.owner.id,
      });
    }
  }
  for (const rg of SEED_RESOURCE_GROUPS) {
    upsertResourceGroup(db, { ...rg, managedBy: null, state: 'Succeeded', createdAt: now - 24 * HOUR });
  }
}

function registryBody(r: SeedRegistry): Record<string, unknown> {
  return {
    location: r.regions[0],
    tags: r.tags,
    identity: { type: 'SystemAssigned' },
    properties: {
      publicNetworkAccess: r.publicNetworkAccess,
      regionDetails: r.regions.map((location) => ({
        location,
        acrDetails: [{ systemCreatedAcrAccount: { acrAccountSku: 'Premium' } }],
        storageAccountDetails: [{ systemCreatedStorageAccount: { storageAccountType: 'Standard_LRS', storageAccountHnsEnabled: false } }],
      })),
    },
  };
}

/** Writes the demo tenant into an empty database. */
export function seedDatabase(emulator: Emulator): void {
  const now = emulator.clock();
  emulator.db.transaction(() => seedDirectory(emulator, now))();
  const owner = SEED_PRINCIPALS.owner;
  const caller: Caller = { oid: owner.id, upn: owner.userPrincipalName, name: owner.displayName, tid: TENANT_ID };
  SEED_REGISTRIES.forEach((r, i) => {
    const ctx: RpContext = { emulator, caller, baseUrl: 'http://127.0.0.1', apiVersion: '2025-09-01', now: now - 2 * HOUR + i * 60_000 };
    registriesRp.createOrUpdate(ctx, { subscriptionId: r.subscriptionId, resourceGroup: r.resourceGroup, name: r.name, body: registryBody(r) });
  });
  settle(emulator, now);
  seedAssets(emulator, caller, now);
  setSetting(emulator.db, SEEDED_AT, new Date(now).toISOString());
}

/** Seeds the database unless it already holds the demo tenant. */
export function ensureSeeded(emulator: Emulator): void {
  if (!getSetting(emulator.db, SEEDED_AT)) seedDatabase(emulator);
}
