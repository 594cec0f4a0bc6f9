// Azure RBAC's action check, as ARM evaluates it (arm-contract.md §3 "Permissions"): an action is allowed when
// some permission block lists it in `actions` and that same block does not list it in `notActions`; `*`
// matches any run of characters, case-insensitively. Pure and isomorphic: the server checks permissions
// with it and client components (PermissionGate) grey out what the same blocks forbid.

/** One permission block as ARM returns it (permissions API, role definitions). */
export interface PermissionBlock {
  actions: readonly string[];
  notActions?: readonly string[];
}

const patterns = new Map<string, RegExp>();

/** True when `action` matches the role pattern (`*` = any run of characters, case-insensitive). */
export function actionMatches(pattern: string, action: string): boolean {
  let re = patterns.get(pattern);
  if (!re) {
    const body = pattern
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*');
    re = new RegExp(`^${body}$`, 'i');
    patterns.set(pattern, re);
  }
  return re.test(action);
}

/** True when one block allows the action. */
export function blockAllows(block: PermissionBlock, action: string): boolean {
  return block.actions.some((a) => actionMatches(a, action)) && !(block.notActions ?? []).some((n) => actionMatches(n, action));
}

/** True when the permission blocks allow `action` (no blocks, no permission). */
export function can(perms: readonly PermissionBlock[] | null | undefined, action: string): boolean {
  return !!perms && perms.some((block) => blockAllows(block, action));
}
