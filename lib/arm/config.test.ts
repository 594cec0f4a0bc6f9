import { afterEach, describe, expect, it, vi } from 'vitest';
import { DefaultAzureCredential } from '@azure/identity';
import { armClientForConsole, armConfig, credentialFor } from './config';
import { EmulatorCredential } from './emulator-credential';

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('armConfig', () => {
  it('defaults to the local emulator acting as the seeded Owner', () => {
    expect(armConfig({})).toEqual({
      endpoint: 'http://127.0.0.1:4510',
      auth: 'emulator',
      emulatorPrincipal: 'owner@contoso.onmicrosoft.com',
      scopes: ['http://127.0.0.1:4510/.default'],
    });
    expect(armConfig({ ARM_EMULATOR_PORT: '4999', ARM_EMULATOR_PRINCIPAL: 'reader@contoso.onmicrosoft.com' })).toMatchObject({
      endpoint: 'http://127.0.0.1:4999',
      emulatorPrincipal: 'reader@contoso.onmicrosoft.com',
    });
  });

  it('uses DefaultAzureCredential with the management scope for Azure', () => {
    const config = armConfig({ ARM_ENDPOINT: 'https://management.azure.com' });
    expect(config).toMatchObject({ auth: 'default-azure-credential', scopes: ['https://management.azure.com/.default'] });
    expect(credentialFor(config)).toBeInstanceOf(DefaultAzureCredential);
    expect(credentialFor(armConfig({}))).toBeInstanceOf(EmulatorCredential);
  });

  it('refuses unknown auth modes and non-loopback http endpoints', () => {
    expect(() => armConfig({ ARM_AUTH: 'password' })).toThrow(/ARM_AUTH='password'/);
    expect(() => armConfig({ ARM_ENDPOINT: 'http://arm.contoso.example' })).toThrow(/https/);
  });
});

describe('armClientForConsole', () => {
  it('caches one client per principal', () => {
    vi.stubEnv('ARM_ENDPOINT', 'http://127.0.0.1:4777');
    vi.stubEnv('ARM_AUTH', 'emulator');
    const owner = armClientForConsole();
    expect(owner.endpoint).toBe('http://127.0.0.1:4777');
    expect(armClientForConsole('owner@contoso.onmicrosoft.com')).toBe(owner);
    expect(armClientForConsole('reader@contoso.onmicrosoft.com')).not.toBe(owner);
  });
});
