// Service SAS for the emulator's blob endpoint: the query parameters Azure Storage uses (sv, sr, sp, st,
// se, sig), signed with HMAC-SHA256 over the permissions, times, canonical resource and version, under a
// key kept in the data folder. Checked on every request: signature, start/expiry, and that the permission
// the operation needs is granted — with Azure Storage's 403 codes (AuthenticationFailed,
// AuthorizationPermissionMismatch).
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Emulator } from '../context';
import { sasSigningKey } from './blob-root';
import { BlobError } from './blob-errors';

/** The service version stamped into tokens (what current storage clients send). */
export const SAS_VERSION = '2023-11-03';

/** What a SAS grants. */
export interface SasGrant {
  account: string;
  container: string;
  /** Permissions in Azure's order: r(ead) a(dd) c(reate) w(rite) d(elete) l(ist). */
  permissions: string;
  startsOn?: Date;
  expiresOn: Date;
}

const iso = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');

function stringToSign(g: { permissions: string; start: string; expiry: string; account: string; container: string; version: string }): string {
  return [g.permissions, g.start, g.expiry, `/blob/${g.account}/${g.container}`, 'c', g.version].join('\n');
}

/** A container SAS query string (without the leading '?'). */
export function signContainerSas(emulator: Emulator, grant: SasGrant): string {
  const start = grant.startsOn ? iso(grant.startsOn) : '';
  const expiry = iso(grant.expiresOn);
  const sig = createHmac('sha256', sasSigningKey(emulator))
    .update(stringToSign({ permissions: grant.permissions, start, expiry, account: grant.account, container: grant.container, version: SAS_VERSION }), 'utf8')
    .digest('base64');
  const q = new URLSearchParams({ sv: SAS_VERSION, sr: 'c', sp: grant.permissions });
  if (start) q.set('st', start);
  q.set('se', expiry);
  q.set('sig', sig);
  return q.toString();
}

const authFailed = (detail: string) =>
  new BlobError(403, 'AuthenticationFailed', 'Server failed to authenticate the request. Make sure the value of Authorization header is formed correctly including the signature.', detail);

/** Throws Azure Storage's 403 unless the query carries a valid, current SAS for the container granting `needed` (any one of its letters). */
export function checkSas(emulator: Emulator, query: URLSearchParams, account: string, container: string, needed: string, now: Date): void {
  const sig = query.get('sig');
  const permissions = query.get('sp') ?? '';
  const expiry = query.get('se');
  const version = query.get('sv') ?? '';
  const start = query.get('st') ?? '';
  if (!sig || !expiry) throw authFailed('The request carries no shared access signature (sig and se are required).');
  if (query.get('sr') !== 'c') throw authFailed("Only container SAS tokens (sr=c) are issued by this endpoint.");
  const expected = createHmac('sha256', sasSigningKey(emulator)).update(stringToSign({ permissions, start, expiry, account, container, version }), 'utf8').digest();
  const given = Buffer.from(sig, 'base64');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw authFailed(`Signature did not match. String to sign used was ${permissions}\n${start}\n${expiry}\n/blob/${account}/${container}\nc\n${version}`);
  }
  const expiresOn = new Date(expiry);
  if (!(expiresOn.getTime() > now.getTime())) throw authFailed(`Signed expiry time [${expiresOn.toUTCString()}] must be after current time [${now.toUTCString()}]`);
  if (start && new Date(start).getTime() > now.getTime()) throw authFailed(`Signed start time [${new Date(start).toUTCString()}] must be before current time [${now.toUTCString()}]`);
  if (![...needed].some((p) => permissions.includes(p))) {
    throw new BlobError(403, 'AuthorizationPermissionMismatch', 'This request is not authorized to perform this operation using this permission.');
  }
}
