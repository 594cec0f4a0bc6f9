// The store modules prepare their SQL on every call, which is right for one request but costs ~10 µs a
// time; a Resource Graph page runs the same three or four statements for each of up to 1000 rows. This
// view of the database memoises `prepare` by SQL text for the life of one page, so the rows go through
// the very same store and wire code as a GET, just without recompiling its statements.
import type { Emulator } from '../context';
import type { Db } from './db';

/** The emulator with a database handle whose `prepare` reuses compiled statements. */
export function withStatementCache(emulator: Emulator): Emulator {
  const target = emulator.db;
  const statements = new Map<string, ReturnType<Db['prepare']>>();
  const prepare = (sql: string) => {
    let statement = statements.get(sql);
    if (!statement) statements.set(sql, (statement = target.prepare(sql)));
    return statement;
  };
  const db = new Proxy(target, {
    get(t, prop) {
      if (prop === 'prepare') return prepare;
      const value: unknown = Reflect.get(t, prop, t);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(t) : value;
    },
  });
  return { ...emulator, db };
}
