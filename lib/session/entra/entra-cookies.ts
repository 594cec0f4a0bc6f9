// The extra cookie of Entra sign-in, sealed (lib/session/sealed.ts) and httpOnly: the in-flight sign-in
// (state, nonce, PKCE verifier, where to return). Tokens never travel in cookies (server-session-store.ts keeps them).

/** The sign-in attempt between /signin/entra and its callback (10 minutes). */
export const ENTRA_FLOW_COOKIE = 'rh_entra_flow';
/** Seal purpose of the flow cookie. */
export const ENTRA_FLOW_PURPOSE = 'entra-flow';
/** Lifetime of a sign-in attempt. */
export const ENTRA_FLOW_TTL_SECONDS = 10 * 60;

/** A cookie that earlier builds used for the refresh token: cleared at sign-out, never read. */
export const LEGACY_ENTRA_TOKENS_COOKIE = 'rh_entra';
