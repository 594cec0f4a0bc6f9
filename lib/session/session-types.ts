// The signed-in user as pages and the header see it (isomorphic: crosses to client components as plain data).
import type { ConsoleAuthMode } from './auth-mode';

/** Who the console acts as for this request. */
export interface SignedInUser {
  principalId: string;
  userPrincipalName: string;
  displayName: string;
  mode: ConsoleAuthMode;
  /** False in default-azure-credential mode: the identity is the server's, there is nothing to sign out of. */
  canSignOut: boolean;
  /** Session expiry, seconds since the epoch (null for the environment identity). */
  expiresAt: number | null;
}
