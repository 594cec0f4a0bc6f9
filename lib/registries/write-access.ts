// Whether the signed-in principal may change the registry, and why not. Computed on the server from ARM's
// permissions at the registry scope (arm-contract §3 "Permissions"); ARM still has the last word.
// The words a person reads are short and plain; the exact permission names ARM uses sit behind them (a
// details disclosure), for the person who asks an Owner for access.

/** What the page may offer: PUT/PATCH/removeRegions need registries/write, DELETE needs registries/delete. */
export interface WriteAccess {
  canWrite: boolean;
  canDelete: boolean;
  /** The permissions the principal lacks at the registry, exactly as ARM names them (empty when all is allowed). */
  missing: string[];
  /** One plain sentence for the read-only notice; null when all is allowed. */
  reason: string | null;
}

/** A state that allows everything (used until the permissions are known: ARM refuses what it must). */
export const UNKNOWN_ACCESS: WriteAccess = { canWrite: true, canDelete: true, missing: [], reason: null };

/** A disabled write action's reason (its tooltip and accessible description). */
export const NEEDS_WRITE = 'You need write access to this registry';
/** A disabled Delete's reason. */
export const NEEDS_DELETE = 'You need delete access to this registry';

/** The access of a principal that lacks `missing` (exact permission names) at the registry. */
export function accessWithout(missing: { write: string | null; delete: string | null }): WriteAccess {
  const names = [missing.write, missing.delete].filter((name): name is string => name !== null);
  const reason = names.length === 0 ? null : missing.write ? 'You can view this registry but not change it.' : 'You can change this registry but not delete it.';
  return { canWrite: missing.write === null, canDelete: missing.delete === null, missing: names, reason };
}

/** Why write actions (tags, regions) are refused, or null. */
export function writeBlockedReason(access: WriteAccess): string | null {
  return access.canWrite ? null : NEEDS_WRITE;
}

/** Why Delete is refused, or null. */
export function deleteBlockedReason(access: WriteAccess): string | null {
  return access.canDelete ? null : NEEDS_DELETE;
}

/** The exact permissions behind the notice, and who can grant them. */
export function missingPermissionDetail(missing: readonly string[]): string {
  return `Your role lacks ${missing.join(' and ')}. Ask an Owner of the registry for the Contributor or Owner role ` +
    '(Reader and AzureML Registry User cannot change registries).';
}
