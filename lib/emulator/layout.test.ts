// The emulator's layout rules, checked on its source: SQL only in store/, routes declared only in
// router/routes.ts, and handlers/ and rp/ never exporting the same name (one name per layer).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = __dirname;

function sources(dir = ROOT): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sources(full);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [full] : [];
  });
}

const rel = (file: string) => path.relative(ROOT, file).split(path.sep).join('/');
const exportsOf = (file: string) => [...readFileSync(file, 'utf8').matchAll(/^export (?:async )?(?:function|const|class) (\w+)/gm)].map((m) => m[1]);

describe('emulator layout', () => {
  it('prepares SQL only in store/', () => {
    const outside = sources().filter((f) => !rel(f).startsWith('store/') && /\.prepare\(|\.exec\(\s*['"`]/.test(readFileSync(f, 'utf8')));
    expect(outside.map(rel)).toEqual([]);
  });

  it('declares routes only in router/routes.ts', () => {
    const declaring = sources().filter((f) => /:\s*readonly Route\[\]\s*=/.test(readFileSync(f, 'utf8')));
    expect(declaring.map(rel)).toEqual(['router/routes.ts']);
  });

  it('gives handlers/ and rp/ no export name in common', () => {
    const names = (dir: string) => new Set(sources(path.join(ROOT, dir)).flatMap(exportsOf));
    const rp = names('rp');
    expect([...names('handlers')].filter((n) => rp.has(n))).toEqual([]);
  });
});
