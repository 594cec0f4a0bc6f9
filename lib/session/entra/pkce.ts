// Proof Key for Code Exchange (RFC 7636): the sign-in keeps a random verifier and sends Entra only its
// SHA-256 challenge, so a stolen authorization code is useless without the verifier.
import { base64url } from 'jose';

/** A random URL-safe string of `bytes` random bytes (state, nonce, verifier, session ids). */
export function randomUrlSafe(bytes = 32): string {
  return base64url.encode(crypto.getRandomValues(new Uint8Array(bytes)));
}

/** The S256 challenge of a verifier: BASE64URL(SHA256(ASCII(verifier))) (RFC 7636 §4.2). */
export async function pkceChallenge(verifier: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64url.encode(new Uint8Array(digest));
}

/** A fresh verifier (43 characters, the RFC's minimum entropy of 256 bits) and its challenge. */
export async function createPkcePair(): Promise<{ verifier: string; challenge: string }> {
  const verifier = randomUrlSafe(32);
  return { verifier, challenge: await pkceChallenge(verifier) };
}
