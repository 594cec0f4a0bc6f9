// POST /_emulator/bulk-seed {subscriptions, registries, prefix?}: fills the emulator for scale tests
// and the benchmark (issue 4) — N Registered subscriptions with the seeded principals' role assignments
// (as the demo subscriptions have them) and M registries already provisioned, spread across them. One
// transaction, no simulated provisioning: each registry is stored with its managed resource group,
// storage accounts, ACR and replications already Succeeded, so a GET, a list and Resource Graph show
// exactly what they show for a registry that finished provisioning. Idempotent per prefix.
import { randomUUID } from 'node:crypto';
import type { Emulator } from '../context';
import { PROVIDERS } from '../data/resource-providers';
import { invalidRequestContent } from '../errors';
import { containerRegistryResource, replicationResource, storageAccountResource, type ChildPlacement } from '../provisioning/managed-resources';
import { containerRegistryName, managedResourceGroupName, storageAccountName } from '../provisioning/names';
import { SEED_PRINCIPAL_LIST } from '../seed/principals';
import { setRegistration } from '../store/providers';
import { idKey, insertRegistry, registryId, registryNameKeysWithPrefix } from '../store/registries';
import { upsertResourceGroup } from '../store/resource-groups';
import type { ResourceRecord } from '../store/resources';
import { insertResource } from '../store/resources';
import { getRoleAssignment, insertRoleAssignment } from '../store/role-assignments';
import { upsertSubscription } from '../store/subscriptions';
import type { BulkRegistry, BulkSubscription } from './bulk-seed-plan';
import { bulkRegistry, bulkSubscription, stableGuid } from './bulk-seed-plan';

/** What to create. */
export interface BulkSeedInput {
  subscriptions: number;
  registries: number;
  prefix: string;
}

/** What the seed did. */
export interface BulkSeedResult {
  prefix: string;
  subscriptions: { subscriptionId: string; displayName: string }[];
  registries: { requested: number; created: number; existing: number };
  elapsedMs: number;
}

const MAX_SUBSCRIPTIONS = 1000;
const MAX_REGISTRIES = 50_000;
const PREFIX = /^[a-zA-Z0-9][a-zA-Z0-9-]{0,19}$/;

/** Validates the request body; 400 InvalidRequestContent names the bad field. */
export function parseBulkSeedInput(body: unknown): BulkSeedInput {
  const b = (body ?? {}) as Record<string, unknown>;
  const count = (v: unknown, name: string, min: number, max: number) => {
    if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) throw invalidRequestContent(`Property '${name}' must be an integer between ${min} and ${max}`);
    return v;
  };
  const prefix = b.prefix ?? 'bulk';
  if (typeof prefix !== 'string' || !PREFIX.test(prefix)) throw invalidRequestContent("Property 'prefix' must be 1-20 letters, digits or dashes, starting with a letter or digit");
  return { subscriptions: count(b.subscriptions, 'subscriptions', 1, MAX_SUBSCRIPTIONS), registries: count(b.registries, 'registries', 0, MAX_REGISTRIES), prefix };
}

function seedSubscription(emulator: Emulator, sub: BulkSubscription, nowIso: string, now: number): void {
  const db = emulator.db;
  upsertSubscription(db, { id: sub.id, displayName: sub.displayName, state: 'Enabled', quotaId: 'EnterpriseAgreement_2014-09-01', spendingLimit: 'Off', tags: {} });
  for (const provider of PROVIDERS) setRegistration(db, sub.id, provider.namespace, provider.namespace === 'Microsoft.MachineLearningServices' || provider.registeredByDefault ? 'Registered' : 'NotRegistered');
  for (const rg of sub.resourceGroups) upsertResourceGroup(db, { subscriptionId: sub.id, ...rg, managedBy: null, state: 'Succeeded', createdAt: now });
  for (const p of SEED_PRINCIPAL_LIST) {
    if (!p.roleDefinitionId) continue;
    const id = stableGuid(`bulk-seed:assignment:${sub.id}:${p.id}`);
    if (getRoleAssignment(db, id)) continue;
    insertRoleAssignment(db, { id, scope: `/subscriptions/${sub.id}`, principalId: p.id, principalType: 'User', roleDefinitionId: p.roleDefinitionId, createdAt: nowIso });
  }
}

// The children a finished create leaves behind (provisioning/plan-create.ts), already Succeeded.
function provisionedChildren(r: BulkRegistry, managedResourceGroup: string): ResourceRecord[] {
  const placement: ChildPlacement = {
    subscriptionId: r.subscriptionId,
    managedResourceGroup,
    ownerKey: idKey(registryId(r.subscriptionId, r.resourceGroup, r.name)),
    operationId: randomUUID(),
    tags: r.spec.tags,
    createdAt: r.createdAt,
    dueAt: r.createdAt,
  };
  const acr = containerRegistryResource(placement, containerRegistryName(r.name), r.location);
  const children = [
    ...r.spec.regions.flatMap((region) => region.storage.map((s) => storageAccountResource(placement, storageAccountName(r.name), region.location, s))),
    acr,
    ...r.spec.regions.slice(1).map((region) => replicationResource(placement, acr.id, region.location)),
  ];
  return children.map((c) => ({ ...c, provisioningState: 'Succeeded', dueAt: null, nextState: null, error: undefined }));
}

function seedRegistry(emulator: Emulator, r: BulkRegistry): void {
  const db = emulator.db;
  const id = registryId(r.subscriptionId, r.resourceGroup, r.name);
  const managedResourceGroup = managedResourceGroupName(r.name);
  insertRegistry(db, {
    idKey: idKey(id),
    name: r.name,
    subscriptionId: r.subscriptionId,
    resourceGroup: r.resourceGroup,
    location: r.location,
    spec: r.spec,
    managedResourceGroup,
    identityPrincipalId: randomUUID(),
    systemData: r.systemData,
    createdAt: r.createdAt,
  });
  upsertResourceGroup(db, { subscriptionId: r.subscriptionId, name: managedResourceGroup, location: r.location, tags: r.spec.tags, managedBy: id, state: 'Succeeded', createdAt: r.createdAt });
  for (const child of provisionedChildren(r, managedResourceGroup)) insertResource(db, child);
}

/** Creates what `input` asks for that does not exist yet, in one transaction. */
export function bulkSeed(emulator: Emulator, input: BulkSeedInput): BulkSeedResult {
  const started = Date.now();
  const now = emulator.clock();
  const subscriptions = Array.from({ length: input.subscriptions }, (_, i) => bulkSubscription(input.prefix, i));
  let created = 0;
  emulator.db.transaction(() => {
    const nowIso = new Date(now).toISOString();
    for (const sub of subscriptions) seedSubscription(emulator, sub, nowIso, now);
    const existing = registryNameKeysWithPrefix(emulator.db, `${input.prefix}-reg-`);
    for (let i = 0; i < input.registries; i++) {
      const r = bulkRegistry(input.prefix, i, subscriptions, now);
      if (existing.has(r.name.toLowerCase())) continue;
      seedRegistry(emulator, r);
      created++;
    }
  })();
  return {
    prefix: input.prefix,
    subscriptions: subscriptions.map((s) => ({ subscriptionId: s.id, displayName: s.displayName })),
    registries: { requested: input.registries, created, existing: input.registries - created },
    elapsedMs: Date.now() - started,
  };
}
