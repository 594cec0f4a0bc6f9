// Encrypted, expiring cookie values for what the browser may carry but must not read: the Entra sign-in
// flow's PKCE verifier and the user's refresh token. JWE (dir + A256GCM) under a key derived from the
// session secret and a purpose label, so a value sealed for one cookie cannot be replayed as another.
import { EncryptJWT, errors as joseErrors, jwtDecrypt } from 'jose';

async function keyFor(secret: Uint8Array, purpose: string): Promise<Uint8Array> {
  const label = new TextEncoder().encode(`registry-hub:${purpose}:`);
  const material = new Uint8Array(label.length + secret.length);
  material.set(label);
  material.set(secret, label.length);
  return new Uint8Array(await crypto.subtle.digest('SHA-256', material));
}

/** Encrypts a JSON object for `purpose`, readable until `ttlSeconds` from now. */
export async function sealJson(value: Record<string, unknown>, options: { secret: Uint8Array; purpose: string; ttlSeconds: number; now?: number }): Promise<string> {
  const now = Math.floor((options.now ?? Date.now()) / 1000);
  return new EncryptJWT({ v: value })
    .setProtectedHeader({ alg: 'dir', enc: 'A256GCM' })
    .setAudience(options.purpose)
    .setIssuedAt(now)
    .setExpirationTime(now + options.ttlSeconds)
    .encrypt(await keyFor(options.secret, options.purpose));
}

/** The object sealed for `purpose`, or null when the value is missing, altered, expired or sealed for another purpose. */
export async function unsealJson(token: string | undefined, options: { secret: Uint8Array; purpose: string; now?: number }): Promise<Record<string, unknown> | null> {
  if (!token) return null;
  try {
    const { payload } = await jwtDecrypt(token, await keyFor(options.secret, options.purpose), {
      audience: options.purpose,
      currentDate: new Date(options.now ?? Date.now()),
      keyManagementAlgorithms: ['dir'],
      contentEncryptionAlgorithms: ['A256GCM'],
    });
    const value = (payload as { v?: unknown }).v;
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch (error) {
    if (error instanceof joseErrors.JOSEError) return null;
    throw error;
  }
}
