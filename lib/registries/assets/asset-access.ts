// What the signed-in principal may do with a registry's assets, from ARM's permissions at the registry
// (registries/assets/write, registries/assets/delete — the seed's permission table). The page disables what
// is refused and names the permission; the actions check again, and ARM has the last word.

/** The asset page's and tabs' guards: null when allowed, else why not. */
export interface AssetAccess {
  writeBlocked: string | null;
  deleteBlocked: string | null;
}

/** Used until the permissions are known (ARM refuses what it must). */
export const UNKNOWN_ASSET_ACCESS: AssetAccess = { writeBlocked: null, deleteBlocked: null };

/** Why a principal without `action` cannot do `what`. */
export function missingAssetPermissionReason(action: string, what: string): string {
  return `You can't ${what}: your role lacks ${action} on this registry. Ask an Owner for AzureML Registry User, Contributor or Owner.`;
}
