// The store modules prepare their SQL where they run it, which keeps each function readable, but SQLite
// compiles a statement on every `prepare` (10-20 µs): one request ran dozens of compilations (catch-up,
// token key, RBAC, the handler), a Resource Graph page a few per row. The database handle memoises
// `prepare` by SQL text instead, so every store function reuses its compiled statement. Safe because no
// store code changes a statement's mode (pluck, raw, expand, bind) or iterates one lazily; better-sqlite3's
// own pragma and transaction helpers compile theirs apart. Bounded: Resource Graph plans embed their IN lists.
import type { Db } from './db';

type Statement = ReturnType<Db['prepare']>;

// Far above the store's fixed statements (~150); past it the least recently used is compiled again when needed.
const MAX_STATEMENTS = 1_000;

/** Makes `db.prepare` return the statement already compiled for the same SQL text. Returns `db`. */
export function cacheStatements(db: Db): Db {
  const compile = db.prepare.bind(db);
  const statements = new Map<string, Statement>();
  const prepare = (sql: string): Statement => {
    let statement = statements.get(sql);
    if (statement) {
      // Map order is insertion order: re-inserting keeps the most recently used last.
      statements.delete(sql);
    } else {
      statement = compile(sql);
      if (statements.size >= MAX_STATEMENTS) statements.delete(statements.keys().next().value!);
    }
    statements.set(sql, statement);
    return statement;
  };
  db.prepare = prepare as Db['prepare'];
  return db;
}
