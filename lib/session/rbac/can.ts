// The console's permission check: ARM's own rule (lib/arm/rbac-match.ts), re-exported where the session's
// permission helpers and client components look for it.
export { actionMatches, blockAllows, can, type PermissionBlock } from '@/lib/arm-facts/rbac-match';
