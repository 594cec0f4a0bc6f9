// The managed-identity token endpoint, in the protocols az and the SDKs already speak, so
// `MSI_ENDPOINT=http://127.0.0.1:4510/msi/token az login --identity` works unchanged:
// - Cloud Shell / az 2.45 (msrestazure get_msi_token): POST form `resource=…[&client_id|object_id|msi_res_id]`
//   with `Metadata: true`; azure-identity's Cloud Shell credential sends the same.
// - App Service 2017-09-01 (MSI_ENDPOINT + MSI_SECRET): GET `?resource=…&clientid=…` with a `secret` header.
// - App Service 2019-08-01 (IDENTITY_ENDPOINT + IDENTITY_HEADER): GET `?resource=…&client_id|principal_id=…`
//   with `X-IDENTITY-HEADER`.
// The identity is the configured principal (ARM_EMULATOR_PRINCIPAL, default the Owner) or the seeded principal a
// client id / object id names. Errors are Entra's `{error, error_description}` with 400, which az reads to tell a
// client id from an object id.
import { isArmAudience, issueToken } from '../auth/tokens';
import type { OperationResult } from '../context';
import type { RequestContext } from '../http/request-context';
import { findPrincipal } from '../store/principals';

const oauthError = (error: string, description: string): OperationResult => ({ status: 400, body: { error, error_description: description } });

function param(ctx: RequestContext, ...names: string[]): string | undefined {
  const form = (ctx.body && typeof ctx.body === 'object' ? ctx.body : {}) as Record<string, unknown>;
  for (const name of names) {
    const v = ctx.query.get(name) ?? form[name];
    if (typeof v === 'string' && v) return v;
  }
  return undefined;
}

// Like IMDS and App Service: a token is only handed to a caller that sent the protocol's header, which a
// browser page or a forwarded request cannot forge.
function hasProtocolHeader(ctx: RequestContext): boolean {
  const h = ctx.req.headers;
  return String(h.metadata).toLowerCase() === 'true' || typeof h.secret === 'string' || typeof h['x-identity-header'] === 'string';
}

/** GET or POST /msi/token (and /metadata/identity/oauth2/token, IMDS's path). */
export async function managedIdentityTokenHandler(ctx: RequestContext): Promise<OperationResult> {
  if (!hasProtocolHeader(ctx)) return oauthError('invalid_request', "Required metadata header not specified: send 'Metadata: true'.");
  const resource = param(ctx, 'resource');
  if (!resource) return oauthError('invalid_request', "Required query parameter 'resource' is missing.");
  const audience = resource.endsWith('/') ? resource : `${resource}/`;
  if (!isArmAudience(audience)) return oauthError('invalid_resource', `The resource '${resource}' is not known here: this identity endpoint issues tokens for ARM only.`);
  if (param(ctx, 'msi_res_id', 'mi_res_id')) return oauthError('invalid_request', 'Identities named by resource id are not supported by the ARM emulator; use a client id or object id.');
  const named = param(ctx, 'client_id', 'clientid', 'object_id', 'principal_id');
  const principal = findPrincipal(ctx.emulator.db, named ?? ctx.emulator.config.managedIdentity);
  if (!principal) return oauthError('invalid_request', `Identity not found: '${named ?? ctx.emulator.config.managedIdentity}'.`);
  const issued = await issueToken(ctx.emulator, principal, 3600, audience);
  const now = Math.floor(ctx.emulator.clock() / 1000);
  return {
    status: 200,
    body: {
      access_token: issued.access_token,
      refresh_token: '',
      expires_in: String(issued.expires_in),
      expires_on: String(issued.expires_on),
      not_before: String(now),
      resource,
      token_type: 'Bearer',
      client_id: principal.id,
    },
  };
}
