// How people sign in to the console, from ARM_AUTH (docs/identity.md). lib/arm knows two ways to get a
// token (emulator, default-azure-credential); sign-in adds a third, `entra`, where each user's own
// delegated token reaches ARM. No server-only marker: proxy.ts reads this too.

import { armAuthSetting, type ArmAuthSetting } from '@/lib/arm-facts/auth-mode';

/** The console's sign-in mode. */
export type ConsoleAuthMode = ArmAuthSetting;

/** The mode ARM_AUTH selects (lib/arm-facts/auth-mode.ts resolves it for the whole console). */
export function consoleAuthMode(env: Record<string, string | undefined> = process.env): ConsoleAuthMode {
  return armAuthSetting(env);
}

/** True when the mode has per-user sign-in (and so a sign-in page and a session cookie). */
export function modeHasSignIn(mode: ConsoleAuthMode): boolean {
  return mode !== 'default-azure-credential';
}
