// Node 20's AsyncLocalStorage copies every enabled instance's store onto every new promise, one symbol-keyed
// property per instance, and a /registries render runs with seven (Next's, React's Flight and Fizz request
// stores, the console's own) over thousands of promises. Later Nodes keep all stores in one frame per async
// context (AsyncContextFrame: a flag in Node 22, the default from 24); this does the same on Node 20: every
// AsyncLocalStorage made after install() is a key into an immutable Map that one native AsyncLocalStorage
// carries, so a promise gets one property whatever the number of stores.
import asyncHooks from 'node:async_hooks';
import { syncBuiltinESMExports } from 'node:module';

type Frame = ReadonlyMap<FramedAsyncLocalStorage<unknown>, unknown>;

// Taken before install() replaces the module's export (and, through syncBuiltinESMExports, its ESM binding).
const NativeAsyncLocalStorage = asyncHooks.AsyncLocalStorage;
const EMPTY: Frame = new Map();
const frames = new NativeAsyncLocalStorage<Frame>();

function current(): Frame {
  return frames.getStore() ?? EMPTY;
}

function withEntry(frame: Frame, key: FramedAsyncLocalStorage<unknown>, store: unknown): Frame {
  const next = new Map(frame);
  next.set(key, store);
  return next;
}

function withoutEntry(frame: Frame, key: FramedAsyncLocalStorage<unknown>): Frame {
  const next = new Map(frame);
  next.delete(key);
  return next;
}

/** AsyncLocalStorage's API (Node 20: run, exit, enterWith, getStore, disable, bind, snapshot) over one frame. */
export class FramedAsyncLocalStorage<T> {
  // Node's go through AsyncResource.bind, which also builds two deprecation wrappers per call (Next snapshots
  // every request); capturing the frame is all a framed store needs.
  static bind<F extends (...args: never[]) => unknown>(fn: F): F {
    const frame = frames.getStore();
    return function bound(this: unknown, ...args: Parameters<F>) {
      return frames.run(frame as Frame, () => fn.apply(this, args));
    } as F;
  }

  static snapshot(): <R, A extends unknown[]>(fn: (...args: A) => R, ...args: A) => R {
    const frame = frames.getStore();
    return (fn, ...args) => frames.run(frame as Frame, fn, ...args);
  }

  getStore(): T | undefined {
    return current().get(this as FramedAsyncLocalStorage<unknown>) as T | undefined;
  }

  run<R, A extends unknown[]>(store: T, callback: (...args: A) => R, ...args: A): R {
    const frame = current();
    const key = this as FramedAsyncLocalStorage<unknown>;
    // As Node's: no new context when this store is already the current one.
    if (frame.has(key) && Object.is(frame.get(key), store)) return callback(...args);
    return frames.run(withEntry(frame, key, store), callback, ...args);
  }

  exit<R, A extends unknown[]>(callback: (...args: A) => R, ...args: A): R {
    const frame = current();
    const key = this as FramedAsyncLocalStorage<unknown>;
    if (!frame.has(key)) return callback(...args);
    return frames.run(withoutEntry(frame, key), callback, ...args);
  }

  enterWith(store: T): void {
    frames.enterWith(withEntry(current(), this as FramedAsyncLocalStorage<unknown>, store));
  }

  /** This store reads undefined in the current context and what continues from it, until run or enterWith. */
  disable(): void {
    const frame = current();
    const key = this as FramedAsyncLocalStorage<unknown>;
    if (frame.has(key)) frames.enterWith(withoutEntry(frame, key));
  }
}

/**
 * Makes `AsyncLocalStorage` (node:async_hooks, CommonJS and ESM alike, and globalThis's where Next puts it)
 * the framed one. Call before anything that keeps a reference to the class loads: instances made earlier
 * stay native and keep working, each with its own property per promise.
 */
export function installAsyncContextFrame(): void {
  (asyncHooks as { AsyncLocalStorage: unknown }).AsyncLocalStorage = FramedAsyncLocalStorage;
  syncBuiltinESMExports();
  const global = globalThis as { AsyncLocalStorage?: unknown };
  if (global.AsyncLocalStorage !== undefined) global.AsyncLocalStorage = FramedAsyncLocalStorage;
}
