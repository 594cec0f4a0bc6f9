// The emulator tenant's directory, for the sign-in page and the principal picker: its control endpoint
// `GET /_emulator/principals` (docs/architecture.md, "The emulator") answers with each principal and the
// names of the roles it holds anywhere.
import 'server-only';
import { armConfig } from '@/lib/arm/config';

/** A principal of the emulator's directory. */
export interface DirectoryPrincipal {
  id: string;
  displayName: string;
  userPrincipalName: string;
  /** Names of the roles assigned to it at any scope, sorted. */
  roles: string[];
}

function isDirectoryPrincipal(value: unknown): value is DirectoryPrincipal {
  const p = value as Partial<DirectoryPrincipal> | null;
  return !!p && typeof p.id === 'string' && typeof p.displayName === 'string' && typeof p.userPrincipalName === 'string' && Array.isArray(p.roles);
}

/** Every principal of the emulator tenant; throws when the emulator cannot be reached. */
export async function listEmulatorPrincipals(): Promise<DirectoryPrincipal[]> {
  const url = new URL('/_emulator/principals', armConfig().endpoint);
  const response = await fetch(url, { cache: 'no-store', headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`The ARM emulator's directory answered HTTP ${response.status} at ${url}.`);
  const body = (await response.json()) as { value?: unknown };
  if (!Array.isArray(body.value)) throw new Error(`The ARM emulator's directory answered without a value list at ${url}.`);
  return body.value.filter(isDirectoryPrincipal).sort((a, b) => a.displayName.localeCompare(b.displayName));
}
