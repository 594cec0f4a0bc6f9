import { describe, expect, it } from 'vitest';
import { createDeploymentName, deploymentProgressPath, MAX_DEPLOYMENT_NAME_LENGTH } from './deployment-name';

const KEY = '3f2b8c1e-9a4d-4e6f-8b2a-1c3d5e7f9a0b';

describe('createDeploymentName', () => {
  it('is the same for the same name and key, so a retried request reuses the deployment', () => {
    expect(createDeploymentName('ContosoReg', KEY)).toBe(createDeploymentName('ContosoReg', KEY));
    expect(createDeploymentName('ContosoReg', KEY)).toBe('registry-contosoreg-3f2b8c1e9a4d4e6f');
  });

  it('differs for another key or another registry name', () => {
    const other = '00000000-0000-4000-8000-000000000000';
    expect(createDeploymentName('contosoreg', other)).not.toBe(createDeploymentName('contosoreg', KEY));
    expect(createDeploymentName('contosoreg2', KEY)).not.toBe(createDeploymentName('contosoreg', KEY));
  });

  it('stays within ARM deployment name rules for the longest registry name', () => {
    const name = createDeploymentName('a'.repeat(32), KEY);
    expect(name.length).toBeLessThanOrEqual(MAX_DEPLOYMENT_NAME_LENGTH);
    expect(name).toMatch(/^[-\w._()]+$/);
  });

  it('refuses a key that is not a UUID (hostile or stale clients)', () => {
    expect(() => createDeploymentName('contosoreg', '../../x')).toThrow(/UUID/);
    expect(() => createDeploymentName('contosoreg', '')).toThrow();
  });
});

describe('deploymentProgressPath', () => {
  it('encodes every segment', () => {
    expect(deploymentProgressPath('sub', 'rg (1)', 'registry-x-1')).toBe('/deployments/sub/rg%20(1)/registry-x-1');
  });
});
