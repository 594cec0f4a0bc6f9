// The emulator's database compiles each SQL text once and hands out that statement again, and a statement
// reused this way gives each caller its own answer.
import { describe, expect, it } from 'vitest';
import { getSetting, openDatabase, setSetting } from './db';

describe('the database handle', () => {
  it('reuses the compiled statement for the same SQL text and keeps answers apart', () => {
    const db = openDatabase(':memory:');
    try {
      expect(db.prepare('SELECT value FROM settings WHERE key = ?')).toBe(db.prepare('SELECT value FROM settings WHERE key = ?'));
      expect(db.prepare('SELECT 1')).not.toBe(db.prepare('SELECT 2'));
      setSetting(db, 'a', 'one');
      setSetting(db, 'b', 'two');
      setSetting(db, 'a', 'three');
      expect([getSetting(db, 'a'), getSetting(db, 'b'), getSetting(db, 'missing')]).toEqual(['three', 'two', undefined]);
      // better-sqlite3's own helpers compile apart: a pragma and a transaction still work.
      expect(db.pragma('user_version', { simple: true })).toBeGreaterThan(0);
      db.transaction(() => setSetting(db, 'c', 'four'))();
      expect(getSetting(db, 'c')).toBe('four');
    } finally {
      db.close();
    }
  });

  it('compiles again a statement evicted past its bound', () => {
    const db = openDatabase(':memory:');
    try {
      const first = db.prepare('SELECT 0 AS n');
      for (let i = 1; i <= 1_000; i++) db.prepare(`SELECT ${i} AS n`);
      const again = db.prepare('SELECT 0 AS n');
      expect(again).not.toBe(first);
      expect(again.get()).toEqual({ n: 0 });
    } finally {
      db.close();
    }
  });
});
