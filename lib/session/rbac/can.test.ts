import { describe, expect, it } from 'vitest';
import { builtInRolesGranting, KNOWN_BUILT_IN_ROLES } from './built-in-roles';
import { can } from './can';
import { CHECKED_ACTIONS, CONSOLE_ACTIONS } from './console-actions';
import { missingPermissionMessage, plainAuthorizationMessage } from './missing-permission';

const role = (name: string) => KNOWN_BUILT_IN_ROLES.find((r) => r.roleName === name)!.permissions;

describe('can', () => {
  it('follows Azure RBAC for the seeded built-in roles', () => {
    expect(can(role('Reader'), CONSOLE_ACTIONS.registryRead)).toBe(true);
    expect(can(role('Reader'), CONSOLE_ACTIONS.registryWrite)).toBe(false);
    expect(can(role('AzureML Registry User'), CONSOLE_ACTIONS.assetsWrite)).toBe(true);
    expect(can(role('AzureML Registry User'), CONSOLE_ACTIONS.registryWrite)).toBe(false);
    expect(can(role('Contributor'), CONSOLE_ACTIONS.registryDelete)).toBe(true);
    // notActions match case-insensitively: "Microsoft.Authorization/*/Write" removes roleAssignments/write.
    expect(can(role('Contributor'), CONSOLE_ACTIONS.roleAssignmentWrite)).toBe(false);
    expect(can(role('Owner'), CONSOLE_ACTIONS.roleAssignmentWrite)).toBe(true);
    expect(can([], CONSOLE_ACTIONS.registryRead)).toBe(false);
    expect(can(null, CONSOLE_ACTIONS.registryRead)).toBe(false);
  });

  it("applies notActions per block: another block's grant still counts", () => {
    const blocks = [{ actions: ['*'], notActions: ['Microsoft.MachineLearningServices/registries/delete'] }, { actions: ['Microsoft.MachineLearningServices/*'] }];
    expect(can(blocks, CONSOLE_ACTIONS.registryDelete)).toBe(true);
    expect(can(blocks.slice(0, 1), CONSOLE_ACTIONS.registryDelete)).toBe(false);
  });
});

describe('permission words', () => {
  it('names the missing action and the built-in roles that grant it', () => {
    expect(missingPermissionMessage(CONSOLE_ACTIONS.registryWrite)).toBe('You need Microsoft.MachineLearningServices/registries/write (Contributor or Owner)');
    expect(builtInRolesGranting(CONSOLE_ACTIONS.assetsWrite)).toEqual(['AzureML Registry User', 'Contributor', 'Owner']);
    expect(missingPermissionMessage(CONSOLE_ACTIONS.roleAssignmentWrite)).toBe('You need Microsoft.Authorization/roleAssignments/write (User Access Administrator or Owner)');
    expect(CHECKED_ACTIONS).toContain(CONSOLE_ACTIONS.registryDelete);
  });

  it("rewrites ARM's AuthorizationFailed in plain words and keeps ARM's message", () => {
    const arm =
      "The client 'reader@contoso.onmicrosoft.com' with object id 'x' does not have authorization to perform action " +
      "'Microsoft.MachineLearningServices/registries/write' over scope '/subscriptions/s/resourceGroups/rg/providers/Microsoft.MachineLearningServices/registries/reg1' or the scope is invalid.";
    const plain = plainAuthorizationMessage('AuthorizationFailed', arm);
    expect(plain).toMatch(/^You don't have permission to create or update registries \(tags, regions\) on registry 'reg1'\./);
    expect(plain).toContain('(Contributor or Owner)');
    expect(plain).toContain(`Azure said: ${arm}`);
    expect(plainAuthorizationMessage('Conflict', 'busy')).toBe('busy');
  });
});
