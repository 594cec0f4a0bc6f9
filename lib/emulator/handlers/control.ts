// Control endpoints (no ARM token; the pipeline lets only loopback callers in): health, the seeded
// principals with their role names, token issuing and bulk seeding.
import { issueToken } from '../auth/tokens';
import { bulkSeed, parseBulkSeedInput } from '../control/bulk-seed';
import type { OperationResult } from '../context';
import { ArmHttpError, invalidRequestContent } from '../errors';
import type { RequestContext } from '../http/request-context';
import { findPrincipal, listPrincipals } from '../store/principals';
import { listAssignmentsForPrincipal } from '../store/role-assignments';
import { getRoleDefinition } from '../store/role-definitions';

/** GET /_emulator/health. */
export function healthHandler(): OperationResult {
  return { status: 200, body: { status: 'ok' } };
}

/** GET /_emulator/ca.pem: the local CA certificate to trust (REQUESTS_CA_BUNDLE, NODE_EXTRA_CA_CERTS). */
export function caCertificateHandler(ctx: RequestContext): OperationResult {
  return { status: 200, headers: { 'Content-Type': 'application/x-pem-file' }, body: ctx.emulator.config.caPem };
}

/** GET /_emulator/principals: `{value:[{id, displayName, userPrincipalName, roles}]}`. */
export function listPrincipalsHandler(ctx: RequestContext): OperationResult {
  const db = ctx.emulator.db;
  const value = listPrincipals(db).map((p) => {
    const roles = new Set<string>();
    for (const a of listAssignmentsForPrincipal(db, p.id)) {
      const role = getRoleDefinition(db, a.roleDefinitionId);
      if (role) roles.add(role.roleName);
    }
    return { id: p.id, displayName: p.displayName, userPrincipalName: p.upn, roles: [...roles].sort() };
  });
  return { status: 200, body: { value } };
}

/** POST /_emulator/token `{principal, expiresInSeconds?}` → `{access_token, token_type, expires_in, expires_on}`. */
export async function issueTokenHandler(ctx: RequestContext): Promise<OperationResult> {
  const body = ctx.body as { principal?: unknown; expiresInSeconds?: unknown } | undefined;
  if (!body || typeof body.principal !== 'string' || !body.principal) {
    throw invalidRequestContent("Required property 'principal' (object id or user principal name) not found in JSON");
  }
  const lifetime = body.expiresInSeconds ?? 3600;
  if (typeof lifetime !== 'number' || !Number.isInteger(lifetime) || Math.abs(lifetime) > 86_400) {
    throw invalidRequestContent("Property 'expiresInSeconds' must be an integer between -86400 and 86400");
  }
  const principal = findPrincipal(ctx.emulator.db, body.principal);
  if (!principal) throw new ArmHttpError(400, 'PrincipalNotFound', `Principal '${body.principal}' does not exist in the directory.`, 'principal');
  return { status: 200, body: await issueToken(ctx.emulator, principal, lifetime) };
}

/** POST /_emulator/bulk-seed `{subscriptions, registries, prefix?}`. */
export function bulkSeedHandler(ctx: RequestContext): OperationResult {
  return { status: 200, body: bulkSeed(ctx.emulator, parseBulkSeedInput(ctx.body)) };
}
