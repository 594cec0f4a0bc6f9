// How people sign in to the console, from ARM_AUTH (docs/identity.md). lib/arm knows two ways to get a
// token (emulator, default-azure-credential); sign-in adds a third, `entra`, where each user's own
// delegated token reaches ARM. No server-only marker: proxy.ts reads this too.

/** The console's sign-in mode. */
export type ConsoleAuthMode = 'emulator' | 'entra' | 'default-azure-credential';

const MODES: readonly ConsoleAuthMode[] = ['emulator', 'entra', 'default-azure-credential'];

// Same rule as lib/arm/config.ts: loopback endpoints are the emulator unless ARM_AUTH says otherwise.
function isLoopbackEndpoint(endpoint: string): boolean {
  try {
    const host = new URL(endpoint).hostname.replace(/^\[|\]$/g, '');
    return host === 'localhost' || host === '::1' || /^127\./.test(host);
  } catch {
    return false;
  }
}

/** The mode ARM_AUTH selects (default: emulator for a loopback or unset ARM_ENDPOINT, else default-azure-credential). */
export function consoleAuthMode(env: Record<string, string | undefined> = process.env): ConsoleAuthMode {
  const requested = env.ARM_AUTH?.trim();
  if (requested) {
    if (!MODES.includes(requested as ConsoleAuthMode)) {
      throw new Error(`ARM_AUTH='${requested}' is not supported; use one of: ${MODES.join(', ')}`);
    }
    return requested as ConsoleAuthMode;
  }
  const endpoint = env.ARM_ENDPOINT?.trim();
  return !endpoint || isLoopbackEndpoint(endpoint) ? 'emulator' : 'default-azure-credential';
}

/** True when the mode has per-user sign-in (and so a sign-in page and a session cookie). */
export function modeHasSignIn(mode: ConsoleAuthMode): boolean {
  return mode !== 'default-azure-credential';
}
