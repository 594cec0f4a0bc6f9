// Whether the signed-in principal may change the registry, and why not. Computed on the server from ARM's
// permissions at the registry scope (arm-contract §3 "Permissions"); ARM still has the last word.

/** What the page may offer: PUT/PATCH/removeRegions need registries/write, DELETE needs registries/delete. */
export interface WriteAccess {
  canWrite: boolean;
  canDelete: boolean;
  /** Why writes are refused, in plain words (shown next to the disabled actions); null when all is allowed. */
  reason: string | null;
}

/** A state that allows everything (used until the permissions are known: ARM refuses what it must). */
export const UNKNOWN_ACCESS: WriteAccess = { canWrite: true, canDelete: true, reason: null };

/** The reason for a principal that lacks `missing` at the registry. */
export function missingPermissionReason(missing: readonly string[]): string {
  return `You can read this registry but not change it: your role lacks ${missing.join(' and ')}. ` +
    'Ask an Owner for the Contributor or Owner role on the registry (AzureML Registry User and Reader cannot change registries).';
}
