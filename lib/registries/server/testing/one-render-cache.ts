// Test support: React's cache scopes what one server render has read (own-states-seen.ts) to that render.
// Outside a render every call would start empty; these tests stand for one render, so one module-wide scope.
// Use: vi.mock('react', async (original) => withOneRenderCache(await original()));

/** `react` with a `cache` that memoises once for the whole test module. */
export function withOneRenderCache<React extends object>(react: React): React & { cache: <T>(fn: () => T) => () => T } {
  const once = <T>(fn: () => T) => {
    let value: { v: T } | undefined;
    return () => (value ??= { v: fn() }).v;
  };
  return { ...react, cache: once };
}
