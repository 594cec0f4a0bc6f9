import { describe, expect, it } from 'vitest';
import {
  checkCreatePermissions,
  DEPLOYMENT_WRITE_ACTION,
  preflightBlocker,
  REGISTRY_WRITE_ACTION,
  RESOURCE_GROUP_WRITE_ACTION,
  rolesThatWouldAllow,
} from './preflight';

const everything = () => true;
const readOnly = (action: string) => action.endsWith('/read');

describe('checkCreatePermissions', () => {
  it('passes when every action is allowed', () => {
    expect(checkCreatePermissions('/subscriptions/s/resourceGroups/rg', false, everything)).toEqual({
      scope: '/subscriptions/s/resourceGroups/rg',
      allowed: true,
      missing: [],
    });
  });

  it('lists registries/write and deployments/write for a reader on an existing group', () => {
    const check = checkCreatePermissions('/subscriptions/s/resourceGroups/rg', false, readOnly);
    expect(check.allowed).toBe(false);
    expect(check.missing).toEqual([REGISTRY_WRITE_ACTION, DEPLOYMENT_WRITE_ACTION]);
  });

  it('also needs resourceGroups/write for a new group', () => {
    const noGroups = (action: string) => action !== RESOURCE_GROUP_WRITE_ACTION;
    expect(checkCreatePermissions('/subscriptions/s', true, noGroups).missing).toEqual([RESOURCE_GROUP_WRITE_ACTION]);
    expect(checkCreatePermissions('/subscriptions/s', false, noGroups).allowed).toBe(true);
  });
});

describe('rolesThatWouldAllow', () => {
  it('names Owner, Contributor and a custom role with the missing actions', () => {
    const text = rolesThatWouldAllow([REGISTRY_WRITE_ACTION]);
    expect(text).toContain('Owner');
    expect(text).toContain('Contributor');
    expect(text).toContain(`custom role that includes ${REGISTRY_WRITE_ACTION}`);
  });
});

describe('preflightBlocker', () => {
  const ok = { scope: '/subscriptions/s', allowed: true, missing: [] };
  const provider = { namespace: 'Microsoft.MachineLearningServices', registrationState: 'Registered', canRegister: true };
  it('is null when permitted and registered', () => {
    expect(preflightBlocker({ permissions: ok, provider })).toBeNull();
  });
  it('blocks on missing permissions first, then on registration', () => {
    expect(preflightBlocker({ permissions: { ...ok, allowed: false, missing: ['x'] }, provider })).toMatch(/permission/);
    expect(preflightBlocker({ permissions: ok, provider: { ...provider, registrationState: 'Registering' } })).toMatch(/not registered/);
  });
});
