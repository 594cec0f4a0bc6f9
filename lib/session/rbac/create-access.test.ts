import { describe, expect, it } from 'vitest';
import { KNOWN_BUILT_IN_ROLES } from './built-in-roles';
import { createAccessFrom } from './create-access';

const role = (name: string) => KNOWN_BUILT_IN_ROLES.find((r) => r.roleName === name)!.permissions;

describe('createAccessFrom', () => {
  it('allows Owner and Contributor', () => {
    expect(createAccessFrom([role('Owner')])).toEqual({ canCreate: true });
    expect(createAccessFrom([role('Contributor')])).toEqual({ canCreate: true });
  });

  it('allows when any one subscription grants both actions', () => {
    expect(createAccessFrom([role('Reader'), role('Contributor')])).toEqual({ canCreate: true });
  });

  it.each(['Reader', 'AzureML Registry User'])('refuses %s, naming registries/write and the roles that grant it', (name) => {
    expect(createAccessFrom([role(name)])).toEqual({
      canCreate: false,
      reason: 'You need Microsoft.MachineLearningServices/registries/write (Contributor or Owner) on at least one enabled subscription to create a registry.',
    });
  });

  it('names deployments/write when registries/write alone is granted (a custom role)', () => {
    const custom = [{ actions: ['Microsoft.MachineLearningServices/registries/*'], notActions: [] }];
    const access = createAccessFrom([custom]);
    expect(access.canCreate).toBe(false);
    expect(!access.canCreate && access.reason).toMatch(/^You need Microsoft\.Resources\/deployments\/write/);
  });

  it('does not let one subscription\'s registries/write combine with another\'s deployments/write', () => {
    const registriesOnly = [{ actions: ['Microsoft.MachineLearningServices/registries/write'] }];
    const deploymentsOnly = [{ actions: ['Microsoft.Resources/deployments/*'] }];
    expect(createAccessFrom([registriesOnly, deploymentsOnly]).canCreate).toBe(false);
  });

  it('refuses a principal that sees no subscription, saying so', () => {
    const access = createAccessFrom([]);
    expect(!access.canCreate && access.reason).toMatch(/registries\/write .*you can see none/);
  });
});
