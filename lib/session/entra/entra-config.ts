// Microsoft Entra ID sign-in settings (ARM_AUTH=entra; docs/identity.md). The console is a confidential
// web client: authorization code + PKCE, with a client secret at the token endpoint.

/** What the console needs to know about its Entra app registration. */
export interface EntraConfig {
  tenantId: string;
  clientId: string;
  clientSecret: string;
  /** Must be registered on the app as a Web redirect URI; the console serves it at /signin/entra/callback. */
  redirectUri: string;
  /** https://login.microsoftonline.com (sovereign clouds have their own). */
  authorityHost: string;
}

/** ARM's delegated permission: act as the signed-in user. */
export const ARM_USER_IMPERSONATION = 'https://management.azure.com/user_impersonation';

/** Scopes asked for at sign-in: the user's identity, a refresh token, and ARM. */
export const ENTRA_SIGN_IN_SCOPES = ['openid', 'profile', 'offline_access', ARM_USER_IMPERSONATION] as const;

/** Reads ENTRA_TENANT_ID, ENTRA_CLIENT_ID, ENTRA_CLIENT_SECRET, ENTRA_REDIRECT_URI (and ENTRA_AUTHORITY_HOST). */
export function entraConfig(env: Record<string, string | undefined> = process.env): EntraConfig {
  const read = (name: string) => env[name]?.trim() ?? '';
  const values = {
    tenantId: read('ENTRA_TENANT_ID'),
    clientId: read('ENTRA_CLIENT_ID'),
    clientSecret: read('ENTRA_CLIENT_SECRET'),
    redirectUri: read('ENTRA_REDIRECT_URI'),
  };
  const missing = Object.entries({
    ENTRA_TENANT_ID: values.tenantId,
    ENTRA_CLIENT_ID: values.clientId,
    ENTRA_CLIENT_SECRET: values.clientSecret,
    ENTRA_REDIRECT_URI: values.redirectUri,
  })
    .filter(([, value]) => !value)
    .map(([name]) => name);
  if (missing.length > 0) throw new Error(`ARM_AUTH=entra needs ${missing.join(', ')} (see docs/identity.md).`);
  const redirect = new URL(values.redirectUri);
  if (redirect.protocol !== 'https:' && !['localhost', '127.0.0.1', '[::1]'].includes(redirect.hostname)) {
    throw new Error('ENTRA_REDIRECT_URI must use https (Entra allows http only for localhost).');
  }
  const authorityHost = (read('ENTRA_AUTHORITY_HOST') || 'https://login.microsoftonline.com').replace(/\/+$/, '');
  return { ...values, authorityHost };
}

/** The tenant's v2.0 OAuth endpoint for `kind`. */
export function entraEndpoint(config: EntraConfig, kind: 'authorize' | 'token'): string {
  return `${config.authorityHost}/${encodeURIComponent(config.tenantId)}/oauth2/v2.0/${kind}`;
}
