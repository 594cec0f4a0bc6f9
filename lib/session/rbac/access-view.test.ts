import { describe, expect, it } from 'vitest';
import type { WireRoleAssignment, WireRoleDefinition } from '@/lib/arm/wire-types';
import { effectiveAccess, scopeContains, toAssignmentViews, toRoleView } from './access-view';
import { CONSOLE_ACTIONS } from './console-actions';
import { ONE_CLICK_ROLES, oneClickRoleProperties } from './one-click-roles';

const SUB = '/subscriptions/11111111-1111-1111-1111-111111111111';
const RG = `${SUB}/resourceGroups/ml-rg`;
const REG = `${RG}/providers/Microsoft.MachineLearningServices/registries/shared`;

function definition(guid: string, roleName: string, actions: string[], type: 'BuiltInRole' | 'CustomRole' = 'BuiltInRole'): WireRoleDefinition {
  return {
    id: `${SUB}/providers/Microsoft.Authorization/roleDefinitions/${guid}`,
    name: guid,
    type: 'Microsoft.Authorization/roleDefinitions',
    properties: { roleName, type, assignableScopes: ['/'], permissions: [{ actions, notActions: [] }] },
  };
}

function assignment(guid: string, scope: string, principalId: string, roleGuid: string): WireRoleAssignment {
  return {
    id: `${scope}/providers/Microsoft.Authorization/roleAssignments/${guid}`,
    name: guid,
    type: 'Microsoft.Authorization/roleAssignments',
    properties: { scope, principalId, principalType: 'User', roleDefinitionId: `${SUB}/providers/Microsoft.Authorization/roleDefinitions/${roleGuid}` },
  };
}

const READER = 'acdd72a7-3385-48ef-bd42-f606fba81ae7';
const USER = '1823dd4f-9b8c-4ab6-ab4e-7397a3684615';
const roles = [
  definition(READER, 'Reader', ['*/read']),
  definition(USER, 'AzureML Registry User', ['Microsoft.MachineLearningServices/registries/read', 'Microsoft.MachineLearningServices/registries/assets/*']),
].map(toRoleView);
const principals = [{ id: 'p-1', displayName: 'Rita', userPrincipalName: 'rita@contoso.test' }];

describe('toAssignmentViews', () => {
  const wire = [
    assignment('a-sub', SUB, 'p-1', READER),
    assignment('a-reg', REG, 'p-1', USER),
    assignment('a-rg', RG, 'p-2', USER),
    assignment('a-other', `${SUB}/resourceGroups/elsewhere`, 'p-1', READER),
    assignment('a-child', `${REG}/assets/x`, 'p-1', READER),
  ];
  const views = toAssignmentViews(wire, { registryScope: REG, roles, principals, subscriptionName: 'Contoso ML Production' });

  it("keeps the registry's own and inherited assignments only, own first, with scope labels", () => {
    expect(views.map((v) => [v.id.split('/').pop(), v.scopeLabel, v.inherited])).toEqual([
      ['a-reg', 'This registry', false],
      ['a-rg', "Resource group 'ml-rg'", true],
      ['a-sub', "Subscription 'Contoso ML Production'", true],
    ]);
  });

  it('names principals from the directory and roles from the definitions, ids otherwise', () => {
    expect(views[0]).toMatchObject({ principalName: 'Rita', principalUpn: 'rita@contoso.test', roleName: 'AzureML Registry User' });
    expect(views[1]).toMatchObject({ principalName: 'p-2', principalUpn: null });
  });

  it('scopes compare case-insensitively and only on segment boundaries', () => {
    expect(scopeContains(SUB.toUpperCase(), REG)).toBe(true);
    expect(scopeContains(`${RG}2`, REG)).toBe(false);
    expect(scopeContains('/', REG)).toBe(true);
  });
});

describe('effectiveAccess', () => {
  it('lists each permission with the assignments that grant it', () => {
    const views = toAssignmentViews([assignment('a-sub', SUB, 'p-1', READER), assignment('a-reg', REG, 'p-1', USER)], { registryScope: REG, roles, principals });
    const verdicts = effectiveAccess('P-1', views, roles, [CONSOLE_ACTIONS.registryRead, CONSOLE_ACTIONS.assetsWrite, CONSOLE_ACTIONS.registryWrite]);
    expect(verdicts.map((v) => [v.allowed, v.grantedBy.map((g) => `${g.roleName}@${g.scopeLabel}`)])).toEqual([
      [true, ['AzureML Registry User@This registry', "Reader@Subscription '11111111-1111-1111-1111-111111111111'"]],
      [true, ['AzureML Registry User@This registry']],
      [false, []],
    ]);
  });
});

describe('one-click roles', () => {
  it("grant exactly the seed's permissions, each adding to the last", () => {
    expect(ONE_CLICK_ROLES.map((r) => r.actions.map((a) => a.replace('Microsoft.MachineLearningServices/', '')))).toEqual([
      ['registries/read', 'registries/assets/read'],
      ['registries/read', 'registries/assets/read', 'registries/assets/write', 'registries/assets/delete'],
      ['registries/read', 'registries/assets/read', 'registries/assets/write', 'registries/assets/delete', 'registries/write', 'registries/delete'],
    ]);
    const props = oneClickRoleProperties(ONE_CLICK_ROLES[0], '11111111-1111-1111-1111-111111111111', 'Contoso ML Production');
    expect(props).toMatchObject({ roleName: 'Registry asset reader (Contoso ML Production)', type: 'CustomRole', assignableScopes: [SUB] });
    expect(props.permissions).toEqual([{ actions: ONE_CLICK_ROLES[0].actions, notActions: [], dataActions: [], notDataActions: [] }]);
  });
});
