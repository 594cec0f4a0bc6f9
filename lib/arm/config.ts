// The console's ARM connection, from the environment (docs/architecture.md "Configuration"):
//
//   ARM_ENDPOINT            ARM base URL (origin). Unset: the local emulator, http://127.0.0.1:${ARM_EMULATOR_PORT:-4510}.
//                           https://management.azure.com talks to Azure (token scope https://management.azure.com/.default).
//   ARM_AUTH                emulator                  tokens from ${ARM_ENDPOINT}/_emulator/token (EmulatorCredential)
//                           default-azure-credential  @azure/identity DefaultAzureCredential (az login, env vars, managed identity…)
//                           Default: emulator when the endpoint is a loopback host, else default-azure-credential.
//   ARM_EMULATOR_PORT       emulator port used for the default endpoint (4510).
//   ARM_EMULATOR_PRINCIPAL  principal the console acts as with ARM_AUTH=emulator (owner@contoso.onmicrosoft.com).
import 'server-only';
import { DefaultAzureCredential } from '@azure/identity';
import type { TokenCredential } from '@azure/core-auth';
import { createArmClient, normalizeEndpoint, type ArmClient } from './client';
import { EmulatorCredential } from './emulator-credential';
import { armAuthSetting } from '@/lib/arm-facts/auth-mode';

/** How the console authenticates to ARM. */
export type ArmAuthMode = 'emulator' | 'default-azure-credential';

/** Resolved ARM settings. */
export interface ArmConfig {
  endpoint: string;
  auth: ArmAuthMode;
  /** Principal for emulator tokens (ignored with default-azure-credential, whose identity is the environment's). */
  emulatorPrincipal: string;
  /** Token scopes: ARM's audience is its own origin plus `/.default`. */
  scopes: string[];
}

/** Principal scripts act as on the emulator (the seeded Owner); the console acts as whoever signs in. */
export const DEFAULT_EMULATOR_PRINCIPAL = 'owner@contoso.onmicrosoft.com';

/** Reads and validates the ARM_* variables (see the header of this file). */
export function armConfig(env: Record<string, string | undefined> = process.env): ArmConfig {
  const endpoint = normalizeEndpoint(env.ARM_ENDPOINT || `http://127.0.0.1:${env.ARM_EMULATOR_PORT || '4510'}`);
  // Only the two variables it reads: spreading process.env copies the whole environment, and this runs for every
  // ARM client a render asks for (1.4 % of a /registries page's CPU).
  const setting = armAuthSetting({ ARM_AUTH: env.ARM_AUTH, ARM_ENDPOINT: endpoint });
  // Entra sign-in hands lib/arm a per-user credential (lib/session/entra); the console-wide client has none.
  if (setting === 'entra') throw new Error(`ARM_AUTH='entra' gives each user their own credential; lib/arm has no console-wide one.`);
  const auth: ArmAuthMode = setting;
  return {
    endpoint,
    auth,
    emulatorPrincipal: env.ARM_EMULATOR_PRINCIPAL?.trim() || DEFAULT_EMULATOR_PRINCIPAL,
    scopes: [`${endpoint}/.default`],
  };
}

/** The credential a configuration implies, acting as `principal` on the emulator. */
export function credentialFor(config: ArmConfig, principal = config.emulatorPrincipal): TokenCredential {
  return config.auth === 'emulator' ? new EmulatorCredential(config.endpoint, principal) : new DefaultAzureCredential();
}

const clients = new Map<string, ArmClient>();

/** The console's ArmClient for a principal (default ARM_EMULATOR_PRINCIPAL), cached per endpoint, auth and principal. */
export function armClientForConsole(principal?: string): ArmClient {
  const config = armConfig();
  const who = config.auth === 'emulator' ? (principal ?? config.emulatorPrincipal) : '(environment identity)';
  const key = `${config.endpoint}|${config.auth}|${who}`;
  let client = clients.get(key);
  if (!client) {
    client = createArmClient({
      endpoint: config.endpoint,
      credential: credentialFor(config, principal),
      scopes: config.scopes,
      userAgentPrefix: 'registry-hub',
    });
    clients.set(key, client);
  }
  return client;
}
