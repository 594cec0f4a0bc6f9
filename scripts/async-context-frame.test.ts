import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { FramedAsyncLocalStorage } from './async-context-frame';

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('FramedAsyncLocalStorage', () => {
  it('keeps each store apart and carries them through awaits, timers and callbacks', async () => {
    const work = new FramedAsyncLocalStorage<string>();
    const request = new FramedAsyncLocalStorage<number>();
    const seen: unknown[] = [];
    await work.run('page', () =>
      request.run(7, async () => {
        await delay(2);
        seen.push([work.getStore(), request.getStore()]);
        await new Promise<void>((resolve) => setTimeout(() => {
          seen.push([work.getStore(), request.getStore()]);
          resolve();
        }, 1));
        await Promise.resolve().then(() => seen.push([work.getStore(), request.getStore()]));
      }),
    );
    expect(seen).toEqual([['page', 7], ['page', 7], ['page', 7]]);
    expect([work.getStore(), request.getStore()]).toEqual([undefined, undefined]);
  });

  it('gives concurrent contexts their own stores', async () => {
    const store = new FramedAsyncLocalStorage<number>();
    const read = (n: number) => store.run(n, async () => {
      await delay(3 - n);
      await tick();
      return store.getStore();
    });
    expect(await Promise.all([read(1), read(2), read(3)])).toEqual([1, 2, 3]);
  });

  it('restores the outer store after a nested run, and run returns the callback’s value', () => {
    const store = new FramedAsyncLocalStorage<string>();
    const result = store.run('outer', () => {
      const inner = store.run('inner', (suffix: string) => `${store.getStore()}${suffix}`, '!');
      return [inner, store.getStore()];
    });
    expect(result).toEqual(['inner!', 'outer']);
  });

  it('restores the outer store when the callback throws', () => {
    const store = new FramedAsyncLocalStorage<string>();
    store.run('outer', () => {
      expect(() => store.run('inner', () => {
        throw new Error('boom');
      })).toThrow('boom');
      expect(store.getStore()).toBe('outer');
    });
  });

  it('exit hides one store, not the others', () => {
    const a = new FramedAsyncLocalStorage<string>();
    const b = new FramedAsyncLocalStorage<string>();
    a.run('a', () => b.run('b', () => {
      expect(a.exit(() => [a.getStore(), b.getStore()])).toEqual([undefined, 'b']);
      expect(a.getStore()).toBe('a');
    }));
  });

  it('enterWith sets the store for the rest of the current context and what it starts', async () => {
    const store = new FramedAsyncLocalStorage<string>();
    const other = new FramedAsyncLocalStorage<string>();
    const seen = await other.run('kept', async () => {
      await tick();
      store.enterWith('entered');
      await tick();
      return [store.getStore(), other.getStore()];
    });
    expect(seen).toEqual(['entered', 'kept']);
  });

  it('disable hides the store until the next run', async () => {
    const store = new FramedAsyncLocalStorage<string>();
    await store.run('on', async () => {
      await tick();
      store.disable();
      await tick();
      expect(store.getStore()).toBeUndefined();
      expect(store.run('again', () => store.getStore())).toBe('again');
    });
  });

  it('snapshot and bind run later callbacks in every store of the captured context', async () => {
    const a = new FramedAsyncLocalStorage<string>();
    const b = new FramedAsyncLocalStorage<string>();
    const [snapshot, bound] = a.run('a1', () => b.run('b1', () => [
      FramedAsyncLocalStorage.snapshot(),
      FramedAsyncLocalStorage.bind((x: number) => [a.getStore(), b.getStore(), x]),
    ] as const));
    await a.run('a2', async () => {
      await tick();
      expect(snapshot(() => [a.getStore(), b.getStore()])).toEqual(['a1', 'b1']);
      expect(bound(3)).toEqual(['a1', 'b1', 3]);
      const owner = { tag: 'owner', read: FramedAsyncLocalStorage.bind(function (this: { tag: string }) { return this.tag; }) };
      expect(owner.read()).toBe('owner');
      expect([a.getStore(), b.getStore()]).toEqual(['a2', undefined]);
    });
  });
});

describe('installAsyncContextFrame', () => {
  it('replaces the class for require, import and globalThis, and native instances made before keep working', () => {
    const script = `
      const hooks = require('node:async_hooks');
      globalThis.AsyncLocalStorage = hooks.AsyncLocalStorage;
      const before = new hooks.AsyncLocalStorage();
      const { installAsyncContextFrame, FramedAsyncLocalStorage } = require(${JSON.stringify(path.join(__dirname, 'async-context-frame.ts'))});
      // The ESM namespace exists before install: its binding must follow the export.
      import('node:async_hooks').then(async (esm) => {
        installAsyncContextFrame();
        const after = new esm.AsyncLocalStorage();
        const out = await before.run('native', () => after.run('framed', async () => {
          await new Promise((r) => setTimeout(r, 1));
          return [before.getStore(), after.getStore()];
        }));
        console.log(JSON.stringify({
          required: require('node:async_hooks').AsyncLocalStorage === FramedAsyncLocalStorage,
          imported: esm.AsyncLocalStorage === FramedAsyncLocalStorage,
          global: globalThis.AsyncLocalStorage === FramedAsyncLocalStorage,
          out,
        }));
      });`;
    const output = execFileSync(process.execPath, ['--import', 'tsx', '-e', script], { encoding: 'utf8' });
    expect(JSON.parse(output)).toEqual({ required: true, imported: true, global: true, out: ['native', 'framed'] });
  });
});
