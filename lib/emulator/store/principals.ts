// Store: the directory's users (Entra principals) the emulator can issue tokens for.
import type { Db } from './db';

/** A principal row. */
export interface PrincipalRecord {
  id: string;
  upn: string;
  displayName: string;
  principalType: string;
}

const SELECT = 'SELECT id, upn, display_name AS displayName, principal_type AS principalType FROM principals';

/** Inserts or replaces a principal. */
export function upsertPrincipal(db: Db, p: PrincipalRecord): void {
  db.prepare('INSERT OR REPLACE INTO principals (id, upn, display_name, principal_type) VALUES (?, ?, ?, ?)').run(
    p.id,
    p.upn,
    p.displayName,
    p.principalType,
  );
}

/** Every principal, ordered by UPN. */
export function listPrincipals(db: Db): PrincipalRecord[] {
  return db.prepare(`${SELECT} ORDER BY upn`).all() as PrincipalRecord[];
}

/** Finds a principal by object id or user principal name (case-insensitive). */
export function findPrincipal(db: Db, idOrUpn: string): PrincipalRecord | undefined {
  return db.prepare(`${SELECT} WHERE lower(id) = lower(?) OR upn = ?`).get(idOrUpn, idOrUpn) as PrincipalRecord | undefined;
}
