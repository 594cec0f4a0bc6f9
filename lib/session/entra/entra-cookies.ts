// The two extra cookies of Entra sign-in, both sealed (lib/session/sealed.ts) and httpOnly:
// the in-flight sign-in (state, nonce, PKCE verifier, where to return), and the user's refresh token.

/** The sign-in attempt between /signin/entra and its callback (10 minutes). */
export const ENTRA_FLOW_COOKIE = 'rh_entra_flow';
/** Seal purpose of the flow cookie. */
export const ENTRA_FLOW_PURPOSE = 'entra-flow';
/** Lifetime of a sign-in attempt. */
export const ENTRA_FLOW_TTL_SECONDS = 10 * 60;

/** The refresh token of the signed-in user, bound to the session id. */
export const ENTRA_TOKENS_COOKIE = 'rh_entra';
/** Seal purpose of the tokens cookie. */
export const ENTRA_TOKENS_PURPOSE = 'entra-tokens';
