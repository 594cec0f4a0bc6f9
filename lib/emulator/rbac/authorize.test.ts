// RBAC evaluation: wildcard matching, notActions, inheritance from subscription to resource, over the
// seeded built-in role assignments.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../context';
import { seedDatabase } from '../seed/seed-database';
import { SEED_PRINCIPALS } from '../seed/principals';
import { SEED_SUBSCRIPTIONS } from '../seed/subscriptions';
import { openDatabase } from '../store/db';
import { actionMatches } from '../../arm-facts/rbac-match';
import { authorize, effectivePermissions, isAuthorized } from './authorize';

const sub = `/subscriptions/${SEED_SUBSCRIPTIONS.production.id}`;
const registry = `${sub}/resourceGroups/rg-ml-prod/providers/Microsoft.MachineLearningServices/registries/contoso-prod-registry`;
let emulator: Emulator;

beforeAll(() => {
  emulator = { db: openDatabase(':memory:'), config: { timeScale: 0, pageSize: 100, caPem: '', managedIdentity: 'owner@contoso.onmicrosoft.com' }, clock: () => Date.now(), provisioningFaultHooks: [], operationDelayHooks: [] };
  seedDatabase(emulator);
});
afterAll(() => emulator.db.close());

describe('actionMatches', () => {
  it('matches wildcards case-insensitively and only whole actions', () => {
    expect(actionMatches('*/read', 'Microsoft.MachineLearningServices/registries/read')).toBe(true);
    expect(actionMatches('Microsoft.Authorization/*/Write', 'microsoft.authorization/roleAssignments/write')).toBe(true);
    expect(actionMatches('*/read', 'Microsoft.MachineLearningServices/registries/write')).toBe(false);
    expect(actionMatches('Microsoft.MachineLearningServices/registries/assets/*', 'Microsoft.MachineLearningServices/registries/read')).toBe(false);
  });
});

describe('authorize', () => {
  const can = (who: keyof typeof SEED_PRINCIPALS, action: string, scope = registry) => isAuthorized(emulator.db, SEED_PRINCIPALS[who].id, action, scope);

  it('applies each built-in role, inherited from the subscription', () => {
    expect(can('owner', 'Microsoft.Authorization/roleAssignments/write')).toBe(true);
    expect(can('contributor', 'Microsoft.MachineLearningServices/registries/write')).toBe(true);
    expect(can('contributor', 'Microsoft.Authorization/roleAssignments/write')).toBe(false);
    expect(can('reader', 'Microsoft.MachineLearningServices/registries/read')).toBe(true);
    expect(can('reader', 'Microsoft.MachineLearningServices/registries/write')).toBe(false);
    expect(can('registryUser', 'Microsoft.MachineLearningServices/registries/assets/write')).toBe(true);
    expect(can('registryUser', 'Microsoft.MachineLearningServices/registries/delete')).toBe(false);
    expect(can('noRole', 'Microsoft.MachineLearningServices/registries/read')).toBe(false);
    expect(can('owner', 'Microsoft.MachineLearningServices/registries/read', '/subscriptions/00000000-0000-0000-0000-000000000000')).toBe(false);
  });

  it('reports effective permissions and throws ARM AuthorizationFailed', () => {
    expect(effectivePermissions(emulator.db, SEED_PRINCIPALS.reader.id, registry)).toEqual([{ actions: ['*/read'], notActions: [], dataActions: [], notDataActions: [] }]);
    const reader = { oid: SEED_PRINCIPALS.reader.id, upn: SEED_PRINCIPALS.reader.userPrincipalName };
    expect(() => authorize(emulator.db, reader, 'Microsoft.MachineLearningServices/registries/delete', registry)).toThrow(/does not have authorization to perform action/);
  });
});
