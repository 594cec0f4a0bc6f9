// The answer cache's rules seen from its caller: the same key gives the kept text without running the query
// again; any change to the database (this connection's writes, or another connection's commits) drops every
// kept answer; the oldest answers go when the character budget is full.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, setSetting, type Db } from '../store/db';
import { ResourceGraphAnswers } from './answer-cache';

const open: Db[] = [];
const dirs: string[] = [];
afterEach(() => {
  for (const db of open.splice(0)) db.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function database(file = ':memory:'): Db {
  const db = openDatabase(file);
  open.push(db);
  return db;
}

describe('ResourceGraphAnswers', () => {
  it('gives the same text again without running the query, until a row changes', () => {
    const db = database();
    const cache = new ResourceGraphAnswers(db);
    let runs = 0;
    const answer = () => ({ run: ++runs });
    expect(cache.json('q', answer)).toBe('{"run":1}');
    expect(cache.json('q', answer)).toBe('{"run":1}');
    expect(cache.json('other caller', answer)).toBe('{"run":2}');
    setSetting(db, 'touched', 'yes');
    expect(cache.json('q', answer)).toBe('{"run":3}');
  });

  it('sees another connection’s commit', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'answer-cache-'));
    dirs.push(dir);
    const file = path.join(dir, 'arm.db');
    const db = database(file);
    const cache = new ResourceGraphAnswers(db);
    let runs = 0;
    cache.json('q', () => ++runs);
    setSetting(database(file), 'elsewhere', 'yes');
    expect(cache.json('q', () => ++runs)).toBe('2');
  });

  it('keeps no answer from a query that wrote, and drops the oldest when full', () => {
    const db = database();
    const cache = new ResourceGraphAnswers(db, 40);
    let runs = 0;
    const writing = () => {
      setSetting(db, 'during', String(++runs));
      return runs;
    };
    cache.json('w', writing);
    expect(cache.json('w', writing)).toBe('2');
    const ten = (c: string) => () => c.repeat(8); // 10 characters of JSON
    cache.json('a', ten('a'));
    cache.json('b', ten('b'));
    cache.json('c', ten('c'));
    cache.json('d', ten('d'));
    expect(cache.json('a', ten('A'))).toBe(JSON.stringify('a'.repeat(8)));
    cache.json('e', ten('e')); // over 40: the oldest, 'a', goes
    expect(cache.json('a', ten('A'))).toBe(JSON.stringify('A'.repeat(8)));
    expect(cache.json('e', ten('E'))).toBe(JSON.stringify('e'.repeat(8)));
  });
});
