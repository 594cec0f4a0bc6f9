// How the console gets its ARM tokens, from ARM_AUTH (docs/architecture.md "Configuration", docs/identity.md).
// Resolved here once: lib/arm/config.ts builds credentials from it, lib/session/auth-mode.ts decides sign-in
// from it, and proxy.ts reads it on every request, so this module imports nothing.

/** emulator: tokens from the emulator; entra: each user's delegated token; default-azure-credential: the server's identity. */
export const ARM_AUTH_MODES = ['emulator', 'entra', 'default-azure-credential'] as const;

/** One of ARM_AUTH_MODES. */
export type ArmAuthSetting = (typeof ARM_AUTH_MODES)[number];

/** True for localhost, 127.0.0.0/8 and ::1 — hosts whose traffic never leaves the machine. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  if (host === 'localhost' || host === '::1') return true;
  const octets = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
  return !!octets && Number(octets[1]) === 127 && octets.slice(2).every((o) => Number(o) <= 255);
}

function isLoopbackEndpoint(endpoint: string): boolean {
  try {
    return isLoopbackHost(new URL(endpoint).hostname);
  } catch {
    return false;
  }
}

/** The mode ARM_AUTH selects; unset: emulator for a loopback (or unset) ARM_ENDPOINT, else default-azure-credential. */
export function armAuthSetting(env: Record<string, string | undefined> = process.env): ArmAuthSetting {
  const requested = env.ARM_AUTH?.trim();
  if (requested) {
    if (!ARM_AUTH_MODES.includes(requested as ArmAuthSetting)) {
      throw new Error(`ARM_AUTH='${requested}' is not supported; use one of: ${ARM_AUTH_MODES.join(', ')}`);
    }
    return requested as ArmAuthSetting;
  }
  const endpoint = env.ARM_ENDPOINT?.trim();
  return !endpoint || isLoopbackEndpoint(endpoint) ? 'emulator' : 'default-azure-credential';
}
